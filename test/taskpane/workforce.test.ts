import { findFunction, runFunction } from '../../src/registry';
import { parseRange, toAddress } from '../../src/taskpane/model-sheet/a1';
import { modelSheetLayout } from '../../src/taskpane/model-sheet/layout';
import { WORKFORCE_HEADERS } from '../../src/taskpane/model-sheet/workforce-columns';
import { DEFAULT_INPUTS, type PlannerInputs } from '../../src/taskpane/planner/inputs';
import { computeResults, type Results } from '../../src/taskpane/planner/results';
import { checkField } from '../../src/taskpane/planner/validation';
import { DEFAULT_WORKFORCE, WORKFORCE_FIELDS, workforceOutlook } from '../../src/taskpane/planner/workforce';
import { EmbeddedWorkbook } from '../../src/taskpane/ports/embedded';
import { exportXlsx } from '../../src/standalone/xlsx-export';
import { importXlsx } from '../../src/standalone/xlsx-import';
import { xlsxParts } from '../xlsx/fixtures';
import { shownValue, storedCells } from '../xlsx/read-back';

const run = (id: string, args: unknown[]) => runFunction(findFunction(id)!, args);
const field = (key: string) => WORKFORCE_FIELDS.find((candidate) => candidate.key === key)!;

describe('workforce outlook (the panel’s numbers)', () => {
  // COST_PLAN's registry example: 50 engineers at $180k, $20k of compute tripling a year, raises of 4%.
  const inputs: PlannerInputs = {
    ...DEFAULT_INPUTS,
    horizonMonths: 36,
    usageGrowth: 2,
    priceChange: 0,
    salaryGrowth: 0.04,
    budget: 20_000_000,
  };
  const results = { loadedCost: 180000, computePerHead: 20000 } as Results;

  test('a flat team: compute passes people cost in month 26, as COST_PLAN’s worked example says', () => {
    const outlook = workforceOutlook(inputs, results, {
      startHeads: 50,
      hiresPerMonth: 0,
      annualAttrition: 0,
      rampMonths: 0,
      oneTimePerHire: 0,
    });
    expect(outlook.headsAtHorizon).toBe(50);
    expect(outlook.computePassesPeople).toBe(26);
    // Month 26 by the definitions: people 50 × 15000 × 1.04², compute 50 × 20000 × (3^(26/12) − 3^(25/12)) ÷ ln 3.
    const people = 50 * 15000 * 1.04 ** 2;
    const compute = (50 * 20000 * (3 ** (26 / 12) - 3 ** (25 / 12))) / Math.log(3);
    const before = (50 * 20000 * (3 ** (25 / 12) - 3 ** (24 / 12))) / Math.log(3);
    expect(compute).toBeGreaterThan(people);
    expect(before).toBeLessThan(people);
  });

  test('hires the budget allows is HC.AFFORDABLE_HIRES with the annual budget as the run rate at the horizon', () => {
    const plan = { ...DEFAULT_WORKFORCE, startHeads: 20 };
    const outlook = workforceOutlook(inputs, results, plan);
    const expected = run('AFFORDABLE_HIRES', [20_000_000, 20, 180000, 20000, 2, 36, 0.1, 0, 0.04, 'run_rate'])[0][0];
    expect(outlook.affordableHires).toBe(expected);
    expect(typeof expected).toBe('number');
    // One more hire a month would break the run rate: HEADCOUNT_PLAN + COST_PLAN of that plan costs more.
    const heads = run('HEADCOUNT_PLAN', [20, Array.from({ length: 36 }, () => [(expected as number) + 1]), 0.1]);
    const costs = run('COST_PLAN', [heads.map((row) => [row[0]]), 180000, 20000, 2, 0, 0.04]);
    expect(12 * (costs[35][2] as number)).toBeGreaterThan(20_000_000);
  });

  test('a budget below the team’s cost: the function’s #N/A and message reach the panel', () => {
    const outlook = workforceOutlook({ ...inputs, budget: 1000 }, results, DEFAULT_WORKFORCE);
    expect(outlook.affordableHires).toMatchObject({ code: '#N/A' });
    expect(String((outlook.affordableHires as { message: string }).message)).toMatch(/short|over/i);
  });

  test('fields use the HC functions’ domains and messages', () => {
    expect(checkField(field('annualAttrition'), '10%')).toEqual({ ok: true, value: 0.1 });
    expect(checkField(field('annualAttrition'), '150%')).toEqual({
      ok: false,
      reason: 'annual_attrition must be between 0 and 1',
    });
    expect(checkField(field('hiresPerMonth'), '-1')).toEqual({ ok: false, reason: 'hires must be ≥ 0' });
    expect(checkField(field('rampMonths'), '')).toEqual({ ok: true, value: 0 });
  });
});

describe('model sheet with the workforce plan, computed by the embedded engine', () => {
  const inputs: PlannerInputs = { ...DEFAULT_INPUTS, horizonMonths: 24 };
  const plan = { startHeads: 12, hiresPerMonth: 2, annualAttrition: 0.12, rampMonths: 3, oneTimePerHire: 15000 };
  const layout = modelSheetLayout(inputs, 'Base', plan);

  /** A named cell by its absolute address: the workforce formulas use addresses (see workforce-columns.ts). */
  const cell = (name: string) =>
    layout.names.find((candidate) => candidate.name === name)!.address.replace(/^([A-Z]+)(\d+)$/, '$$$1$$$2');

  async function inserted() {
    const workbook = EmbeddedWorkbook.create();
    const { sheetName } = await workbook.insertSheet(layout);
    return { engine: workbook.engine, sheet: workbook.engine.getSheetId(sheetName)! };
  }

  test('the monthly table gains live HEADCOUNT_PLAN and COST_PLAN spills equal to the functions’ values', async () => {
    const { engine, sheet } = await inserted();
    const header = layout.blocks.find((block) => block.rows[0]?.[0] === WORKFORCE_HEADERS[0])!;
    const { top, left } = parseRange(header.topLeft);
    expect(toAddress(top, left)).toMatch(/^F\d+$/);
    const value = (row: number, column: number) => engine.getCellValue({ sheet, row, col: column });
    const formula = (row: number, column: number) => engine.getCellFormula({ sheet, row, col: column });
    const month1 = top + 2;
    expect(formula(month1, left)).toBe(
      `=HC.HEADCOUNT_PLAN(${cell('HC_StartHeads')},SEQUENCE(24,1,${cell('HC_HiresPerMonth')},0),${cell('HC_Attrition')},${cell('HC_RampMonths')})`,
    );
    expect(formula(month1, left + 2)).toBe(
      `=HC.COST_PLAN(F${month1 + 1}:F${month1 + 24},${['HC_LoadedCost', 'HC_ComputePerHead', 'HC_UsageGrowth', 'HC_PriceChange', 'HC_SalaryGrowth', 'HC_OneTimePerHire'].map(cell).join(',')},SEQUENCE(24,1,${cell('HC_HiresPerMonth')},0))`,
    );
    const hires = Array.from({ length: 24 }, () => [2]);
    const heads = run('HEADCOUNT_PLAN', [12, hires, 0.12, 3]);
    const results = computeResults(inputs);
    const costs = run('COST_PLAN', [
      heads.map((row) => [row[0]]),
      results.loadedCost,
      results.computePerHead,
      inputs.usageGrowth,
      inputs.priceChange,
      inputs.salaryGrowth,
      15000,
      hires,
    ]);
    // Month 1's two hires pay the one-time cost too: 12 × 0.99 + 2 = 13.88 heads' pay plus 2 × $15,000.
    expect(costs[0][0]).toBeCloseTo((13.88 * (results.loadedCost as number)) / 12 + 2 * 15000, 6);
    expect(value(top + 1, left)).toBe(12); // month 0: the start heads
    for (let month = 1; month <= 24; month++) {
      const row = top + 1 + month;
      expect(value(row, left)).toBeCloseTo(heads[month - 1][0] as number, 9);
      expect(value(row, left + 1)).toBeCloseTo(heads[month - 1][1] as number, 9);
      for (let column = 0; column < 4; column++)
        expect(value(row, left + 2 + column)).toBeCloseTo(costs[month - 1][column] as number, 6);
      expect(value(row, left + 6)).toBeCloseTo(inputs.budget / 12, 9);
    }
    expect(value(top + 1 + 25, left)).toBeNull();
  });

  test('an edited input cell flows through the spills: twice the hires, more heads at month 24', async () => {
    const { engine, sheet } = await inserted();
    const hiresName = layout.names.find((name) => name.name === 'HC_HiresPerMonth')!;
    const { top, left } = parseRange(hiresName.address);
    engine.setCellContents({ sheet, row: top, col: left }, 4);
    const header = layout.blocks.find((block) => block.rows[0]?.[0] === WORKFORCE_HEADERS[0])!;
    const headerRow = parseRange(header.topLeft).top;
    const heads = run('HEADCOUNT_PLAN', [12, Array.from({ length: 24 }, () => [4]), 0.12, 3]);
    expect(engine.getCellValue({ sheet, row: headerRow + 25, col: 5 })).toBeCloseTo(heads[23][0] as number, 9);
  });

  test('the workforce inputs are named input cells, and a stacked chart of people vs compute with the budget line', () => {
    expect(layout.names.map((name) => name.name)).toEqual(
      expect.arrayContaining(WORKFORCE_FIELDS.map((candidate) => candidate.cellName)),
    );
    const inputs = parseRange(layout.inputRange!);
    for (const candidate of WORKFORCE_FIELDS) {
      const { top } = parseRange(layout.names.find((name) => name.name === candidate.cellName)!.address);
      expect(top).toBeGreaterThanOrEqual(inputs.top);
      expect(top).toBeLessThanOrEqual(inputs.bottom);
    }
    const [chart] = layout.extraCharts!;
    expect(chart.kind).toBe('stackedColumn');
    expect(chart.series.map((series) => [series.name, series.line ?? false])).toEqual([
      ['People cost', false],
      ['Compute cost', false],
      ['Budget per month', true],
    ]);
    const months = parseRange(chart.categories);
    expect(months.bottom - months.top + 1).toBe(24);
    expect(chart.series.every((series) => parseRange(series.values).top === months.top)).toBe(true);
  });

  test('the standalone page’s .xlsx round trip keeps the spills live: same heads and costs after reopening', async () => {
    const workbook = EmbeddedWorkbook.create();
    const { sheetName } = await workbook.insertSheet(layout);
    const reopened = await importXlsx(await (await exportXlsx(workbook)).arrayBuffer());
    const before = workbook.engine.getSheetValues(workbook.engine.getSheetId(sheetName)!);
    const after = reopened.engine.getSheetValues(reopened.engine.getSheetId(sheetName)!);
    const header = layout.blocks.find((block) => block.rows[0]?.[0] === WORKFORCE_HEADERS[0])!;
    const { top } = parseRange(header.topLeft);
    for (let row = top + 1; row <= top + 25; row++)
      for (let column = 5; column <= 11; column++) expect(after[row]?.[column]).toEqual(before[row]?.[column]);
    expect(typeof after[top + 25][10]).toBe('number');
  });

  test('the .xlsx export saves the plan’s spills as Excel 365 does: dynamic arrays over the whole plan, values cached', async () => {
    const workbook = EmbeddedWorkbook.create();
    const { sheetName } = await workbook.insertSheet(layout);
    const parts = await xlsxParts(new Uint8Array(await (await exportXlsx(workbook)).arrayBuffer()));
    const cells = storedCells(parts.get('xl/worksheets/sheet2.xml')!);
    const header = layout.blocks.find((block) => block.rows[0]?.[0] === WORKFORCE_HEADERS[0])!;
    const { top, left } = parseRange(header.topLeft);
    const month1 = top + 2; // header, month 0
    const values = workbook.engine.getSheetValues(workbook.engine.getSheetId(sheetName)!);
    const heads = cells.get(toAddress(month1, left))!;
    const costs = cells.get(toAddress(month1, left + 2))!;
    expect([heads.cm, heads.f?.t, heads.f?.ref]).toEqual([
      '1',
      'array',
      `${toAddress(month1, left)}:${toAddress(month1 + 23, left + 1)}`,
    ]);
    expect([costs.cm, costs.f?.t, costs.f?.ref]).toEqual([
      '1',
      'array',
      `${toAddress(month1, left + 2)}:${toAddress(month1 + 23, left + 5)}`,
    ]);
    // Month 24's productive heads and compute share: cached values inside the spills, no formula of their own.
    for (const column of [left + 1, left + 5]) {
      const cell = cells.get(toAddress(month1 + 23, column))!;
      expect(cell.f).toBeUndefined();
      expect(shownValue(cell)).toBe(values[month1 + 23][column]);
    }
    expect(parts.get('xl/metadata.xml')).toContain('fDynamic="1"');
    expect(parts.get('[Content_Types].xml')).toContain('/xl/metadata.xml');
    expect(parts.get('xl/_rels/workbook.xml.rels')).toContain('Target="metadata.xml"');
  });

  test('without a workforce plan the layout is the one before it', () => {
    const plain = modelSheetLayout(inputs, 'Base');
    expect(plain.extraCharts).toEqual([]);
    expect(plain.names.some((name) => name.name === 'HC_StartHeads')).toBe(false);
  });
});
