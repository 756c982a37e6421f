import type { FixtureBook } from './fixtures';

/** The run-rate the spilled HC.COMPUTE_RUN_RATE(100000, 1, SEQUENCE(24)) gives at month m. */
export const runRate = (month: number) => 100000 * 2 ** (month / 12);
export const MONTHS = Array.from({ length: 24 }, (_, i) => i + 1);

/**
 * A small planning workbook as Excel saves it: HC formulas in both spellings (HC.X and Excel's
 * _xldudf_HC_X, once behind an external-link index), native formulas, cross-sheet references,
 * a global and a sheet-scoped defined name, a shared formula, a spilled dynamic array over
 * _xlfn.SEQUENCE(24) with stale cached values, data validation, and a chart of the spill.
 */
export const PLAN_BOOK: FixtureBook = {
  sheets: [
    {
      name: 'Inputs',
      cells: [
        { ref: 'A1', value: 'compute_per_head' },
        { ref: 'B1', value: 100000 },
        { ref: 'A2', value: 'salary' },
        { ref: 'B2', value: 375000 },
        { ref: 'A3', value: 'load_rate' },
        { ref: 'B3', value: 0.3 },
        { ref: 'A4', value: 'budget' },
        { ref: 'B4', value: 10000000 },
      ],
      afterData:
        '<dataValidations count="1"><dataValidation type="decimal" allowBlank="1" showErrorMessage="1" sqref="B3">' +
        '<formula1>0</formula1><formula2>1</formula2></dataValidation></dataValidations>',
    },
    {
      name: 'Plan',
      cells: [
        { ref: 'A1', formula: 'HC.TOKENSHARE(Inputs!B1,Salary)', cached: 999 },
        { ref: 'A2', formula: '_xldudf_HC_LOADED_COST(Salary,LoadRate)', cached: 999 },
        { ref: 'A3', formula: '[1]!_xldudf_HC_BREAKEVEN_HEADCOUNT(Inputs!B4,Inputs!B1,A2)', cached: 999 },
        { ref: 'A4', formula: 'A1*2+SUM(Inputs!B1:B2)', cached: 999 },
        { ref: 'A5', formula: 'HC.TOKENSHARE(-1,Salary)', cached: 999 },
        { ref: 'A6', formula: 'IF(A1>0.2,"high","low")', cached: 999 },
        { ref: 'A7', formula: 'A1>0.5', cached: 999 },
        {
          ref: 'B1',
          formula: '_xldudf_HC_COMPUTE_RUN_RATE(Inputs!B1,1,_xlfn.SEQUENCE(24))',
          array: 'B1:B24',
          dynamic: true,
          cached: 1,
        },
        ...MONTHS.slice(1).map((month) => ({ ref: `B${month}`, value: 1 })),
        { ref: 'C1', formula: 'SUM(B1:B24)', cached: 999 },
        { ref: 'D1', formula: 'A1*10', shared: { si: 0, ref: 'D1:D3' }, cached: 999 },
        { ref: 'D2', formula: '', shared: { si: 0 }, cached: 999 },
        { ref: 'D3', formula: '', shared: { si: 0 }, cached: 999 },
      ],
      chartOf: 'Plan!$B$1:$B$24',
    },
  ],
  names: [
    { name: 'Salary', formula: 'Inputs!$B$2' },
    { name: 'LoadRate', formula: 'Inputs!$B$3', localSheetId: 1 },
  ],
};

const loadedCost = 375000 * 1.3;
const share = 100000 / 475000;

/** What `hcplan calc` must cache in Plan's formula cells. */
export const PLAN_EXPECTED: Record<string, number | string | boolean | { error: string }> = {
  A1: share,
  A2: loadedCost,
  A3: 10000000 / (loadedCost + 100000),
  A4: share * 2 + 475000,
  A5: { error: '#NUM!' },
  A6: 'high',
  A7: false,
  C1: MONTHS.reduce((sum, month) => sum + runRate(month), 0),
  D1: share * 10,
  D2: loadedCost * 10,
  D3: (10000000 / (loadedCost + 100000)) * 10,
  ...Object.fromEntries(MONTHS.map((month) => [`B${month}`, runRate(month)])),
};
