import type { ErrorCode, Outcome } from '../model/errors';
import type { PriceKind } from '../prices/kinds';

/**
 * How a parameter takes ranges:
 * - `elementwise`: a value or a range; ranges combine element by element, a 1×1 value broadcasts;
 * - `single`: exactly one value;
 * - `column`: a one-column range read as a time series (month 1 first).
 */
export type ParamKind = 'elementwise' | 'single' | 'column';

/**
 * What a parameter's cells hold. `number` is the rule; `text` is for ids and options; `model` is a model
 * id of the price catalogue; `price` is a number, or a model id standing for its price of kind `priceOf`;
 * `date` is an Excel date serial or ISO date text (YYYY-MM-DD), coerced to a serial.
 */
export type ParamType = 'number' | 'text' | 'model' | 'price' | 'date';

/** The numbers a parameter accepts; anything else is `#NUM!` with a message built from this. */
export interface Domain {
  min?: number;
  /** true: the minimum itself is outside the domain (e.g. growth > −100%). */
  minExclusive?: boolean;
  max?: number;
  maxExclusive?: boolean;
  integer?: boolean;
  /** Only these values (e.g. timing 0 or 1). */
  oneOf?: readonly number[];
}

export interface ParamSpec {
  name: string;
  description: string;
  kind?: ParamKind;
  type?: ParamType;
  /** Present for optional parameters: the value an omitted or null argument takes. */
  default?: number | string;
  domain?: Domain;
  /** For `price` parameters: which price of a model id stands in (default the labelled 3:1 blend). */
  priceOf?: PriceKind;
}

/**
 * The shape of a result:
 * - `scalar`: one number per element of the element-wise arguments (a spill when they are ranges);
 * - `row`: a fixed 1×n row, one label per column;
 * - `table`: as many rows as the `column` parameter `rowsFrom`, one label per column.
 */
export type ResultShape =
  | { kind: 'scalar' }
  | { kind: 'row'; labels: readonly string[] }
  | { kind: 'table'; rowsFrom: string; labels: readonly string[] };

/** One cell of an example's expected result: a number, or an error with its message. */
export type ExpectedCell = number | { error: ErrorCode; message?: string };

export interface Example {
  /** As an analyst types it in Excel. */
  formula: string;
  /** The same arguments as values; a range is a matrix (rows of cells). */
  args: readonly unknown[];
  /** A number, an error, or the whole spill. */
  expected: ExpectedCell | readonly (readonly ExpectedCell[])[];
  /** What the example shows, in the analyst's terms. */
  note?: string;
}

/**
 * The model call: takes the coerced arguments in parameter order. `never[]` accepts any typed signature.
 * A table may hold an error in one cell (e.g. a share of a month that costs nothing).
 */
export type ModelCall = (
  ...args: never[]
) => Outcome<number> | Outcome<Outcome<number>[]> | Outcome<Outcome<number>[][]>;

export interface FunctionSpec {
  /** Excel id without namespace, e.g. `TOKENSHARE` (typed as `=HC.TOKENSHARE`). Public API: never rename. */
  id: string;
  description: string;
  /** Parameters in order. Public API: never reorder; add only optional ones at the end. */
  params: readonly ParamSpec[];
  result: ResultShape;
  compute: ModelCall;
  examples: readonly Example[];
  /**
   * The same result as native Excel arithmetic, for share-safe copies that compute without the
   * add-in: given each parameter's value expression (by name, defaults applied, already checked to
   * be numbers inside their domains), the native expression of output column `column`. Only
   * functions that older Excel and LibreOffice can evaluate this way have one.
   */
  native?: NativeForm;
  /**
   * No native form, but the same arguments always give the same result (a seeded simulation): a
   * share-safe copy holds the values it returns when the copy is made, from arguments that are
   * literals or cells holding constants, and its cover sheet says so.
   */
  frozenInShare?: boolean;
}

export type NativeForm = (values: Readonly<Record<string, string>>, column: number, table?: NativeTableRow) => string;

/**
 * For a `table` result: the output row (`month`, 1-based) and every element of each `column` parameter
 * (month 1 first), so a row's formula can read the months before it. A blank element reads as 0 in
 * arithmetic; the elements are already checked to be numbers inside their domains.
 */
export interface NativeTableRow {
  month: number;
  series: Readonly<Record<string, readonly string[]>>;
}
