import { FUNCTIONS } from './functions';
import type { FunctionSpec } from './types';

export { FUNCTIONS };
export { runFunction } from './runner';
export type { OutputCell, OutputMatrix } from './runner';
export type { FunctionSpec, ParamSpec, Example, ExpectedCell, ResultShape } from './types';

const BY_ID = new Map(FUNCTIONS.map((spec) => [spec.id, spec]));

/** A function by id, case-insensitive, with or without the `HC.` prefix. */
export function findFunction(name: string): FunctionSpec | undefined {
  return BY_ID.get(name.trim().toUpperCase().replace(/^HC\./, ''));
}

/** `TOKENSHARE(compute_per_head, salary, [bonus=0], [equity=0])` */
export function signature(spec: FunctionSpec): string {
  const params = spec.params.map((param) => {
    if (param.default === undefined) return param.name;
    // An empty-text default means "none": the parameter is simply optional.
    return param.default === '' ? `[${param.name}]` : `[${param.name}=${JSON.stringify(param.default)}]`;
  });
  return `${spec.id}(${params.join(', ')})`;
}
