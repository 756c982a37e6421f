import { readFile } from 'fs/promises';
import JSZip from 'jszip';

/** A file hcplan cannot work on, with a one-line reason for the user. */
export class WorkbookFileError extends Error {}

/** An OLE compound file: legacy .xls, or an .xlsx that Excel encrypted with a password. */
const COMPOUND_FILE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
/** Excel's encrypted package names this stream in the compound file's directory (UTF-16LE). */
const ENCRYPTED_PACKAGE = Buffer.from('EncryptedPackage', 'utf16le');
const ZIP = Buffer.from('PK\x03\x04', 'latin1');

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

/** The zip package of an .xlsx file, or a WorkbookFileError saying what the file is instead. */
export async function openPackage(bytes: Buffer, name: string): Promise<JSZip> {
  if (bytes.subarray(0, COMPOUND_FILE.length).equals(COMPOUND_FILE)) {
    throw new WorkbookFileError(
      bytes.includes(ENCRYPTED_PACKAGE)
        ? `${name} is password-protected (encrypted); save a copy without a password in Excel and run hcplan on that`
        : `${name} is a legacy binary workbook (.xls), not .xlsx; save it as .xlsx in Excel first`,
    );
  }
  if (!bytes.subarray(0, ZIP.length).equals(ZIP))
    throw new WorkbookFileError(`${name} is not an .xlsx file (not a zip package)`);
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new WorkbookFileError(`${name} is not a readable .xlsx file (${(error as Error).message})`);
  }
}
