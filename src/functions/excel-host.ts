import { HcError, isHcError } from '../model/errors';
import { loadCatalogue, loadedCatalogue } from '../prices/catalogue';
import { findFunction, runFunction } from '../registry';
import type { OutputMatrix } from '../registry';

/** Excel shows a custom message only for these codes; others are returned without one. */
const CODES_WITH_MESSAGES = new Set<string>(['#VALUE!', '#N/A']);

function toExcelError(error: HcError): CustomFunctions.Error {
  const code = error.code as CustomFunctions.ErrorCode;
  return CODES_WITH_MESSAGES.has(error.code)
    ? new CustomFunctions.Error(code, error.message)
    : new CustomFunctions.Error(code);
}

/** In place: the runner's rows are fresh arrays, and copying 100,000 of them doubled a big range's time. */
function toExcel(output: OutputMatrix): (number | CustomFunctions.Error)[][] {
  const cells = output as (number | HcError | CustomFunctions.Error)[][];
  for (const row of cells) {
    for (let column = 0; column < row.length; column++) {
      const cell = row[column];
      if (isHcError(cell)) row[column] = toExcelError(cell);
    }
  }
  return cells as (number | CustomFunctions.Error)[][];
}

/**
 * The Excel face of the registry: every generated wrapper calls this. The only place that knows
 * `CustomFunctions.Error`. The guard keeps an unforeseen bug from surfacing as a raw exception in a cell.
 */
export function invoke(id: string, args: readonly unknown[]): (number | CustomFunctions.Error)[][] {
  const spec = findFunction(id);
  if (!spec) return [[toExcelError(new HcError('#VALUE!', `unknown function ${id}`))]];
  try {
    return toExcel(runFunction(spec, args));
  } catch (cause) {
    return [[toExcelError(new HcError('#VALUE!', `internal error in ${id}: ${String(cause)}`))]];
  }
}

const holdsText = (arg: unknown): boolean =>
  Array.isArray(arg) &&
  arg.some((row) => Array.isArray(row) && row.some((cell) => typeof cell === 'string' && cell !== ''));

/**
 * For functions whose arguments may name a model: the price catalogue (a separate chunk, ≈480 KB) is
 * fetched first, once, and only when an argument holds text.
 */
export async function invokeWithCatalogue(
  id: string,
  args: readonly unknown[],
): Promise<(number | CustomFunctions.Error)[][]> {
  if (!loadedCatalogue() && args.some(holdsText)) {
    try {
      await loadCatalogue();
    } catch (cause) {
      return [[toExcelError(new HcError('#N/A', `the price catalogue could not be loaded: ${String(cause)}`))]];
    }
  }
  return invoke(id, args);
}
