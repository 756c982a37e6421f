import { HcError, isHcError } from '../model/errors';
import { ArgValue, coerceCell, RawCell } from './cells';
import type { FunctionSpec, ParamSpec } from './types';

/** One output cell: a finite number or an error. Never null, NaN or ±Infinity. */
export type OutputCell = number | HcError;
export type OutputMatrix = OutputCell[][];
type Matrix = readonly (readonly RawCell[])[];

const kindOf = (param: ParamSpec) => param.kind ?? 'elementwise';

/** A host argument (a value, or rows of cells for a range) as a rectangular matrix. */
function toMatrix(raw: unknown, param: ParamSpec): Matrix | HcError {
  if (!Array.isArray(raw)) return [[raw]];
  const rows = raw.every(Array.isArray) ? (raw as unknown[][]) : [raw];
  if (rows.length === 0 || rows[0].length === 0) return new HcError('#VALUE!', `${param.name} is an empty range`);
  if (rows.some((row) => row.length !== rows[0].length)) {
    return new HcError('#VALUE!', `${param.name} must be a rectangular range`);
  }
  return rows;
}

/** NaN or ±Infinity become #NUM! here and nowhere else. */
function finite(value: number | HcError): OutputCell {
  if (isHcError(value)) return value;
  return Number.isFinite(value) ? value : new HcError('#NUM!', 'the result is not a finite number');
}

/** Every result, whatever its shape, as rows of cells. */
function toOutput(result: unknown, columns: number): OutputMatrix {
  if (isHcError(result)) return [Array.from({ length: columns }, () => result)];
  if (typeof result === 'number') return [[finite(result)]];
  const rows = (result as unknown[]).every(Array.isArray) ? (result as number[][]) : [result as number[]];
  return rows.map((row) => row.map(finite));
}

const single = (error: HcError): OutputMatrix => [[error]];

/** Combined shape of element-wise arguments: per dimension equal, or 1 (which broadcasts). */
function broadcastShape(matrices: readonly Matrix[]): [number, number] | undefined {
  let rows = 1;
  let columns = 1;
  for (const matrix of matrices) {
    const [r, c] = [matrix.length, matrix[0].length];
    if (r !== 1 && rows !== 1 && r !== rows) return undefined;
    if (c !== 1 && columns !== 1 && c !== columns) return undefined;
    rows = Math.max(rows, r);
    columns = Math.max(columns, c);
  }
  return [rows, columns];
}

const at = (matrix: Matrix, row: number, column: number): RawCell =>
  matrix[matrix.length === 1 ? 0 : row][matrix[0].length === 1 ? 0 : column];

/**
 * A `column` argument as a list of numbers, or the first error in it. An optional column that is
 * omitted (or one blank cell) is the empty list: the model decides what its absence means.
 */
function readColumn(matrix: Matrix, param: ParamSpec): ArgValue[] | HcError {
  if (param.default !== undefined && matrix.length === 1 && matrix[0].length === 1) {
    const [[cell]] = matrix;
    if (cell === null || cell === undefined || cell === param.default) return [];
  }
  if (matrix[0].length !== 1) return new HcError('#VALUE!', `${param.name} must be a single column`);
  const values: ArgValue[] = [];
  for (const [cell] of matrix) {
    const value = coerceCell(cell === null || cell === undefined ? 0 : cell, param);
    if (isHcError(value)) return value;
    values.push(value);
  }
  return values;
}

/**
 * The one runner every host calls: checks arity and shapes, coerces each cell, applies defaults and
 * domains, broadcasts element-wise arguments, calls the model and returns rows of finite numbers or
 * errors. Never throws for anything a user can type.
 */
export function runFunction(spec: FunctionSpec, rawArgs: readonly unknown[]): OutputMatrix {
  const columns = spec.result.kind === 'scalar' ? 1 : spec.result.labels.length;
  if (rawArgs.length > spec.params.length) {
    return single(new HcError('#VALUE!', `${spec.id} takes at most ${spec.params.length} arguments`));
  }
  const matrices: Matrix[] = [];
  for (const [index, param] of spec.params.entries()) {
    const matrix = toMatrix(rawArgs[index], param);
    if (isHcError(matrix)) return single(matrix);
    matrices.push(matrix);
  }

  const fixed: (ArgValue | ArgValue[] | undefined)[] = [];
  for (const [index, param] of spec.params.entries()) {
    const matrix = matrices[index];
    const kind = kindOf(param);
    if (kind === 'elementwise') {
      fixed.push(undefined);
      continue;
    }
    const value =
      kind === 'column'
        ? readColumn(matrix, param)
        : matrix.length === 1 && matrix[0].length === 1
          ? coerceCell(matrix[0][0], param)
          : new HcError('#VALUE!', `${param.name} must be a single value`);
    if (isHcError(value)) return toOutput(value, columns);
    fixed.push(value);
  }

  const call = spec.compute as (...args: (ArgValue | ArgValue[])[]) => unknown;
  const varying: number[] = [];
  const args = fixed as (ArgValue | ArgValue[])[];
  for (const [index, param] of spec.params.entries()) {
    if (kindOf(param) !== 'elementwise') continue;
    const matrix = matrices[index];
    if (matrix.length > 1 || matrix[0].length > 1) {
      varying.push(index);
      continue;
    }
    // A 1×1 argument broadcasts: coerce it once, not once per output cell.
    const value = coerceCell(matrix[0][0], param);
    if (isHcError(value)) return single(value);
    args[index] = value;
  }
  if (varying.length === 0) return toOutput(call(...args), columns);

  const shape = broadcastShape(varying.map((index) => matrices[index]));
  if (!shape) return single(new HcError('#VALUE!', 'arguments have different shapes'));
  const [rows, cols] = shape;
  const output: OutputMatrix = [];
  for (let row = 0; row < rows; row++) {
    const line: OutputCell[] = new Array(cols);
    for (let column = 0; column < cols; column++) {
      line[column] = evaluateCell(spec, matrices, varying, args, row, column, call);
    }
    output.push(line);
  }
  return output;
}

/** One output cell: reads the varying arguments at (row, column) into `args`, then calls the model. */
function evaluateCell(
  spec: FunctionSpec,
  matrices: readonly Matrix[],
  varying: readonly number[],
  args: (ArgValue | ArgValue[])[],
  row: number,
  column: number,
  call: (...args: (ArgValue | ArgValue[])[]) => unknown,
): OutputCell {
  for (let i = 0; i < varying.length; i++) {
    const index = varying[i];
    const value = coerceCell(at(matrices[index], row, column), spec.params[index]);
    if (isHcError(value)) return value;
    args[index] = value;
  }
  const result = call(...args);
  return isHcError(result) ? result : finite(result as number);
}
