import { stat } from 'fs/promises';
import { resolve } from 'path';
import { parseArgs } from 'node:util';
import type { HyperFormula, SimpleCellRange } from 'hyperformula';
import { fromEngine } from '../../engine/values';
import { writeFileAtomically } from '../../xlsx/atomic-write';
import { WorkbookFileError } from '../../xlsx/package';
import { readWorkbookFile } from '../../xlsx/read-file';
import { recalculateWorkbook } from '../../xlsx/recalculate';
import type { Unevaluated } from '../../xlsx/cell-results';
import type { ProgressListener } from '../../xlsx/recalculate';
import { printValues } from '../engine-output';
import { CliIo, EXIT, processIo } from '../io';
import { PROGRESS_THRESHOLD, ProgressBar } from '../progress';

export const CALC_USAGE = 'hcplan calc BOOK.xlsx (-o OUT.xlsx | --in-place) [--print Sheet1!A1:C10] [--json]';

/** Unevaluated cells listed one per line up to this many; the rest are counted. */
const LISTED = 50;

/** Whether two paths name the same file (also through links), when the second exists. */
export async function sameFile(a: string, b: string): Promise<boolean> {
  if (resolve(a) === resolve(b)) return true;
  try {
    const [first, second] = await Promise.all([stat(a), stat(b)]);
    return first.dev === second.dev && first.ino === second.ino;
  } catch {
    return false;
  }
}

function printRange(engine: HyperFormula, text: string): SimpleCellRange {
  const range = engine.simpleCellRangeFromString(text, 0);
  const address = range ? undefined : engine.simpleCellAddressFromString(text, 0);
  if (range) return range;
  if (address && engine.getSheetName(address.sheet) !== undefined) return { start: address, end: address };
  throw new WorkbookFileError(`cannot read the range ${text}: write it as Sheet1!A1:C10 with a sheet of the workbook`);
}

/**
 * The three stages as one bar, weighted by their share of a run (measured on 50,000 formulas):
 * loading into and evaluating in HyperFormula (one synchronous call, so the bar waits there),
 * reading the results, patching and zipping the file.
 */
export function progressBar(io: CliIo, output: string | undefined): { listener: ProgressListener; bar: ProgressBar } {
  const inPlace = io === processIo && process.stderr.isTTY === true;
  const bar = new ProgressBar(inPlace ? (text) => process.stderr.write(text) : io.err, inPlace);
  const stages = { evaluating: [0, 0.7], collecting: [0.7, 0.75], writing: [0.75, 1] } as const;
  const listener: ProgressListener = (stage, done, total) => {
    if (total <= PROGRESS_THRESHOLD) return;
    const [from, to] = stages[stage];
    const label = stage === 'writing' ? `writing ${output}` : `${stage} ${total.toLocaleString('en-US')} formulas`;
    bar.update(from + (to - from) * (done / total), label);
  };
  return { listener, bar };
}

interface CalcOptions {
  input: string;
  /** Where to write: -o, or the input itself with --in-place; absent when only printing. */
  output?: string;
  print?: string;
}

/** The command line as options, or the problem with it. */
async function calcOptions(words: readonly string[]): Promise<CalcOptions | string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...words],
      allowPositionals: true,
      options: { output: { type: 'string', short: 'o' }, print: { type: 'string' }, 'in-place': { type: 'boolean' } },
    });
  } catch (error) {
    return (error as Error).message;
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) return positionals.length === 0 ? 'which workbook?' : 'one workbook at a time';
  const [input] = positionals;
  if (values['in-place'] && values.output !== undefined) return 'give -o OUT.xlsx or --in-place, not both';
  const output = values['in-place'] ? input : values.output;
  if (output === undefined && values.print === undefined)
    return 'nothing to do: give -o OUT.xlsx, --in-place or --print RANGE';
  if (output !== undefined && !values['in-place'] && (await sameFile(input, output))) {
    return `${output} is the input file; add --in-place to overwrite it`;
  }
  return { input, output, print: values.print };
}

function reportUnevaluated(unevaluated: readonly Unevaluated[], io: CliIo): void {
  io.err(`hcplan calc: ${unevaluated.length} cells could not be evaluated and are left as saved:`);
  for (const { address, reason } of unevaluated.slice(0, LISTED)) io.err(`  ${address}  ${reason}`);
  if (unevaluated.length > LISTED) io.err(`  … and ${unevaluated.length - LISTED} more`);
}

/**
 * `hcplan calc BOOK.xlsx -o OUT.xlsx`: recalculates every formula of a workbook in the engine and
 * writes a copy with each formula's value cached in the file's own XML (nothing else changes).
 * Exit 0; 3 when cells could not be evaluated (listed on stderr, left as saved); 2 for a bad
 * command line or a file it cannot read or write.
 */
export async function calcCommand(words: readonly string[], json: boolean, io: CliIo): Promise<number> {
  const options = await calcOptions(words);
  if (typeof options === 'string') {
    io.err(`hcplan calc: ${options}\nusage: ${CALC_USAGE}`);
    return EXIT.usage;
  }
  const { input, output, print } = options;
  const { listener, bar } = progressBar(io, output);
  try {
    const recalculated = await recalculateWorkbook(await readWorkbookFile(input), input, listener);
    const { engine, skippedNames } = recalculated.book;
    const range = print === undefined ? undefined : printRange(engine, print);
    if (output !== undefined) await writeFileAtomically(output, await recalculated.save());
    bar.finish();
    if (range) {
      const values = engine.getRangeValues(range).map((row) => row.map(fromEngine));
      printValues(values, json, io.out);
    }
    for (const { name, reason } of skippedNames) {
      // Excel's built-in names (print areas, filters) are not used by formulas.
      if (!name.startsWith('_xlnm.')) io.err(`hcplan calc: defined name ${name} is not loaded: ${reason}`);
    }
    if (output !== undefined) {
      io.err(`hcplan calc: ${recalculated.formulaCount.toLocaleString('en-US')} formulas recalculated → ${output}`);
    }
    if (recalculated.unevaluated.length === 0) return EXIT.ok;
    reportUnevaluated(recalculated.unevaluated, io);
    return EXIT.unevaluated;
  } catch (error) {
    bar.finish();
    if (!(error instanceof WorkbookFileError)) throw error;
    io.err(`hcplan calc: ${error.message}`);
    return EXIT.usage;
  }
}
