import type JSZip from 'jszip';
import { collectResults, Unevaluated } from './cell-results';
import { LoadedWorkbook, loadWorkbook } from './load-workbook';
import { openPackage } from './package';
import { patchSheet } from './patch-sheet';

/** Hears how far a recalculation got: a stage and the fraction of it done. */
export type ProgressListener = (
  stage: 'evaluating' | 'collecting' | 'writing',
  done: number,
  formulaCount: number,
) => void;

export interface RecalculatedWorkbook {
  book: LoadedWorkbook;
  formulaCount: number;
  /** Formula cells left as saved, with the reason. */
  unevaluated: Unevaluated[];
  /** The package with each formula's value cached in its cell; every part but the changed worksheets is untouched. */
  save(): Promise<Uint8Array>;
}

/**
 * Recalculates every formula of an .xlsx file in the engine. The file's own XML is patched (its
 * cached values only), so charts, pivot tables, data validation, custom XML and dynamic-array
 * markers are kept as they are: no library reads and re-writes the workbook.
 */
export async function recalculateWorkbook(
  bytes: Uint8Array,
  fileName: string,
  onProgress: ProgressListener = () => undefined,
): Promise<RecalculatedWorkbook> {
  const zip: JSZip = await openPackage(bytes, fileName);
  let formulaCount = 0;
  const book = await loadWorkbook(zip, fileName, (count) => {
    formulaCount = count;
    onProgress('evaluating', 0, count);
  });
  let collected = 0;
  const step = Math.max(1, Math.floor(formulaCount / 100));
  const { patches, unevaluated } = collectResults(book, () => {
    if (++collected % step === 0) onProgress('collecting', collected, formulaCount);
  });
  const save = async (): Promise<Uint8Array> => {
    for (const [sheet, patch] of patches) zip.file(sheet.path, patchSheet(sheet.xml, sheet.scan, patch));
    return zip.generateAsync(
      { type: 'uint8array', compression: 'DEFLATE', compressionOptions: { level: 6 } },
      (metadata) => onProgress('writing', (metadata.percent / 100) * formulaCount, formulaCount),
    );
  };
  return { book, formulaCount, unevaluated, save };
}
