import { findFunction } from '../registry';
import type { PriceKind } from '../prices/kinds';
import type { FunctionSpec } from '../registry/types';
import { FormulaItem, parseFormula, printFormula } from './formula';
import { guardedNativeCall, NATIVE_VALUE_ERROR, nativeDefault, type NativeElement } from './native-call';
import { FrozenCalls, type FrozenCall } from './frozen-calls';
import { knownValue, stringLiteral, TranslationContext, UnresolvedLookup } from './known-values';
import { PriceLookups, ReplacedPrice } from './price-lookups';
import { cellOfRange, isWholeLines, referenceShape, Shape } from './references';
import { hcFunctionId } from './spellings';

/** Excel's limit on formula length. */
const MAX_FORMULA_LENGTH = 8192;
/** Native functions whose result is an array: an HC argument built from them has no fixed shape here. */
const ARRAY_FUNCTIONS =
  /^(?:_xlfn\.)?(?:_xlws\.)?(?:TRANSPOSE|FILTER|SORT|SORTBY|UNIQUE|RANDARRAY|MMULT|CHOOSECOLS|CHOOSEROWS|TAKE|DROP|VSTACK|HSTACK|TOCOL|TOROW|WRAPCOLS|WRAPROWS|EXPAND|FREQUENCY|LINEST|LOGEST|TREND|GROWTH|MINVERSE|MUNIT|OFFSET|INDIRECT)$/i;
const SEQUENCE = /^(?:_xlfn\.)?SEQUENCE$/i;

export type { FrozenCall } from './frozen-calls';
export type { TranslationContext } from './known-values';
export type { ReplacedPrice } from './price-lookups';

/**
 * What a formula becomes in a share-safe copy: one native formula per output cell, or why not.
 * `replacedPrices` (present only when there are some) lists the price lookups — TOKENPRICE calls and
 * model ids in price slots — that became the numbers they returned, and `frozenCalls` the calls that
 * became the values they returned (seeded simulations), for the cover sheet.
 */
export type Translation =
  | { ok: true; changed: boolean; cells: string[][]; replacedPrices?: ReplacedPrice[]; frozenCalls?: FrozenCall[] }
  | { ok: false; reason: string };

/** Resolves a defined name to the shape of the range it refers to (single cells and unknown names: 1×1). */
export type NameShapes = (name: string) => Shape | undefined;

class Untranslatable extends Error {}

const isBlank = (item: FormulaItem) => item.kind === 'token' && item.text.trim() === '';
const meaningful = (items: readonly FormulaItem[]) => items.filter((item) => !isBlank(item));

/** An argument's shape and how to read its element (row, column), 1-based. */
interface Operand {
  shape: Shape;
  element(row: number, column: number): Element;
}

/** The native text of one element; `reference` when it may be a blank cell, `address` when it is one known cell. */
interface Element {
  text: string;
  reference: boolean;
  address?: string;
}

/** A price lookup with no native form (a function with a model parameter, TOKENPRICE): it becomes its number. */
const isPriceLookup = (spec: FunctionSpec) => !spec.native && spec.params.some((param) => param.type === 'model');

export class FormulaTranslator {
  private lookups = new PriceLookups();
  private frozen = new FrozenCalls();

  /**
   * `context.cellValue` lets model ids held in cells become prices too (literal ids always do), and
   * calls evaluated when sharing read the cells it knows.
   */
  constructor(
    private readonly nameShape: NameShapes = () => undefined,
    private readonly context: TranslationContext = {},
  ) {}

  private readonly replacedSoFar = new Map<string, ReplacedPrice>();

  /** Every price lookup replaced by this translator so far, once each: what a cover sheet lists. */
  get replacedPrices(): ReplacedPrice[] {
    return [...this.replacedSoFar.values()];
  }

  /** Translates one cell's formula (with or without `=`). */
  translate(formula: string): Translation {
    const items = parseFormula(formula);
    if (!containsHcCall(items)) return { ok: true, changed: false, cells: [[formula.replace(/^=/, '')]] };
    this.lookups = new PriceLookups();
    this.frozen = new FrozenCalls();
    try {
      const parts = meaningful(items);
      const single = parts.length === 1 && parts[0].kind === 'call' ? parts[0] : undefined;
      const cells =
        single && hcFunctionId(single.name)
          ? this.spill(single)
          : [[printFormula(items.map((item) => this.scalarItem(item)))]];
      const tooLong = cells.flat().find((cell) => cell.length > MAX_FORMULA_LENGTH);
      if (tooLong)
        throw new Untranslatable(
          `the native formula would be ${tooLong.length} characters (Excel allows ${MAX_FORMULA_LENGTH})`,
        );
      const replacedPrices = this.lookups.replacements;
      for (const price of replacedPrices) this.replacedSoFar.set(JSON.stringify(price), price);
      const frozenCalls = this.frozen.records;
      return {
        ok: true,
        changed: true,
        cells,
        ...(replacedPrices.length > 0 ? { replacedPrices } : {}),
        ...(frozenCalls.length > 0 ? { frozenCalls } : {}),
      };
    } catch (error) {
      if (error instanceof Untranslatable || error instanceof UnresolvedLookup)
        return { ok: false, reason: error.message };
      throw error;
    }
  }

  /** The spill of a top-level HC call: a native formula for each output cell. */
  private spill(call: Extract<FormulaItem, { kind: 'call' }>): string[][] {
    const operand = this.hcOperand(call);
    const [rows, columns] = operand.shape;
    return Array.from({ length: rows }, (_, row) =>
      Array.from({ length: columns }, (_, column) => operand.element(row + 1, column + 1).text),
    );
  }

  /** An item inside a native formula: HC calls in it must give one value. */
  private scalarItem(item: FormulaItem): FormulaItem {
    if (item.kind === 'group') return { kind: 'group', items: item.items.map((inner) => this.scalarItem(inner)) };
    if (item.kind !== 'call') return item;
    if (!hcFunctionId(item.name)) {
      return {
        kind: 'call',
        name: item.name,
        args: item.args.map((arg) => arg.map((inner) => this.scalarItem(inner))),
      };
    }
    const operand = this.hcOperand(item);
    if (operand.shape[0] !== 1 || operand.shape[1] !== 1) {
      throw new Untranslatable(`${item.name} spills ${operand.shape.join('×')} inside another formula`);
    }
    return { kind: 'token', text: operand.element(1, 1).text };
  }

  private spec(name: string): FunctionSpec {
    const id = hcFunctionId(name)!;
    const spec = findFunction(id);
    if (!spec) throw new Untranslatable(`HC.${id} is not a function of this add-in version`);
    if (!spec.native && !isPriceLookup(spec) && !spec.frozenInShare)
      throw new Untranslatable(`HC.${id} has no native form`);
    return spec;
  }

  private hcOperand(call: Extract<FormulaItem, { kind: 'call' }>): Operand {
    const spec = this.spec(call.name);
    if (call.args.length > spec.params.length) return errorOperand([1, 1]);
    if (isPriceLookup(spec) || spec.frozenInShare) return this.constantOperand(spec, call);
    const operands = spec.params.map((_, index) => {
      const arg = call.args[index];
      return arg === undefined || meaningful(arg).length === 0 ? undefined : this.operand(arg);
    });
    const table = spec.result.kind === 'table';
    const shape = table ? tableShape(spec, operands) : resultShape(spec, operands);
    if (!shape) return errorOperand(spec.result.kind === 'scalar' ? [1, 1] : [1, spec.result.labels.length]);
    // A table's column arguments (time series): every element, read once for all output cells.
    const series: Record<string, NativeElement[]> = {};
    if (table) {
      spec.params.forEach((param, index) => {
        const operand = operands[index];
        // An omitted optional column has no elements: the native form sees it absent, as the model does.
        if (param.kind !== 'column' || (!operand && param.default !== undefined)) return;
        // A cell of a range reads as its address: the same cell as INDEX(range, k, 1), in far fewer characters.
        const element = (row: number): NativeElement => {
          const { text, reference, address } = operand!.element(row, 1);
          return { text: address ?? text, reference };
        };
        series[param.name] = operand
          ? Array.from({ length: operand.shape[0] }, (_, row) => element(row + 1))
          : [{ text: nativeDefault(param), reference: false }];
      });
    }
    return {
      shape,
      element: (row, column) => {
        const values: Record<string, string> = {};
        const blankAsZero = new Set<string>();
        for (const [index, param] of spec.params.entries()) {
          const operand = operands[index];
          const fallback = nativeDefault(param);
          if (series[param.name]) {
            values[param.name] = series[param.name][row - 1].text;
            continue;
          }
          if (!operand) {
            values[param.name] = fallback;
            continue;
          }
          const [rows, columns] = operand.shape;
          // A table's other arguments are single values; a scalar result broadcasts element-wise.
          const element = table
            ? operand.element(1, 1)
            : operand.element(rows === 1 ? 1 : row, columns === 1 ? 1 : column);
          const price = param.type === 'price' ? this.priceOfModel(element, param.priceOf ?? 'blended') : undefined;
          // An unknown model makes the whole cell its error, as the runner does.
          if (price?.failed) return { text: price.text, reference: false };
          if (price) {
            values[param.name] = price.text;
          } else if (element.reference && fallback !== '0') {
            values[param.name] = `IF(ISBLANK(${element.text}),${fallback},${element.text})`;
          } else {
            // A blank cell is 0 in arithmetic, functions and comparisons alike: only the guard must know.
            values[param.name] = element.text;
            if (element.reference) blankAsZero.add(param.name);
          }
        }
        const outputColumn = spec.result.kind === 'scalar' ? 0 : column - 1;
        const tableRow = table ? { month: row, series } : undefined;
        const text = guardedNativeCall(spec, values, outputColumn, tableRow, blankAsZero);
        return { text, reference: false };
      },
    };
  }

  /** A model id in a price slot (a text literal, or a known cell holding text) → its price, or undefined. */
  private priceOfModel(element: Element, kind: PriceKind): { text: string; failed: boolean } | undefined {
    const held = element.address ? this.context.cellValue?.(element.address) : undefined;
    const model = stringLiteral(element.text) ?? (typeof held === 'string' ? held : undefined);
    if (model === undefined) return undefined;
    return this.lookups.modelPrice(model, kind);
  }

  /**
   * A call evaluated now, from arguments that are literals or known cells: a price lookup becomes the
   * number it returns, a seeded simulation the values it returns (one constant per output cell).
   */
  private constantOperand(spec: FunctionSpec, call: Extract<FormulaItem, { kind: 'call' }>): Operand {
    const what = `HC.${spec.id}`;
    const values = spec.params.map((_, index) => {
      const text = printFormula(call.args[index] ?? []).trim();
      const shape = referenceShape(text);
      if ((shape && (shape[0] > 1 || shape[1] > 1)) || isWholeLines(text)) {
        const advice = isPriceLookup(spec) ? '; give one model per call' : '';
        throw new Untranslatable(`${what} over the range ${text} has no native form${advice}`);
      }
      return knownValue(text, Boolean(shape) || isDefinedName(text), what, this.context);
    });
    if (isPriceLookup(spec)) {
      let text: string | undefined;
      return {
        shape: [1, 1],
        element: () => ({ text: (text ??= this.lookups.lookup(spec, values)), reference: false }),
      };
    }
    const written = `${what}(${call.args.map((arg) => printFormula(arg).trim()).join(',')})`;
    const cells = this.frozen.evaluate(spec, values, written);
    return {
      shape: [cells.length, cells[0].length],
      element: (row, column) => ({ text: cells[row - 1][column - 1], reference: false }),
    };
  }

  /** An argument of an HC call: its shape and elements. */
  private operand(arg: readonly FormulaItem[]): Operand {
    const parts = meaningful(arg);
    const only = parts.length === 1 ? parts[0] : undefined;
    if (only?.kind === 'token') {
      if (isWholeLines(only.text))
        throw new Untranslatable(`whole columns or rows (${only.text}) are too large to translate`);
      const shape = referenceShape(only.text);
      if (shape && (shape[0] > 1 || shape[1] > 1)) {
        return {
          shape,
          element: (row, column) => ({
            text: `INDEX(${only.text},${row},${column})`,
            reference: true,
            address: cellOfRange(only.text, row, column),
          }),
        };
      }
      const isName = !shape && isDefinedName(only.text);
      const nameShape = isName ? this.nameShape(only.text) : undefined;
      if (nameShape && (nameShape[0] > 1 || nameShape[1] > 1)) {
        return {
          shape: nameShape,
          element: (row, column) => ({ text: `INDEX(${only.text},${row},${column})`, reference: true }),
        };
      }
      if (shape) return { shape, element: () => ({ text: only.text, reference: true, address: only.text }) };
      return scalarOperand(only.text, isName);
    }
    if (only?.kind === 'array') return arrayOperand(only.text);
    if (only?.kind === 'call' && hcFunctionId(only.name)) {
      const inner = this.hcOperand(only);
      return {
        shape: inner.shape,
        element: (row, column) => ({ text: `(${inner.element(row, column).text})`, reference: false }),
      };
    }
    if (only?.kind === 'call' && SEQUENCE.test(only.name)) return sequenceOperand(only.args);
    for (const item of arg) {
      if (item.kind === 'call' && ARRAY_FUNCTIONS.test(item.name))
        throw new Untranslatable(`${item.name} gives an array of unknown shape`);
      if (item.kind === 'call' && SEQUENCE.test(item.name))
        throw new Untranslatable('SEQUENCE inside arithmetic has no fixed shape here');
      if (item.kind === 'token') {
        const shape = referenceShape(item.text);
        if ((shape && (shape[0] > 1 || shape[1] > 1)) || isWholeLines(item.text)) {
          throw new Untranslatable(`arithmetic over the range ${item.text} spills; give the range directly`);
        }
      }
    }
    const text = printFormula(arg.map((item) => this.scalarItem(item))).trim();
    return scalarOperand(`(${text})`, false);
  }
}

/** A token that reads as a defined name (not a reference, not a logical). */
const isDefinedName = (text: string) =>
  !referenceShape(text) && /^[A-Za-z_\\][\w.\\]*$/.test(text) && !/^(TRUE|FALSE)$/i.test(text);

function containsHcCall(items: readonly FormulaItem[]): boolean {
  return items.some((item) =>
    item.kind === 'call'
      ? Boolean(hcFunctionId(item.name)) || item.args.some(containsHcCall)
      : item.kind === 'group' && containsHcCall(item.items),
  );
}

function scalarOperand(text: string, reference: boolean): Operand {
  return { shape: [1, 1], element: () => ({ text, reference }) };
}

function errorOperand(shape: Shape): Operand {
  return { shape, element: () => ({ text: NATIVE_VALUE_ERROR, reference: false }) };
}

/** `{1,2;3,4}`: rows split by `;`, columns by `,`. */
function arrayOperand(text: string): Operand {
  const rows = text
    .slice(1, -1)
    .split(';')
    .map((row) => row.split(','));
  if (rows.some((row) => row.length !== rows[0].length)) throw new Untranslatable(`the array ${text} is ragged`);
  return {
    shape: [rows.length, rows[0].length],
    element: (row, column) => ({ text: rows[row - 1][column - 1].trim(), reference: false }),
  };
}

/**
 * SEQUENCE(rows, [columns], [start], [step]) with literal sizes: each element is start + k × step, as
 * arithmetic over start and step (often cells, e.g. the model sheet's hires per month), so a blank
 * reads as 0 and text is an error, as in SEQUENCE.
 */
function sequenceOperand(args: readonly FormulaItem[][]): Operand {
  const [rowsText = '', columnsText = '', startText = '', stepText = ''] = args.map((arg) => printFormula(arg).trim());
  const size = (text: string) => {
    if (text === '') return 1;
    const value = Number(text);
    if (!Number.isFinite(value)) throw new Untranslatable('SEQUENCE with a computed size has no fixed shape');
    if (!Number.isInteger(value) || value < 1) throw new Untranslatable('SEQUENCE needs whole positive sizes');
    return value;
  };
  const [rows, columns] = [size(rowsText), size(columnsText)];
  const [start, step] = [startText || '1', stepText || '1'];
  const numeric = Number.isFinite(Number(start)) && Number.isFinite(Number(step));
  return {
    shape: [rows, columns],
    element: (row, column) => {
      const offset = (row - 1) * columns + (column - 1);
      if (numeric) return { text: String(Number(start) + offset * Number(step)), reference: false };
      return { text: `(${start}+${offset}*(${step}))`, reference: false };
    },
  };
}

/**
 * A table's shape: one row per element of its `rowsFrom` column; undefined when an argument has the
 * wrong shape (a column argument wider than one column, a single-value argument that is a range).
 */
function tableShape(spec: FunctionSpec, operands: readonly (Operand | undefined)[]): Shape | undefined {
  if (spec.result.kind !== 'table') return undefined;
  let rows = 1;
  for (const [index, param] of spec.params.entries()) {
    const shape = operands[index]?.shape;
    if (!shape) continue;
    if (param.kind === 'column') {
      if (shape[1] !== 1) return undefined;
      if (param.name === spec.result.rowsFrom) rows = shape[0];
    } else if (shape[0] !== 1 || shape[1] !== 1) return undefined;
  }
  return [rows, spec.result.labels.length];
}

/** The result's shape, or undefined when the arguments make it an error (as the runner would). */
function resultShape(spec: FunctionSpec, operands: readonly (Operand | undefined)[]): Shape | undefined {
  if (spec.result.kind === 'row') {
    const allSingle = operands.every((operand) => !operand || (operand.shape[0] === 1 && operand.shape[1] === 1));
    return allSingle ? [1, spec.result.labels.length] : undefined;
  }
  let rows = 1;
  let columns = 1;
  for (const operand of operands) {
    if (!operand) continue;
    const [r, c] = operand.shape;
    if ((r !== 1 && rows !== 1 && r !== rows) || (c !== 1 && columns !== 1 && c !== columns)) return undefined;
    rows = Math.max(rows, r);
    columns = Math.max(columns, c);
  }
  return [rows, columns];
}
