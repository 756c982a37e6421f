import { SERIES_BELOW } from '../../model/growth';
import { foregoneWealth } from '../../model/wealth';
import { DOMAINS } from '../domain';
import type { FunctionSpec } from '../types';

export const FOREGONE_WEALTH: FunctionSpec = {
  id: 'FOREGONE_WEALTH',
  description:
    "What the token allowance, paid as cash each year and invested, would be worth after some years — tokens don't vest or appreciate. Equals FV(r, years, -(1 - tax) × amount, 0, timing).",
  params: [
    { name: 'annual_amount', description: 'The yearly amount (e.g. the token allowance).', domain: DOMAINS.money },
    { name: 'years', description: 'Number of years.', domain: DOMAINS.duration },
    { name: 'annual_return', description: 'Return on the invested cash per year (0.07 = 7%).', domain: DOMAINS.growth },
    {
      name: 'timing',
      description: 'When each payment arrives: 0 = end of year (default), 1 = start of year.',
      default: 0,
      domain: DOMAINS.timing,
    },
    {
      name: 'tax_rate',
      description: 'Tax on the cash before it is invested. Default 0.',
      default: 0,
      domain: DOMAINS.share,
    },
  ],
  result: { kind: 'scalar' },
  compute: foregoneWealth,
  native: (v) => {
    const [r, n] = [v.annual_return, v.years];
    const series = `${n}*(1+((${n}-1)*${r})/2+((${n}-1)*(${n}-2)*${r}*${r})/6+((${n}-1)*(${n}-2)*(${n}-3)*${r}*${r}*${r})/24)`;
    const closed = `(POWER(1+${r},${n})-1)/${r}`;
    const annuity = `IF(ABS(${n}*${r})<${SERIES_BELOW},${series},${closed})`;
    return `(1-${v.tax_rate})*${v.annual_amount}*${annuity}*(1+${r}*${v.timing})`;
  },
  examples: [
    {
      formula: '=HC.FOREGONE_WEALTH(100000, 4, 0.07)',
      args: [100000, 4, 0.07],
      expected: (100000 * (1.07 ** 4 - 1)) / 0.07,
      note: '$100k a year of tokens instead of cash, over four years at 7%.',
    },
    {
      formula: '=HC.FOREGONE_WEALTH(100000, 4, 0.07, 1)',
      args: [100000, 4, 0.07, 1],
      expected: ((100000 * (1.07 ** 4 - 1)) / 0.07) * 1.07,
      note: 'Paid at the start of each year.',
    },
    {
      formula: '=HC.FOREGONE_WEALTH(100000, 4, 0.07, 2)',
      args: [100000, 4, 0.07, 2],
      expected: { error: '#NUM!', message: 'timing must be 0 or 1' },
    },
  ],
};
