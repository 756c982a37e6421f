import { randomBytes } from 'crypto';
import { rename, rm, writeFile } from 'fs/promises';
import { basename, dirname, join } from 'path';
import { WorkbookFileError } from './package';

/**
 * Writes a file whole or not at all: into a temporary file beside the target, then renamed over
 * it (atomic on one file system), so a failed run never leaves a partial file behind.
 */
export async function writeFileAtomically(path: string, bytes: Uint8Array): Promise<void> {
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, bytes, { flag: 'wx' });
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw new WorkbookFileError(`cannot write ${path}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
}
