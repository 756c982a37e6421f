import type { FunctionSpec } from '../registry';

/** Rows × columns of a result or an argument, as HyperFormula predicts it when it reads a formula. */
export interface Size {
  rows: number;
  columns: number;
}

const ONE: Size = { rows: 1, columns: 1 };

/** Sizes combine per dimension when equal or 1 (a 1 broadcasts); undefined when they cannot. */
function broadcast(sizes: readonly Size[]): Size | undefined {
  let { rows, columns } = ONE;
  for (const size of sizes) {
    if (size.rows !== 1 && rows !== 1 && size.rows !== rows) return undefined;
    if (size.columns !== 1 && columns !== 1 && size.columns !== columns) return undefined;
    rows = Math.max(rows, size.rows);
    columns = Math.max(columns, size.columns);
  }
  return { rows, columns };
}

/** What sizing needs of a spec, worked out once per function (sizing runs for every formula). */
interface Arity {
  required: number;
  elementwise: number[];
}
const ARITY = new WeakMap<FunctionSpec, Arity>();

export function arity(spec: FunctionSpec): Arity {
  let known = ARITY.get(spec);
  if (!known) {
    known = {
      required: spec.params.filter((param) => param.default === undefined).length,
      elementwise: spec.params.flatMap((param, index) =>
        (param.kind ?? 'elementwise') === 'elementwise' ? [index] : [],
      ),
    };
    ARITY.set(spec, known);
  }
  return known;
}

/**
 * The size of an HC function's result from the registry's ResultShape, given the sizes of the
 * arguments as written (`argumentSize(i)`, known when the formula is parsed, never from a cell's
 * value): element-wise → the broadcast of the element-wise arguments; row → 1 × labels; table →
 * the column argument's rows × labels. A call the runner answers with one error is 1 × 1.
 */
export function resultSize(spec: FunctionSpec, argumentCount: number, argumentSize: (index: number) => Size): Size {
  const { required, elementwise } = arity(spec);
  if (argumentCount < required || argumentCount > spec.params.length) return ONE;
  const sizeOf = (index: number) => (index < argumentCount ? argumentSize(index) : ONE);
  const shape = spec.result;
  switch (shape.kind) {
    case 'row':
      return { rows: 1, columns: shape.labels.length };
    case 'table': {
      const index = spec.params.findIndex((param) => param.name === shape.rowsFrom);
      return { rows: sizeOf(index).rows, columns: shape.labels.length };
    }
    case 'scalar':
      return broadcast(elementwise.map(sizeOf)) ?? ONE;
  }
}
