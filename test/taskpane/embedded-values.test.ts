import { isHcError } from '../../src/model/errors';
import { DEFAULT_INPUTS, type PlannerInputs } from '../../src/taskpane/planner/inputs';
import { MEASURES } from '../../src/taskpane/planner/measures';
import { computeProjection, computeResults } from '../../src/taskpane/planner/results';
import { modelSheetLayout } from '../../src/taskpane/model-sheet/layout';
import { parseAddress } from '../../src/taskpane/model-sheet/a1';
import { EmbeddedWorkbook } from '../../src/taskpane/ports/embedded';
import { DetailedCellError } from 'hyperformula';

const SWARM: PlannerInputs = {
  ...DEFAULT_INPUTS,
  tokensPerDay: 100000000,
  pricePerMillion: 2,
  daysPerYear: 365,
  horizonMonths: 24,
};

async function inserted(inputs: PlannerInputs) {
  const workbook = EmbeddedWorkbook.create();
  const layout = modelSheetLayout(inputs, 'test');
  const { sheetName } = await workbook.insertSheet(layout);
  const sheet = workbook.engine.getSheetId(sheetName)!;
  const at = (address: string) => ({ sheet, row: parseAddress(address).row, col: parseAddress(address).column });
  const cellOf = (name: string) => layout.names.find((candidate) => candidate.name === name)!.address;
  return { workbook, layout, sheet, value: (address: string) => workbook.engine.getCellValue(at(address)), at, cellOf };
}

/** The sheet's value equals the panel's: same number (to 1e-12) or the same error code. */
function expectSame(sheetValue: unknown, panelValue: unknown): void {
  if (isHcError(panelValue)) {
    expect(sheetValue).toBeInstanceOf(DetailedCellError);
    expect((sheetValue as DetailedCellError).value).toBe(panelValue.code);
    expect((sheetValue as DetailedCellError).message).toBe(panelValue.message);
  } else {
    expect(sheetValue as number).toBeCloseTo(panelValue as number, 6);
    expect(Math.abs((sheetValue as number) - (panelValue as number))).toBeLessThanOrEqual(
      1e-12 * Math.abs(panelValue as number),
    );
  }
}

describe('an inserted model sheet computes what the panel shows', () => {
  test.each([
    ['the default engineer', DEFAULT_INPUTS],
    ['an agent swarm', SWARM],
    [
      'a budget that people alone exceed (#NUM!) and no usage growth',
      { ...DEFAULT_INPUTS, budget: 1000000, usageGrowth: 0, salaryGrowth: 0.05 },
    ],
  ])('%s: every summary cell', async (_, inputs) => {
    const { value, cellOf } = await inserted(inputs);
    const panel = computeResults(inputs);
    for (const measure of MEASURES) expectSame(value(cellOf(measure.cellName)), panel[measure.key]);
  });

  test('$375k + $100k tokens: compute $100,000, token share 0.2105…, parity in 42.2 months at 50% growth', async () => {
    const inputs = { ...DEFAULT_INPUTS, loadRate: 0, usageGrowth: 0.5, salaryGrowth: 0.03 };
    const { value, cellOf } = await inserted(inputs);
    expect(value(cellOf('HC_ComputePerHead'))).toBeCloseTo(100000, 6);
    expect(value(cellOf('HC_TokenShare'))).toBeCloseTo(100000 / 475000, 12);
    expect(value(cellOf('HC_MonthsToParity'))).toBeCloseTo((12 * Math.log(3.75)) / Math.log(1.5 / 1.03), 9);
  });

  test('the monthly table matches the panel projection row by row', async () => {
    const { value, layout } = await inserted(SWARM);
    const table = layout.blocks[3];
    const firstRow = parseAddress(table.topLeft).row + 2;
    const panel = computeProjection(SWARM, computeResults(SWARM));
    expect(panel).toHaveLength(25);
    panel.forEach((row, index) => {
      const excelRow = firstRow + index + 1;
      expect(value(`A${excelRow}`)).toBe(row.month);
      expectSame(value(`B${excelRow}`), row.computePerHead);
      expectSame(value(`C${excelRow}`), row.salary);
      expectSame(value(`D${excelRow}`), row.computeToSalary);
      expectSame(value(`E${excelRow}`), row.teamSpend);
    });
  });

  test('editing an input cell recalculates the summary and the table', async () => {
    const { workbook, value, at, cellOf } = await inserted(DEFAULT_INPUTS);
    workbook.engine.setCellContents(at(cellOf('HC_PricePerMillion')), 20);
    const panel = computeResults({ ...DEFAULT_INPUTS, pricePerMillion: 20 });
    expect(value(cellOf('HC_ComputePerHead'))).toBeCloseTo(200000, 6);
    for (const measure of MEASURES) expectSame(value(cellOf(measure.cellName)), panel[measure.key]);
  });

  test('an input typed out of its domain shows the function error and message in the summary', async () => {
    const { workbook, value, at, cellOf } = await inserted(DEFAULT_INPUTS);
    workbook.engine.setCellContents(at(cellOf('HC_Salary')), -1);
    const error = value(cellOf('HC_TokenShare')) as DetailedCellError;
    expect(error.value).toBe('#NUM!');
    expect(error.message).toBe('salary must be ≥ 0');
  });
});
