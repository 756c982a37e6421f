import JSZip from 'jszip';

/** A file hcplan cannot work on, with a one-line reason for the user. */
export class WorkbookFileError extends Error {}

/** An OLE compound file: legacy .xls, or an .xlsx that Excel encrypted with a password. */
const COMPOUND_FILE = Uint8Array.of(0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1);
/** Excel's encrypted package names this stream in the compound file's directory (UTF-16LE). */
const ENCRYPTED_PACKAGE = Uint8Array.from([...'EncryptedPackage'].flatMap((letter) => [letter.charCodeAt(0), 0]));
const ZIP = Uint8Array.of(0x50, 0x4b, 0x03, 0x04); // "PK\3\4"

const startsWith = (bytes: Uint8Array, prefix: Uint8Array, at = 0) =>
  bytes.length - at >= prefix.length && prefix.every((byte, index) => bytes[at + index] === byte);

function contains(bytes: Uint8Array, needle: Uint8Array): boolean {
  for (let at = bytes.indexOf(needle[0]); at >= 0; at = bytes.indexOf(needle[0], at + 1))
    if (startsWith(bytes, needle, at)) return true;
  return false;
}

/**
 * The zip package of an .xlsx file, or a WorkbookFileError saying what the file is instead. Works on
 * plain bytes (a Node Buffer is one), so the CLI and the browser share it.
 */
export async function openPackage(bytes: Uint8Array, name: string): Promise<JSZip> {
  if (startsWith(bytes, COMPOUND_FILE)) {
    throw new WorkbookFileError(
      contains(bytes, ENCRYPTED_PACKAGE)
        ? `${name} is password-protected (encrypted); save a copy without a password in Excel and run hcplan on that`
        : `${name} is a legacy binary workbook (.xls), not .xlsx; save it as .xlsx in Excel first`,
    );
  }
  if (!startsWith(bytes, ZIP)) throw new WorkbookFileError(`${name} is not an .xlsx file (not a zip package)`);
  try {
    return await JSZip.loadAsync(bytes);
  } catch (error) {
    throw new WorkbookFileError(`${name} is not a readable .xlsx file (${(error as Error).message})`);
  }
}
