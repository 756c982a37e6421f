import {
  ArraySize,
  CellError,
  EmptyValue,
  ErrorType,
  FunctionPlugin,
  HyperFormula,
  SimpleRangeValue,
} from 'hyperformula';
import type { ImplementedFunctions } from 'hyperformula';
import type { InterpreterState } from 'hyperformula/typings/interpreter/InterpreterState';
import type { InterpreterValue } from 'hyperformula/typings/interpreter/InterpreterValue';
import type { ProcedureAst } from 'hyperformula/typings/parser';
import { HcError, isHcError } from '../model/errors';
import { FUNCTIONS, runFunction } from '../registry';
import type { FunctionSpec, OutputCell, OutputMatrix } from '../registry';
import { toCellError, toInputError } from './errors';
import { arity, resultSize, Size } from './result-size';

/** How a function is typed in a formula: `HC.TOKENSHARE`. HyperFormula matches names case-insensitively. */
export const formulaName = (spec: FunctionSpec): string => `HC.${spec.id}`;

const SPECS = new Map(FUNCTIONS.map((spec) => [formulaName(spec), spec]));
const DECLARED_SIZES = new WeakMap<ProcedureAst, Size>();

/** One input cell as the runner takes it: number, text, logical, null for blank, or an input error. */
function rawCell(value: unknown): unknown {
  if (value === EmptyValue) return null;
  if (value instanceof CellError) return toInputError(value);
  // Dates, percentages and currencies arrive as HyperFormula's RichNumber, whose number is `val`.
  if (typeof value === 'object' && value !== null) return (value as { val: number }).val;
  return value;
}

/** Excel refuses a formula with too few arguments when it is typed; the engine answers #VALUE!. */
function missingArguments(spec: FunctionSpec, count: number): HcError | undefined {
  const { required } = arity(spec);
  return count < required ? new HcError('#VALUE!', `${spec.id} needs at least ${required} arguments`) : undefined;
}

const toEngineCell = (cell: OutputCell) => (isHcError(cell) ? toCellError(cell) : cell);

/** The runner's rows as a HyperFormula value of the size declared when the formula was parsed. */
function toEngineValue(spec: FunctionSpec, output: OutputMatrix, declared: Size): InterpreterValue {
  const [rows, columns] = [output.length, output[0].length];
  if (rows === declared.rows && columns === declared.columns) {
    return rows === 1 && columns === 1
      ? toEngineCell(output[0][0])
      : SimpleRangeValue.onlyValues(output.map((row) => row.map(toEngineCell)));
  }
  // One error for the whole call (wrong arity, shapes that do not combine, a `single` argument given
  // a range): the engine shows it once, in the formula's cell, since it cannot shrink a declared spill.
  const first = output[0][0];
  const sameError = (cell: OutputCell) =>
    isHcError(cell) && isHcError(first) && cell.code === first.code && cell.message === first.message;
  if (output.every((row) => row.every(sameError))) return toCellError(first as HcError);
  return new CellError(
    ErrorType.VALUE,
    `${formulaName(spec)} gives ${rows}×${columns} cells but the formula, as written, spills ${declared.rows}×${declared.columns}: ` +
      'a spill size must follow from the formula (a range, an array, SEQUENCE(24)), not from a value computed from cells',
  );
}

/**
 * Every registry function as a HyperFormula function, run by the same runner as Excel's
 * wrappers. Arguments are evaluated here, not by HyperFormula's typed-argument machinery, so the
 * runner receives raw values and whole ranges (and input errors with their messages) exactly as
 * it does from Excel; HyperFormula learns each result's size from the registry's ResultShape.
 */
export class HcFunctionPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
    [...SPECS.keys()].map((name) => [name, { method: 'hcFunction', sizeOfResultArrayMethod: 'hcResultSize' }]),
  );

  hcFunction(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    const spec = SPECS.get(ast.procedureName) as FunctionSpec;
    const missing = missingArguments(spec, ast.args.length);
    if (missing) return toCellError(missing);
    // Each argument as the runner takes it: a value, or rows of cells for a range or an array.
    const args: unknown[] = [];
    let ranges = false;
    for (const arg of ast.args) {
      const value = this.evaluateAst(arg, state);
      if (value instanceof SimpleRangeValue) {
        ranges = true;
        args.push(value.data.map((row) => row.map(rawCell)));
      } else args.push(rawCell(value));
    }
    let output: OutputMatrix;
    try {
      output = runFunction(spec, args);
    } catch (cause) {
      // The runner never throws for user input; this keeps a bug from aborting a whole recalculation.
      return toCellError(new HcError('#VALUE!', `internal error in ${spec.id}: ${String(cause)}`));
    }
    // Values in, one value out: nothing to size (the common case, kept fast).
    if (!ranges && output.length === 1 && output[0].length === 1) return toEngineCell(output[0][0]);
    return toEngineValue(spec, output, this.declaredSize(spec, ast, state));
  }

  hcResultSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
    const size = this.declaredSize(SPECS.get(ast.procedureName) as FunctionSpec, ast, state);
    return new ArraySize(size.columns, size.rows);
  }

  /**
   * Sizes depend on the formula's text only, and HyperFormula shares one parsed formula among all
   * cells where it reads the same (relative to the cell), so each is worked out once.
   */
  private declaredSize(spec: FunctionSpec, ast: ProcedureAst, state: InterpreterState): Size {
    let size = DECLARED_SIZES.get(ast);
    if (!size) {
      size = resultSize(spec, ast.args.length, (index) => {
        const argument = this.arraySizeForAst(ast.args[index], state);
        return { rows: argument.height, columns: argument.width };
      });
      DECLARED_SIZES.set(ast, size);
    }
    return size;
  }
}

let registered = false;

/** Registers the HC functions with HyperFormula (a process-wide registry) once. */
export function registerHcFunctions(): void {
  if (registered) return;
  const names = Object.fromEntries([...SPECS.keys()].map((name) => [name, name]));
  HyperFormula.registerFunctionPlugin(HcFunctionPlugin, { enGB: names });
  registered = true;
}
