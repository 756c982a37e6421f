import { HcError } from '../../src/model/errors';
import { optimalMix } from '../../src/model/mix';

describe('optimalMix', () => {
  it('splits the budget by the exponents', () => {
    const [heads, compute, perHead] = optimalMix(10_000_000, 500000, 0.7, 0.3) as number[];
    expect(heads).toBeCloseTo(14, 12);
    expect(compute).toBeCloseTo(3_000_000, 6);
    expect(perHead).toBeCloseTo(214285.7142857143, 8);
    expect(heads * 500000 + compute).toBeCloseTo(10_000_000, 6);
  });
  it("keeps compute's share of spend whatever a head costs", () => {
    const [, compute] = optimalMix(10_000_000, 200000, 0.6, 0.4) as number[];
    expect(compute / 10_000_000).toBeCloseTo(0.4, 12);
  });
  it('beats nearby mixes on output L^α K^β', () => {
    const output = (heads: number) => heads ** 0.7 * (10_000_000 - heads * 500000) ** 0.3;
    expect(output(14)).toBeGreaterThan(output(13.5));
    expect(output(14)).toBeGreaterThan(output(14.5));
  });
  it('gives #DIV/0! for a zero cost per head', () => {
    expect(optimalMix(1, 0, 0.5, 0.5)).toEqual(new HcError('#DIV/0!', 'cost_per_head is 0'));
  });
});
