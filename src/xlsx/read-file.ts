import { readFile } from 'fs/promises';
import { WorkbookFileError } from './package';

/** A workbook file's bytes (Node only: the CLI), or a WorkbookFileError saying why it cannot be read. */
export async function readWorkbookFile(path: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new WorkbookFileError(`no such file: ${path}`);
    if (code === 'EISDIR') throw new WorkbookFileError(`${path} is a directory, not an .xlsx file`);
    throw new WorkbookFileError(`cannot read ${path}: ${code ?? String(error)}`);
  }
}
