import { findFunction } from '../registry';
import type { FunctionSpec } from '../registry/types';
import { FormulaItem, parseFormula, printFormula } from './formula';
import { guardedNativeCall, NATIVE_VALUE_ERROR } from './native-call';
import { isWholeLines, referenceShape, Shape } from './references';
import { hcFunctionId } from './spellings';

/** Excel's limit on formula length. */
const MAX_FORMULA_LENGTH = 8192;
/** Native functions whose result is an array: an HC argument built from them has no fixed shape here. */
const ARRAY_FUNCTIONS =
  /^(?:_xlfn\.)?(?:_xlws\.)?(?:TRANSPOSE|FILTER|SORT|SORTBY|UNIQUE|RANDARRAY|MMULT|CHOOSECOLS|CHOOSEROWS|TAKE|DROP|VSTACK|HSTACK|TOCOL|TOROW|WRAPCOLS|WRAPROWS|EXPAND|FREQUENCY|LINEST|LOGEST|TREND|GROWTH|MINVERSE|MUNIT|OFFSET|INDIRECT)$/i;
const SEQUENCE = /^(?:_xlfn\.)?SEQUENCE$/i;

/** What a formula becomes in a share-safe copy: one native formula per output cell, or why not. */
export type Translation = { ok: true; changed: boolean; cells: string[][] } | { ok: false; reason: string };

/** Resolves a defined name to the shape of the range it refers to (single cells and unknown names: 1×1). */
export type NameShapes = (name: string) => Shape | undefined;

class Untranslatable extends Error {}

const isBlank = (item: FormulaItem) => item.kind === 'token' && item.text.trim() === '';
const meaningful = (items: readonly FormulaItem[]) => items.filter((item) => !isBlank(item));

/** An argument's shape and how to read its element (row, column), 1-based. */
interface Operand {
  shape: Shape;
  /** The native text of one element; `reference` when it may be a blank cell. */
  element(row: number, column: number): { text: string; reference: boolean };
}

export class FormulaTranslator {
  constructor(private readonly nameShape: NameShapes = () => undefined) {}

  /** Translates one cell's formula (with or without `=`). */
  translate(formula: string): Translation {
    const items = parseFormula(formula);
    if (!containsHcCall(items)) return { ok: true, changed: false, cells: [[formula.replace(/^=/, '')]] };
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
      return { ok: true, changed: true, cells };
    } catch (error) {
      if (error instanceof Untranslatable) return { ok: false, reason: error.message };
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
    if (!spec.native) throw new Untranslatable(`HC.${id} has no native form`);
    return spec;
  }

  private hcOperand(call: Extract<FormulaItem, { kind: 'call' }>): Operand {
    const spec = this.spec(call.name);
    if (call.args.length > spec.params.length) return errorOperand([1, 1]);
    const operands = spec.params.map((_, index) => {
      const arg = call.args[index];
      return arg === undefined || meaningful(arg).length === 0 ? undefined : this.operand(arg);
    });
    const shape = resultShape(spec, operands);
    if (!shape) return errorOperand(spec.result.kind === 'row' ? [1, spec.result.labels.length] : [1, 1]);
    return {
      shape,
      element: (row, column) => {
        const values: Record<string, string> = {};
        spec.params.forEach((param, index) => {
          const operand = operands[index];
          const fallback = String(param.default ?? 0);
          if (!operand) {
            values[param.name] = fallback;
            return;
          }
          const [rows, columns] = operand.shape;
          const element = operand.element(rows === 1 ? 1 : row, columns === 1 ? 1 : column);
          values[param.name] = element.reference
            ? `IF(ISBLANK(${element.text}),${fallback},${element.text})`
            : element.text;
        });
        const outputColumn = spec.result.kind === 'scalar' ? 0 : column - 1;
        return { text: guardedNativeCall(spec, values, outputColumn), reference: false };
      },
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
        return { shape, element: (row, column) => ({ text: `INDEX(${only.text},${row},${column})`, reference: true }) };
      }
      const isName = !shape && /^[A-Za-z_\\][\w.\\]*$/.test(only.text) && !/^(TRUE|FALSE)$/i.test(only.text);
      const nameShape = isName ? this.nameShape(only.text) : undefined;
      if (nameShape && (nameShape[0] > 1 || nameShape[1] > 1)) {
        return {
          shape: nameShape,
          element: (row, column) => ({ text: `INDEX(${only.text},${row},${column})`, reference: true }),
        };
      }
      return scalarOperand(only.text, Boolean(shape) || isName);
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

/** SEQUENCE(rows, [columns], [start], [step]) with literal numbers: each element is a known number. */
function sequenceOperand(args: readonly FormulaItem[][]): Operand {
  const numbers = args.map((arg) => {
    const text = printFormula(arg).trim();
    if (text === '') return undefined;
    const value = Number(text);
    if (!Number.isFinite(value)) throw new Untranslatable('SEQUENCE with a computed size has no fixed shape');
    return value;
  });
  const [rows = 1, columns = 1, start = 1, step = 1] = numbers;
  if (!Number.isInteger(rows) || !Number.isInteger(columns) || rows < 1 || columns < 1) {
    throw new Untranslatable('SEQUENCE needs whole positive sizes');
  }
  return {
    shape: [rows, columns],
    element: (row, column) => ({ text: String(start + ((row - 1) * columns + (column - 1)) * step), reference: false }),
  };
}

/** The result's shape, or undefined when the arguments make it an error (as the runner would). */
function resultShape(spec: FunctionSpec, operands: readonly (Operand | undefined)[]): Shape | undefined {
  if (spec.result.kind === 'row') {
    const allSingle = operands.every((operand) => !operand || (operand.shape[0] === 1 && operand.shape[1] === 1));
    return allSingle ? [1, spec.result.labels.length] : undefined;
  }
  if (spec.result.kind === 'table') throw new Untranslatable(`HC.${spec.id} has no native form`);
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
