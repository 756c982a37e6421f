import fc from 'fast-check';
import { HyperFormula } from 'hyperformula';
import { isHcError } from '../../src/model/errors';
import { NUMBERS, totalCost, runRateCost } from '../../src/model/workforce-hires-closed-forms';
import { findFunction } from '../../src/registry';
import { runFunction } from '../../src/registry/runner';
import { FormulaTranslator } from '../../src/share/translate';
import { buildXlsx, FixtureCell, xlsxParts } from '../xlsx/fixtures';
import { shownValue, storedCells } from '../xlsx/read-back';
import { agree, type Shown } from './differential-books';
import { findSoffice, libreOfficeCopies } from './libreoffice';

const spec = findFunction('AFFORDABLE_HIRES')!;
const SHEET = 'Plan inputs';
const COLUMNS = 'ABCDEFGHIJ';
type Input = number | string | boolean | null;

/** HC.AFFORDABLE_HIRES over row `row` of the inputs sheet, every argument a cell reference. */
const callOnRow = (row: number) =>
  `=HC.AFFORDABLE_HIRES(${[...COLUMNS].map((column) => `'${SHEET}'!$${column}$${row}`).join(',')})`;

function translated(row: number): string {
  const result = new FormulaTranslator().translate(callOnRow(row));
  if (!result.ok) throw new Error(result.reason);
  return result.cells[0][0];
}

/** The add-in's answer for one row of inputs (blank cells arrive as null). */
function addIn(inputs: readonly Input[]): Shown {
  const [[cell]] = runFunction(spec, inputs as never);
  return isHcError(cell) ? { error: cell.code } : (cell as number);
}

interface Plan {
  startHeads: number;
  costPerHead: number;
  computePerHead: number;
  usageGrowth: number;
  months: number;
  annualAttrition: number;
  priceChange: number;
  salaryGrowth: number;
  constraint: 'total' | 'run_rate';
}

/**
 * A budget for `hires` monthly hires and a fraction of one more, from the model's own closed forms:
 * the answer is then `hires`, away from a whole-number boundary (the engines' digits can differ there).
 */
function budgetFor(plan: Plan, hires: number, fraction: number): number {
  const { constraint, ...rest } = plan;
  const cost = (constraint === 'total' ? totalCost : runRateCost)(NUMBERS, { ...rest, budget: 0 });
  return cost.withoutHires + (hires + fraction) * cost.perMonthlyHire;
}

/** Rates as typed: subnormal doubles read as 0 (HyperFormula's arithmetic gives NaN on them). */
const rate = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true }).map((x) => (Math.abs(x) < 1e-300 ? 0 : x));

const plans = fc.record({
  startHeads: fc.integer({ min: 0, max: 2000 }),
  costPerHead: fc.integer({ min: 20000, max: 800000 }),
  computePerHead: fc.oneof(fc.constant(0), fc.integer({ min: 100, max: 500000 })),
  usageGrowth: fc.oneof(fc.constant(0), rate(-0.9, 9)),
  months: fc.oneof(fc.constantFrom(1, 11, 12, 13, 24, 36, 60, 120, 1200), fc.integer({ min: 1, max: 240 })),
  annualAttrition: fc.oneof(fc.constant(0), fc.constantFrom(1e-9, 1e-6, 0.001), rate(0, 1)),
  priceChange: fc.oneof(fc.constant(0), rate(-0.9, 1)),
  salaryGrowth: fc.oneof(fc.constant(0), fc.constantFrom(1e-9, 0.03), rate(-0.2, 0.3)),
  constraint: fc.constantFrom('total' as const, 'run_rate' as const),
});

/** Generated plans with budgets of a known answer, near-1 ratios, and inputs the runner refuses. */
function cases(): Input[][] {
  const generated = fc
    .sample(fc.tuple(plans, fc.integer({ min: 0, max: 60 }), fc.double({ min: 0.05, max: 0.95, noNaN: true })), {
      numRuns: 160,
      seed: 9,
    })
    .map(([plan, hires, fraction]): Input[] => [
      budgetFor(plan, hires, fraction),
      plan.startHeads,
      plan.costPerHead,
      plan.computePerHead,
      plan.usageGrowth,
      plan.months,
      plan.annualAttrition,
      plan.priceChange,
      plan.salaryGrowth,
      plan.constraint,
    ]);
  return [
    ...generated,
    // Defaults as blank cells; round budgets that buy a whole number of hires exactly.
    [5000000, 10, 120000, 0, 0, 12, null, null, null, null],
    [1200000 + 4 * 780000, 10, 120000, 0, 0, 12, null, null, null, null],
    [4000000, 10, 120000, 24000, 0, 12, 0, 0, 0, ' Run_Rate '],
    // Usage ×10 while prices ÷10: growth within an ulp of 1.
    [60e6, 20, 180000, 20000, 9, 36, 0, -0.9, 0, 'total'],
    // Compute growth exactly offsetting attrition of 12%: r g = 1.
    [60e6, 20, 180000, 20000, 0.99 ** -12 - 1, 36, 0.12, 0, 0, 'total'],
    // Refused: no hires fit, an unknown constraint, a number or text in the wrong place, months 0.
    [1000000, 10, 120000, 0, 0, 12, 0, 0, 0, 'total'],
    [5000000, 10, 120000, 0, 0, 12, 0, 0, 0, 'annual'],
    [5000000, 10, 120000, 0, 0, 12, 0, 0, 0, 7],
    [5000000, 'ten', 120000, 0, 0, 12, 0, 0, 0, 'total'],
    [5000000, 10, 120000, 0, 0, 0, 0, 0, 0, 'total'],
    [5000000, 10, 120000, 0, 0, 12, 1.5, 0, 0, 'total'],
    // Hires that cost nothing; more than 1e15 hires a month.
    [1000, 0, 0, 0, 0, 12, 0, 0, 0, 'total'],
    [1e300, 10, 120000, 0, 0, 12, 0, 0, 0, 'total'],
  ];
}

const inputCells = (rows: readonly Input[][]): FixtureCell[] =>
  rows.flatMap((inputs, index) =>
    inputs.flatMap((value, column) =>
      value === null ? [] : [{ ref: `${COLUMNS[column]}${index + 1}`, value: value as number | string | boolean }],
    ),
  );

describe('HC.AFFORDABLE_HIRES in a share-safe copy', () => {
  const rows = cases();

  it('fits Excel’s formula length with every argument a sheet-qualified cell reference', () => {
    const length = translated(12).length;
    console.log(`AFFORDABLE_HIRES native formula over '${SHEET}'!$A$12…: ${length} characters`);
    expect(length).toBeLessThanOrEqual(8192);
  });

  it('computes the add-in’s answers in HyperFormula', () => {
    const engine = HyperFormula.buildFromSheets(
      {
        [SHEET]: rows.map((inputs) => inputs.map((value) => value)),
        Copy: rows.map((_, index) => [`=${translated(index + 1)}`]),
      },
      { licenseKey: 'gpl-v3', smartRounding: false },
    );
    const values = engine.getSheetValues(engine.getSheetId('Copy')!);
    engine.destroy();
    const mismatches = rows.flatMap((inputs, index) => {
      const native = values[index][0];
      const shown: Shown =
        typeof native === 'object' && native !== null ? { error: String(native) } : (native as Shown);
      const expected = addIn(inputs);
      return agree(expected, shown)
        ? []
        : [`${JSON.stringify(inputs)}: add-in ${JSON.stringify(expected)}, native ${JSON.stringify(shown)}`];
    });
    expect(mismatches).toEqual([]);
    // The generated plans are answered with numbers, not errors: the proof covers the closed forms.
    const answered = rows.filter((inputs) => typeof addIn(inputs) === 'number').length;
    console.log(`HyperFormula: ${rows.length} cases, ${answered} answered with a number`);
    expect(answered).toBeGreaterThan(150);
  });

  const soffice = findSoffice();
  (soffice ? it : it.skip)(
    'computes the add-in’s answers in LibreOffice',
    async () => {
      const bytes = await buildXlsx({
        sheets: [
          { name: SHEET, cells: inputCells(rows) },
          { name: 'Copy', cells: rows.map((_, index) => ({ ref: `A${index + 1}`, formula: translated(index + 1) })) },
        ],
      });
      const saved = libreOfficeCopies(soffice!, [{ name: 'affordable', bytes }]);
      const got = storedCells((await xlsxParts(saved.get('affordable')!)).get('xl/worksheets/sheet2.xml')!);
      const mismatches = rows.flatMap((inputs, index) => {
        const shown = shownValue(got.get(`A${index + 1}`)) as Shown;
        const expected = addIn(inputs);
        return agree(expected, shown)
          ? []
          : [`${JSON.stringify(inputs)}: add-in ${JSON.stringify(expected)}, LibreOffice ${JSON.stringify(shown)}`];
      });
      console.log(`LibreOffice: ${rows.length} cases`);
      expect(mismatches).toEqual([]);
    },
    120_000,
  );
});
