import { CellError, ErrorType, HyperFormula } from 'hyperformula';
import { createEngine, evaluateFormula, FormulaSyntaxError } from '../../src/engine/engine';
import { toCellError, toInputError } from '../../src/engine/errors';
import { formulaName } from '../../src/engine/plugin';
import { fromEngine } from '../../src/engine/values';
import { HcError } from '../../src/model/errors';
import { FUNCTIONS } from '../../src/registry';

const share = 100000 / 475000;
const evaluate = (formula: string, sheet: unknown[][] = []) =>
  evaluateFormula(createEngine({ Sheet1: sheet as never }), formula);
const one = (formula: string, sheet: unknown[][] = []) => {
  const rows = evaluate(formula, sheet);
  expect([rows.length, rows[0].length]).toEqual([1, 1]);
  return rows[0][0];
};

describe('the HC functions in the engine', () => {
  it('registers every registry function under HC.<id>', () => {
    createEngine({ Sheet1: [] });
    const names = HyperFormula.getRegisteredFunctionNames('enGB');
    for (const spec of FUNCTIONS) expect(names).toContain(formulaName(spec));
  });

  it('mixes HC and native functions, any case, and reads Excel’s file spellings', () => {
    expect(one('=HC.TOKENSHARE(100000,375000)*2')).toBeCloseTo(2 * share, 15);
    expect(one('=hc.tokenshare(100000, 375000)')).toBe(share);
    expect(one('=_xldudf_HC_TOKENSHARE(100000,375000)')).toBe(share);
    expect(one('=[1]!_xldudf_HC_LOADED_COST(375000,0.3)')).toBe(487500);
    expect(one('=SUM(HC.COMPUTE_RUN_RATE(100000,1,_xlfn.SEQUENCE(12)))')).toBeCloseTo(
      Array.from({ length: 12 }, (_, i) => 100000 * 2 ** ((i + 1) / 12)).reduce((a, b) => a + b),
      8,
    );
  });

  it('keeps full double precision (HyperFormula’s default would give 0.21052631579)', () => {
    expect(one('=HC.TOKENSHARE(100000,375000)')).toBe(0.21052631578947367);
    expect(Math.abs((one('=100000/475000') as number) - share)).toBeLessThanOrEqual(2.3e-16 * share);
    expect(one('=0.1+0.2=0.3')).toBe(true);
  });

  it('spills element-wise results over ranges, arrays and SEQUENCE, sized when the formula is parsed', () => {
    const engine = createEngine({ Sheet1: [[0, '=HC.TOKENSHARE(A1:A3, 375000)'], [100000], [375000]] });
    expect(engine.getRangeValues({ start: { sheet: 0, row: 0, col: 1 }, end: { sheet: 0, row: 2, col: 1 } })).toEqual([
      [0],
      [share],
      [0.5],
    ]);
    expect(one('=ROWS(HC.COMPUTE_RUN_RATE(100000, 1, SEQUENCE(24)))')).toBe(24);
    expect(one('=COLUMNS(HC.OPTIMAL_MIX(10000000, 500000, 0.7, 0.3))')).toBe(3);
    expect(evaluate('=HC.TOKENSHARE({1,2},{1;3})')).toEqual([
      [0.5, 2 / 3],
      [0.25, 0.4],
    ]);
  });

  it('answers a spill sized by a cell’s value with #VALUE! saying why', () => {
    expect(one('=HC.COMPUTE_RUN_RATE(100000, 1, SEQUENCE(A1))', [[3]])).toEqual({
      code: '#VALUE!',
      message:
        'HC.COMPUTE_RUN_RATE gives 3×1 cells but the formula, as written, spills 1×1: a spill size must follow from the ' +
        'formula (a range, an array, SEQUENCE(24)), not from a value computed from cells',
    });
  });

  it('passes blank cells as null (default or 0), dates and percentages as numbers, logicals as errors', () => {
    expect(one('=HC.LOADED_COST(375000, B9)')).toBe(375000);
    expect(one('=HC.TOKENSHARE(B9, 1)')).toBe(0);
    expect(one('=HC.LOADED_COST(100, 30%)')).toBeCloseTo(130, 12);
    expect(one('=HC.TOKENSHARE(DATE(2020,1,1), 1)')).toBe(43831 / 43832);
    expect(one('=HC.LOADED_COST(375000, , 1)')).toBe(375001);
    expect(one('=HC.TOKENSHARE(TRUE, 1)')).toEqual({ code: '#VALUE!', message: 'compute_per_head must be a number' });
  });

  it('checks the number of arguments', () => {
    expect(one('=HC.TOKENSHARE(1)')).toEqual({ code: '#VALUE!', message: 'TOKENSHARE needs at least 2 arguments' });
    expect(one('=HC.TOKENSHARE(1,2,3,4,5)')).toMatchObject({
      code: '#VALUE!',
      message: 'TOKENSHARE takes at most 4 arguments',
    });
  });

  it('returns HC errors with their messages, which native functions can test', () => {
    expect(one('=HC.TOKENSHARE(-1, 375000)')).toEqual({ code: '#NUM!', message: 'compute_per_head must be ≥ 0' });
    expect(one('=HC.COMPUTE_TO_SALARY(1, 0)')).toMatchObject({ code: '#DIV/0!' });
    expect(one('=IFERROR(HC.TOKENSHARE(-1, 375000), "bad")')).toBe('bad');
    expect(one('=ISERROR(HC.TOKENSHARE(-1, 375000))')).toBe(true);
  });

  it('passes input errors through with the argument named, and codes a function cannot return as #VALUE!', () => {
    expect(one('=HC.TOKENSHARE(1/0, 1)')).toEqual({ code: '#DIV/0!', message: 'compute_per_head is #DIV/0!' });
    expect(one('=HC.TOKENSHARE(1, NA())')).toMatchObject({
      code: '#N/A',
      message: expect.stringMatching(/^salary is #N\/A/),
    });
    expect(one('=HC.TOKENSHARE(HC.TOKENSHARE(-1, 1), 1)')).toEqual({
      code: '#NUM!',
      message: 'compute_per_head is #NUM!: compute_per_head must be ≥ 0',
    });
    expect(one('=HC.TOKENSHARE(Nowhere, 1)')).toEqual({
      code: '#VALUE!',
      message: 'compute_per_head is #NAME?, which a function cannot return: Named expression Nowhere not recognized.',
    });
  });

  it('refuses a formula it cannot read', () => {
    expect(() => evaluate('=HC.TOKENSHARE(1,')).toThrow(FormulaSyntaxError);
  });
});

describe('error codes between the registry and HyperFormula', () => {
  it('maps each HC code to a HyperFormula type, #NULL! (which HyperFormula lacks) to #VALUE! naming it', () => {
    expect(toCellError(new HcError('#NUM!', 'x must be ≥ 0'))).toEqual(new CellError(ErrorType.NUM, 'x must be ≥ 0'));
    expect(toCellError(new HcError('#N/A', 'never: …')).type).toBe(ErrorType.NA);
    expect(toCellError(new HcError('#DIV/0!', 'a is 0')).type).toBe(ErrorType.DIV_BY_ZERO);
    expect(toCellError(new HcError('#VALUE!', 'v')).type).toBe(ErrorType.VALUE);
    expect(toCellError(new HcError('#NULL!', 'x is #NULL!'))).toEqual(
      new CellError(ErrorType.VALUE, '#NULL! x is #NULL!'),
    );
  });

  it('gives HyperFormula errors to the runner with Excel’s codes', () => {
    expect(toInputError(new CellError(ErrorType.DIV_BY_ZERO))).toEqual({ code: '#DIV/0!', message: undefined });
    expect(toInputError(new CellError(ErrorType.NAME, 'Unknown'))).toEqual({ code: '#NAME?', message: 'Unknown' });
    expect(toInputError(new CellError(ErrorType.SPILL, 'x')).code).toBe('#SPILL!');
  });

  it('reads engine values with the cell an error came from', () => {
    const engine = createEngine({ Plan: [['=NOPE()', '=A1+1']] });
    expect(fromEngine(engine.getCellValue({ sheet: 0, row: 0, col: 1 }))).toEqual({
      code: '#NAME?',
      message: 'Function name NOPE not recognized.',
      origin: 'Plan!A1',
    });
  });
});

describe('values out of the engine', () => {
  it('never hand out NaN: a subnormal number, which HyperFormula turns into NaN, becomes #NUM!', () => {
    const engine = createEngine({ Tiny: [[7.4e-323, '=A1*2']] });
    expect(fromEngine(engine.getCellValue({ sheet: 0, row: 0, col: 1 }))).toMatchObject({ code: '#NUM!' });
    expect(fromEngine(NaN)).toEqual({
      code: '#NUM!',
      message: 'the value is not a finite number (too close to 0 or too large)',
    });
    expect(fromEngine(2.5)).toBe(2.5);
  });
});
