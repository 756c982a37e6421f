import { DEFAULT_INPUTS } from '../../src/taskpane/planner/inputs';
import { modelSheetLayout } from '../../src/taskpane/model-sheet/layout';
import { freeSheetName } from '../../src/taskpane/ports/workbook-port';
import { columnLetters, parseAddress, parseRange } from '../../src/taskpane/model-sheet/a1';

describe('model sheet layout', () => {
  const layout = modelSheetLayout({ ...DEFAULT_INPUTS, horizonMonths: 36 }, 'Base');

  test('inputs and summary sit under sheet-scoped HC_ names; formulas refer to names, never to other sheets', () => {
    expect(layout.names.every((name) => /^HC_[A-Za-z]+$/.test(name.name))).toBe(true);
    expect(new Set(layout.names.map((name) => name.name)).size).toBe(layout.names.length);
    const formulas = layout.blocks
      .flatMap((block) => block.rows.flat())
      .filter((cell): cell is string => typeof cell === 'string' && cell.startsWith('='));
    expect(formulas.length).toBe(12 + 37 * 4);
    expect(formulas.every((formula) => !formula.includes('!'))).toBe(true);
    expect(formulas).toContain(
      '=HC.BUDGET_RUNOUT_MONTH((HC_Budget-HC_TeamSize*HC_LoadedCost),HC_TeamSize*HC_ComputePerHead,HC_UsageGrowth,HC_PriceChange)',
    );
    expect(formulas).toContain('=(HC_Salary+HC_Bonus+HC_Equity+HC_ComputePerHead)');
  });

  test('the chart plots the month column against compute per head and salary over the whole table', () => {
    expect(layout.chart.categories).toBe('A24:A60');
    expect(layout.chart.series.map((series) => series.values)).toEqual(['B24:B60', 'C24:C60']);
    expect(parseRange(layout.inputRange!)).toEqual({ top: 4, left: 1, bottom: 19, right: 1 });
  });

  test('free sheet names follow Excel: case-insensitive, numbered from 2', () => {
    expect(freeSheetName('HC Model', [])).toBe('HC Model');
    expect(freeSheetName('HC Model', ['hc model'])).toBe('HC Model (2)');
    expect(freeSheetName('HC Model', ['HC Model', 'HC Model (2)', 'Hc Model (3)'])).toBe('HC Model (4)');
  });

  test('A1 helpers', () => {
    expect([0, 25, 26, 701, 702].map(columnLetters)).toEqual(['A', 'Z', 'AA', 'ZZ', 'AAA']);
    expect(parseAddress('$AB$12')).toEqual({ row: 11, column: 27 });
    expect(() => parseAddress('12B')).toThrow('not an A1 address: 12B');
  });
});
