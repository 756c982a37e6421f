import { parseArgs } from 'node:util';
import packageJson from '../../../package.json';
import { makeShareSafeCopy } from '../../share/workbook/share-workbook';
import { writeFileAtomically } from '../../xlsx/atomic-write';
import { WorkbookFileError } from '../../xlsx/package';
import { readWorkbookFile } from '../../xlsx/read-file';
import { CliIo, EXIT } from '../io';
import { progressBar, sameFile } from './calc';

export const SHARE_USAGE = 'hcplan share BOOK.xlsx -o SHARED.xlsx';

/** Untranslated formulas listed one per line up to this many; the rest are counted. */
const LISTED = 50;

/** The command line as input and output paths, or the problem with it. */
async function shareOptions(words: readonly string[]): Promise<{ input: string; output: string } | string> {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...words],
      allowPositionals: true,
      options: { output: { type: 'string', short: 'o' } },
    });
  } catch (error) {
    return (error as Error).message;
  }
  const { positionals, values } = parsed;
  if (positionals.length !== 1) return positionals.length === 0 ? 'which workbook?' : 'one workbook at a time';
  const [input] = positionals;
  if (values.output === undefined) return 'where to? give -o SHARED.xlsx';
  // The analyst's workbook is never written: there is no --in-place for share.
  if (await sameFile(input, values.output)) return `${values.output} is the input file; give another name with -o`;
  return { input, output: values.output };
}

/**
 * `hcplan share BOOK.xlsx -o SHARED.xlsx`: writes a copy whose HC formulas are native formulas
 * (computed without the add-in), with a cover sheet, a leadership summary when there is a model
 * sheet, and every value cached. Exit 0; 3 when formulas could not be translated (listed on stderr,
 * left as they were) or evaluated; 2 for a bad command line or a file it cannot read or write.
 */
export async function shareCommand(words: readonly string[], io: CliIo): Promise<number> {
  const options = await shareOptions(words);
  if (typeof options === 'string') {
    io.err(`hcplan share: ${options}\nusage: ${SHARE_USAGE}`);
    return EXIT.usage;
  }
  const { input, output } = options;
  const { listener, bar } = progressBar(io, output);
  try {
    const copy = await makeShareSafeCopy(await readWorkbookFile(input), {
      fileName: input,
      version: packageJson.version,
      onProgress: listener,
    });
    await writeFileAtomically(output, copy.bytes);
    bar.finish();
    const added = [copy.coverSheet, copy.addedModelSheet, copy.summarySheet].filter((name) => name !== undefined);
    io.err(
      `hcplan share: ${copy.formulasConverted.toLocaleString('en-US')} HC formulas translated ` +
        `(${copy.cellsWritten.toLocaleString('en-US')} cells, ${copy.namesConverted} names), ` +
        `sheets ${added.map((name) => `"${name}"`).join(', ')} added → ${output}`,
    );
    if (copy.frozen.length > 0) {
      io.err(
        `hcplan share: ${copy.frozen.length} seeded simulations hold the values computed now (listed on the cover sheet): ` +
          copy.frozen.map(({ address }) => address).join(', '),
      );
    }
    const problems = [
      ...copy.untranslated.map(({ address, reason }) => `  ${address}  not translated: ${reason}`),
      ...copy.unevaluated.map(({ address, reason }) => `  ${address}  not evaluated: ${reason}`),
    ];
    if (problems.length === 0) return EXIT.ok;
    io.err(
      `hcplan share: ${problems.length} formulas need the add-in or could not be evaluated; they are left as they were:`,
    );
    for (const line of problems.slice(0, LISTED)) io.err(line);
    if (problems.length > LISTED) io.err(`  … and ${problems.length - LISTED} more`);
    return EXIT.unevaluated;
  } catch (error) {
    bar.finish();
    if (!(error instanceof WorkbookFileError)) throw error;
    io.err(`hcplan share: ${error.message}`);
    return EXIT.usage;
  }
}
