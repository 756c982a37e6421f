import packageJson from '../../../package.json';
import { loadCatalogue } from '../../prices/catalogue';
import type { ProgressListener } from '../../xlsx/recalculate';
import { makeShareSafeCopy, type ShareSafeCopy } from '../../share/workbook/share-workbook';
import { WorkbookFileError } from '../../xlsx/package';
import { CopyRefused, type WorkbookFile } from '../ports/workbook-port';
import { shareSafeName } from './share-name';

/**
 * The share-safe copy of a workbook file, made in the panel (this module is its own lazily loaded
 * chunk: it brings the engine and the translator). The price catalogue is loaded first, as the CLI does, so
 * that price lookups become the price they return. A file it cannot read is a CopyRefused with the reason.
 */
export async function shareSafeFile(
  file: WorkbookFile,
  onProgress?: ProgressListener,
): Promise<{ file: WorkbookFile; copy: ShareSafeCopy }> {
  await loadCatalogue();
  try {
    const copy = await makeShareSafeCopy(file.bytes, { fileName: file.name, version: packageJson.version, onProgress });
    return { file: { name: shareSafeName(file.name), bytes: copy.bytes }, copy };
  } catch (error) {
    if (error instanceof WorkbookFileError) throw new CopyRefused(error.message);
    throw error;
  }
}
