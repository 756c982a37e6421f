import { isHcError } from '../../model/errors';
import { findFunction, runFunction, type OutputCell } from '../../registry';
import type { PlannerInputs } from './inputs';
import { MEASURES, PROJECTION, type MeasureKey, type Operand, type ProjectionKey } from './measures';

export type Results = Record<MeasureKey, OutputCell>;

/** One row of the monthly table. */
export type ProjectionRow = { month: number } & Record<ProjectionKey, OutputCell>;

/** Runs an HC function through the registry runner (the code Excel runs) on single values. */
export function callHc(id: string, args: readonly unknown[]): OutputCell {
  const spec = findFunction(id);
  if (!spec) throw new Error(`the registry has no function ${id}`);
  return runFunction(spec, args)[0][0];
}

interface Scope {
  inputs: PlannerInputs;
  measures: Partial<Results>;
  row?: Partial<ProjectionRow>;
}

function evaluate(operand: Operand, scope: Scope): OutputCell {
  if ('input' in operand) return scope.inputs[operand.input];
  if ('constant' in operand) return operand.constant;
  if ('measure' in operand || 'column' in operand || 'month' in operand) {
    const value =
      'measure' in operand
        ? scope.measures[operand.measure]
        : 'column' in operand
          ? scope.row?.[operand.column]
          : scope.row?.month;
    if (value === undefined) throw new Error(`operand ${JSON.stringify(operand)} is used before it is computed`);
    return value;
  }
  const parts = 'sum' in operand ? operand.sum : 'difference' in operand ? operand.difference : operand.product;
  const values = parts.map((part) => evaluate(part, scope));
  const error = values.find(isHcError);
  if (error) return error;
  const numbers = values as number[];
  if ('sum' in operand) return numbers.reduce((total, value) => total + value, 0);
  if ('difference' in operand) return numbers[0] - numbers[1];
  return numbers[0] * numbers[1];
}

/**
 * Every result for a set of inputs. An error in a measure flows into the measures built on it, as
 * in a sheet; an error from an HC function keeps its message ("never: …", "budget must be ≥ 0").
 */
export function computeResults(inputs: PlannerInputs): Results {
  const measures: Partial<Results> = {};
  for (const measure of MEASURES) {
    const scope = { inputs, measures };
    measures[measure.key] =
      'fn' in measure.call
        ? callHc(
            measure.call.fn,
            measure.call.args.map((arg) => evaluate(arg, scope)),
          )
        : evaluate(measure.call.value, scope);
  }
  return measures as Results;
}

/** The monthly table, month 0 (today) to the horizon: the same calls an inserted sheet makes per row. */
export function computeProjection(inputs: PlannerInputs, results: Results): ProjectionRow[] {
  return Array.from({ length: inputs.horizonMonths + 1 }, (_, month) => {
    const row: Partial<ProjectionRow> = { month };
    for (const column of PROJECTION) {
      row[column.key] = callHc(
        column.fn,
        column.args.map((arg) => evaluate(arg, { inputs, measures: results, row })),
      );
    }
    return row as ProjectionRow;
  });
}
