import { CopyRefused } from './workbook-port';

/** The largest slice getFileAsync hands out (4 MB): fewest round trips. */
export const SLICE_SIZE = 4 * 1024 * 1024;

/**
 * Excel on the web refuses requests above 5 MB, and Excel.createWorkbook sends the file base64-encoded
 * (4/3 larger): 3.5 MB of workbook is the most it opens, with room for the request's envelope.
 */
export const WEB_CREATE_WORKBOOK_LIMIT = 3.5 * 1024 * 1024;

const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

/** The refusal for a file larger than Excel opens as a new workbook. */
export function tooLargeToOpen(fileName: string, bytes: number, limit: number, what: string): CopyRefused {
  return new CopyRefused(
    `${what} is ${megabytes(bytes)}: Excel on the web opens a new workbook from an add-in only up to ${megabytes(limit)}.`,
    { fileName, bytes, limit },
  );
}

/** An Office callback's result as a promise; a failure becomes an Error saying what was being done. */
function settle<T>(doing: string, start: (callback: (result: Office.AsyncResult<T>) => void) => void): Promise<T> {
  return new Promise((resolve, reject) =>
    start((result) =>
      result.status === Office.AsyncResultStatus.Succeeded
        ? resolve(result.value)
        : reject(new Error(`Excel could not ${doing}: ${result.error?.message ?? 'no reason given'}`)),
    ),
  );
}

/** Closing never fails the action: Excel keeps at most two files open, so it is always attempted. */
const close = (file: Office.File) => new Promise<void>((resolve) => file.closeAsync(() => resolve()));

/**
 * The open workbook as its saved .xlsx bytes (getFileAsync, compressed): every slice in order, and the
 * file always closed again. Refused before any slice is read when Excel says the file is over `limit`.
 */
export async function readDocumentFile(fileName: string, limit: number): Promise<Uint8Array> {
  const file = await settle<Office.File>('read the workbook as a file', (callback) =>
    Office.context.document.getFileAsync(Office.FileType.Compressed, { sliceSize: SLICE_SIZE }, callback),
  );
  try {
    if (file.size > limit) throw tooLargeToOpen(fileName, file.size, limit, `“${fileName}”`);
    const slices: ArrayLike<number>[] = [];
    for (let index = 0; index < file.sliceCount; index++) {
      const slice = await settle<Office.Slice>(
        `read part ${index + 1} of ${file.sliceCount} of the workbook`,
        (callback) => file.getSliceAsync(index, callback),
      );
      slices.push(slice.data as ArrayLike<number>);
    }
    const received = slices.reduce((total, data) => total + data.length, 0);
    if (received !== file.size) throw new Error(`Excel sent ${received} bytes of a ${file.size}-byte workbook file`);
    const bytes = new Uint8Array(file.size);
    let at = 0;
    for (const data of slices) {
      bytes.set(data, at);
      at += data.length;
    }
    return bytes;
  } finally {
    await close(file);
  }
}

/** Bytes as base64 (what Excel.createWorkbook takes), in chunks that stay within the argument limit of String.fromCharCode. */
export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let at = 0; at < bytes.length; at += 0x8000) binary += String.fromCharCode(...bytes.subarray(at, at + 0x8000));
  return btoa(binary);
}

/** The workbook's file name from its URL or path ("Plan%20Q3.xlsx?web=1" → "Plan Q3.xlsx"); a new, unsaved workbook has none. */
export function workbookFileName(url: string | undefined): string {
  const last = (url ?? '').split(/[?#]/)[0].split(/[/\\]/).pop() ?? '';
  let name = last;
  try {
    name = decodeURIComponent(last);
  } catch {
    // A path with a literal "%" is already a name.
  }
  if (!name) return 'workbook.xlsx';
  return /\.xls[xm]$/i.test(name) ? name : `${name}.xlsx`;
}
