import { HcError } from '../../src/model/errors';
import { findFunction, runFunction } from '../../src/registry';
import type { FunctionSpec } from '../../src/registry';

const TOKENSHARE = findFunction('TOKENSHARE')!;
const LOADED_COST = findFunction('HC.loaded_cost')!;
const OPTIMAL_MIX = findFunction('OPTIMAL_MIX')!;
const share = (compute: number, salary: number) => compute / (compute + salary);
const err = (code: string, message: string) => new HcError(code as HcError['code'], message);

describe('ranges and broadcasting', () => {
  it('spills a column, a row and a 2-D range in their own shape', () => {
    expect(runFunction(TOKENSHARE, [[[0], [100000], [375000]], 375000])).toEqual([[0], [share(100000, 375000)], [0.5]]);
    expect(runFunction(TOKENSHARE, [[[0, 375000]], 375000])).toEqual([[0, 0.5]]);
    expect(
      runFunction(TOKENSHARE, [
        [
          [1, 2],
          [3, 4],
        ],
        [
          [1, 2],
          [3, 4],
        ],
      ]),
    ).toEqual([
      [0.5, 0.5],
      [0.5, 0.5],
    ]);
  });
  it('combines same-shaped ranges cell by cell', () => {
    expect(
      runFunction(TOKENSHARE, [
        [[100000], [50000]],
        [[375000], [150000]],
      ]),
    ).toEqual([[share(100000, 375000)], [share(50000, 150000)]]);
  });
  it('broadcasts a row against a column into a grid, as Excel arithmetic does', () => {
    const out = runFunction(TOKENSHARE, [[[100000], [200000]], [[100000, 300000]]]);
    expect(out).toEqual([
      [0.5, share(100000, 300000)],
      [share(200000, 100000), share(200000, 300000)],
    ]);
  });
  it('refuses shapes that cannot combine', () => {
    expect(
      runFunction(TOKENSHARE, [
        [[1], [2], [3]],
        [[1], [2]],
      ]),
    ).toEqual([[err('#VALUE!', 'arguments have different shapes')]]);
  });
  it('refuses ragged and empty ranges naming the argument', () => {
    expect(runFunction(TOKENSHARE, [[[1, 2], [3]], 1])).toEqual([
      [err('#VALUE!', 'compute_per_head must be a rectangular range')],
    ]);
    expect(runFunction(TOKENSHARE, [1, []])).toEqual([[err('#VALUE!', 'salary is an empty range')]]);
  });
  it('keeps each cell its own error inside a spill', () => {
    expect(runFunction(TOKENSHARE, [[[100000], [-1], ['x']], 375000])).toEqual([
      [share(100000, 375000)],
      [err('#NUM!', 'compute_per_head must be ≥ 0')],
      [err('#VALUE!', 'compute_per_head must be a number')],
    ]);
  });
});

describe('omitted, blank and zero', () => {
  it('null or undefined in an optional argument takes the default', () => {
    expect(runFunction(LOADED_COST, [100000, null, undefined, null, null])).toEqual([[100000]]);
    expect(runFunction(LOADED_COST, [100000])).toEqual([[100000]]);
    expect(runFunction(findFunction('COMPUTE_PER_HEAD')!, [1e6, 10, [[null]]])).toEqual([[2300]]);
  });
  it('a blank cell in a required argument is 0 (web null) exactly like desktop 0', () => {
    const web = runFunction(TOKENSHARE, [[[null], [100000]], 375000]);
    const desktop = runFunction(TOKENSHARE, [[[0], [100000]], 375000]);
    expect(web).toEqual(desktop);
    expect(runFunction(TOKENSHARE, [0, null])).toEqual([[err('#DIV/0!', 'the whole package is 0')]]);
  });
  it('a blank required number is 0 and still has to lie inside the domain', () => {
    const error = err('#NUM!', 'labor_exponent must be > 0');
    expect(runFunction(OPTIMAL_MIX, [1e7, 5e5, null, 0.3])).toEqual([[error, error, error]]);
  });
  it('an explicit 0 in an optional argument is 0, not the default', () => {
    expect(runFunction(findFunction('COMPUTE_PER_HEAD')!, [1e6, 10, 0])).toEqual([[0]]);
  });
});

describe('cell types', () => {
  it('text and logicals where a number belongs are #VALUE! naming the argument', () => {
    expect(runFunction(TOKENSHARE, ['abc', 1])).toEqual([[err('#VALUE!', 'compute_per_head must be a number')]]);
    expect(runFunction(TOKENSHARE, [1, true])).toEqual([[err('#VALUE!', 'salary must be a number')]]);
  });
  it('a data-type cell counts as its numeric basicValue', () => {
    expect(runFunction(TOKENSHARE, [{ type: 'Double', basicValue: 100000 }, 375000])).toEqual([
      [share(100000, 375000)],
    ]);
    expect(runFunction(TOKENSHARE, [{ type: 'Entity', basicValue: 'Acme' }, 1])).toEqual([
      [err('#VALUE!', 'compute_per_head must be a number')],
    ]);
  });
  it('NaN and ±Infinity inputs are #NUM!', () => {
    expect(runFunction(TOKENSHARE, [NaN, 1])).toEqual([[err('#NUM!', 'compute_per_head must be a finite number')]]);
    expect(runFunction(TOKENSHARE, [1, -Infinity])).toEqual([[err('#NUM!', 'salary must be a finite number')]]);
  });
  it('an overflowing result becomes #NUM! in one place', () => {
    expect(runFunction(LOADED_COST, [1e308, 1e10])).toEqual([[err('#NUM!', 'the result is not a finite number')]]);
  });
});

describe('errors in input cells', () => {
  it.each(['#VALUE!', '#N/A', '#DIV/0!', '#NUM!', '#NULL!'])('%s passes through with its code', (code) => {
    const out = runFunction(TOKENSHARE, [[[1], [{ code }]], 375000]);
    expect(out[0][0]).toBe(share(1, 375000));
    expect(out[1][0]).toEqual(err(code, `compute_per_head is ${code}`));
  });
  it.each(['#REF!', '#NAME?', '#SPILL!', '#CALC!', '#GETTING_DATA'])('%s becomes #VALUE! naming the code', (code) => {
    expect(runFunction(TOKENSHARE, [1, { code }])).toEqual([
      [err('#VALUE!', `salary is ${code}, which a function cannot return`)],
    ]);
  });
  it('keeps the message of an upstream error and reads Excel data-type errors', () => {
    expect(runFunction(TOKENSHARE, [new HcError('#N/A', 'never: x'), 1])).toEqual([
      [err('#N/A', 'compute_per_head is #N/A: never: x')],
    ]);
    expect(runFunction(TOKENSHARE, [1, { type: 'Error', basicValue: '#DIV/0!' }])).toEqual([
      [err('#DIV/0!', 'salary is #DIV/0!')],
    ]);
  });
  it('an input error wins over a later argument’s problem (first argument first)', () => {
    expect(runFunction(TOKENSHARE, [{ code: '#N/A' }, 'abc'])).toEqual([[err('#N/A', 'compute_per_head is #N/A')]]);
  });
});

describe('single and fixed-shape results', () => {
  it('a single-value parameter refuses a range and fills the row with the error', () => {
    const error = err('#VALUE!', 'labor_exponent must be a single value');
    expect(runFunction(OPTIMAL_MIX, [1e7, 5e5, [[0.7], [0.6]], 0.3])).toEqual([[error, error, error]]);
  });
  it('a domain error on a single value fills the row too', () => {
    const error = err('#NUM!', 'compute_exponent must be > 0');
    expect(runFunction(OPTIMAL_MIX, [1e7, 5e5, 0.7, 0])).toEqual([[error, error, error]]);
  });
  it('refuses more arguments than the function takes', () => {
    expect(runFunction(TOKENSHARE, [1, 2, 3, 4, 5])).toEqual([
      [err('#VALUE!', 'TOKENSHARE takes at most 4 arguments')],
    ]);
  });
});

describe('column parameters', () => {
  const CUMULATIVE: FunctionSpec = {
    id: 'CUMULATIVE',
    description: 'Running total of a column, for testing the runner.',
    params: [
      { name: 'start', description: 'Opening value.', kind: 'single', domain: { min: 0 } },
      { name: 'flows', description: 'Monthly flows.', kind: 'column' },
    ],
    result: { kind: 'table', rowsFrom: 'flows', labels: ['total', 'flow'] },
    compute: (start: number, flows: number[]) => {
      let total = start;
      return flows.map((flow) => [(total += flow), flow]);
    },
    examples: [],
  };
  it('reads a column as a series (blanks as 0) and spills one row per month', () => {
    expect(runFunction(CUMULATIVE, [10, [[1], [null], [3]]])).toEqual([
      [11, 1],
      [11, 0],
      [14, 3],
    ]);
  });
  it('refuses a multi-column range and passes an error inside the series through', () => {
    expect(runFunction(CUMULATIVE, [0, [[1, 2]]])).toEqual([
      [err('#VALUE!', 'flows must be a single column'), err('#VALUE!', 'flows must be a single column')],
    ]);
    expect(runFunction(CUMULATIVE, [0, [[1], [{ code: '#N/A' }]]])[0][0]).toEqual(err('#N/A', 'flows is #N/A'));
  });
});
