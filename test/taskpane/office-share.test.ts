import JSZip from 'jszip';
import { OfficeWorkbook } from '../../src/taskpane/ports/office';
import {
  SLICE_SIZE,
  toBase64,
  WEB_CREATE_WORKBOOK_LIMIT,
  workbookFileName,
} from '../../src/taskpane/ports/office-file';
import { shareSafeFile } from '../../src/taskpane/planner/share-copy';
import { CopyRefused, type WorkbookFile } from '../../src/taskpane/ports/workbook-port';
import { buildXlsx } from '../xlsx/fixtures';
import { PLAN_BOOK } from '../xlsx/plan-book';

/**
 * A recording stand-in for Office.js's document file API and Excel.createWorkbook: it hands out the
 * given bytes in slices of the requested size, each answered after a delay that shrinks with the
 * index (so slices requested together would arrive out of order), and logs every call.
 */
interface FakeHost {
  bytes: Uint8Array;
  platform?: string;
  url?: string;
  supported?: boolean;
  /** The size Excel reports, when it differs from the bytes (a host fault). */
  reportedSize?: number;
  failSlice?: number;
  failOpen?: string;
  failCreate?: string;
}

type LogEntry = [string, ...unknown[]];

function installHost(host: FakeHost): LogEntry[] {
  const log: LogEntry[] = [];
  const succeeded = <T>(value: T) => ({ status: 'succeeded', value });
  const failed = (message: string) => ({ status: 'failed', error: { message } });
  (globalThis as Record<string, unknown>).Office = {
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    FileType: { Compressed: 'compressed' },
    PlatformType: { OfficeOnline: 'OfficeOnline', PC: 'PC' },
    context: {
      platform: host.platform ?? 'OfficeOnline',
      requirements: {
        isSetSupported: (name: string, version: string) => {
          log.push(['isSetSupported', name, version]);
          return host.supported ?? true;
        },
      },
      document: {
        url: host.url ?? 'https://contoso.sharepoint.com/sites/finance/Shared%20Documents/Plan%20Q3.xlsx?web=1',
        getFileAsync(type: string, options: { sliceSize: number }, callback: (result: unknown) => void) {
          log.push(['getFileAsync', type, options.sliceSize]);
          if (host.failOpen) return setTimeout(() => callback(failed(host.failOpen!)));
          const sliceCount = Math.max(1, Math.ceil(host.bytes.length / options.sliceSize));
          const file = {
            size: host.reportedSize ?? host.bytes.length,
            sliceCount,
            getSliceAsync(index: number, done: (result: unknown) => void) {
              log.push(['getSliceAsync', index]);
              const data = Array.from(host.bytes.subarray(index * options.sliceSize, (index + 1) * options.sliceSize));
              setTimeout(
                () => done(index === host.failSlice ? failed('The operation failed.') : succeeded({ index, data })),
                5 * (sliceCount - index),
              );
            },
            closeAsync(done: (result: unknown) => void) {
              log.push(['closeAsync']);
              setTimeout(() => done(succeeded(undefined)));
            },
          };
          setTimeout(() => callback(succeeded(file)));
        },
      },
    },
  };
  (globalThis as Record<string, unknown>).Excel = {
    createWorkbook: async (base64: string) => {
      log.push(['createWorkbook', base64]);
      if (host.failCreate) throw new Error(host.failCreate);
    },
  };
  return log;
}

const bytesOf = (length: number, seed = 7) => Uint8Array.from({ length }, (_, index) => (index * seed + 3) % 256);
const fromBase64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));
const calls = (log: LogEntry[], name: string) => log.filter(([call]) => call === name);

describe('Office adapter: share-safe copy (getFileAsync slices → derive → Excel.createWorkbook)', () => {
  afterEach(() => {
    delete (globalThis as Record<string, unknown>).Office;
    delete (globalThis as Record<string, unknown>).Excel;
  });

  test('reads every slice in order, closes the file before deriving, opens exactly the derived bytes', async () => {
    // 2.5 slices: the last one is short.
    const bytes = bytesOf(2 * SLICE_SIZE + SLICE_SIZE / 2);
    const log = installHost({ bytes, platform: 'PC' });
    const derived = bytesOf(1000, 11);
    let received: WorkbookFile | undefined;
    const delivery = await new OfficeWorkbook().openDerivedCopy(async (file) => {
      received = file;
      log.push(['derive']);
      return { name: 'ignored by Excel.xlsx', bytes: derived };
    });
    expect(delivery).toEqual({ kind: 'opened' });
    expect(received!.name).toBe('Plan Q3.xlsx');
    expect(Buffer.from(received!.bytes).equals(Buffer.from(bytes))).toBe(true);
    expect(log.map(([call, ...args]) => (call === 'createWorkbook' ? call : [call, ...args].join(' ')))).toEqual([
      'isSetSupported ExcelApi 1.8',
      `getFileAsync compressed ${SLICE_SIZE}`,
      'getSliceAsync 0',
      'getSliceAsync 1',
      'getSliceAsync 2',
      'closeAsync',
      'derive',
      'createWorkbook',
    ]);
    expect(fromBase64(calls(log, 'createWorkbook')[0][1] as string)).toEqual(derived);
  });

  test('a slice that fails: the file is still closed, nothing is derived or opened, and the message says what failed', async () => {
    const log = installHost({ bytes: bytesOf(3 * SLICE_SIZE), failSlice: 1, platform: 'PC' });
    const derive = jest.fn();
    await expect(new OfficeWorkbook().openDerivedCopy(derive)).rejects.toThrow(
      'Excel could not read part 2 of 3 of the workbook: The operation failed.',
    );
    expect(calls(log, 'getSliceAsync').map(([, index]) => index)).toEqual([0, 1]);
    expect(calls(log, 'closeAsync')).toHaveLength(1);
    expect(derive).not.toHaveBeenCalled();
    expect(calls(log, 'createWorkbook')).toHaveLength(0);
  });

  test('slices that do not add up to the reported size are refused (and the file closed)', async () => {
    const log = installHost({ bytes: bytesOf(5000), reportedSize: 6000 });
    await expect(new OfficeWorkbook().openDerivedCopy(jest.fn())).rejects.toThrow(
      'Excel sent 5000 bytes of a 6000-byte workbook file',
    );
    expect(calls(log, 'closeAsync')).toHaveLength(1);
  });

  test('getFileAsync failing is a message, with no file to close', async () => {
    const log = installHost({ bytes: bytesOf(10), failOpen: 'Too many open files.' });
    await expect(new OfficeWorkbook().openDerivedCopy(jest.fn())).rejects.toThrow(
      'Excel could not read the workbook as a file: Too many open files.',
    );
    expect(calls(log, 'closeAsync')).toHaveLength(0);
  });

  test('a transform that fails: the file was closed already and nothing is opened', async () => {
    const log = installHost({ bytes: bytesOf(100) });
    await expect(
      new OfficeWorkbook().openDerivedCopy(async () => {
        throw new CopyRefused('plan.xlsx is password-protected');
      }),
    ).rejects.toThrow('plan.xlsx is password-protected');
    expect(calls(log, 'closeAsync')).toHaveLength(1);
    expect(calls(log, 'createWorkbook')).toHaveLength(0);
  });

  test('Excel on the web: a workbook over 3.5 MB is refused before any slice is read, with its size and the limit', async () => {
    const log = installHost({ bytes: bytesOf(5 * 1024 * 1024) });
    const derive = jest.fn();
    const refusal = await new OfficeWorkbook().openDerivedCopy(derive).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(CopyRefused);
    expect((refusal as CopyRefused).message).toBe(
      '“Plan Q3.xlsx” is 5.0 MB: Excel on the web opens a new workbook from an add-in only up to 3.5 MB.',
    );
    expect((refusal as CopyRefused).tooLarge).toEqual({
      fileName: 'Plan Q3.xlsx',
      bytes: 5 * 1024 * 1024,
      limit: WEB_CREATE_WORKBOOK_LIMIT,
    });
    expect(calls(log, 'getSliceAsync')).toHaveLength(0);
    expect(calls(log, 'closeAsync')).toHaveLength(1);
    expect(derive).not.toHaveBeenCalled();
  });

  test('Excel on the web: a copy that grew over the limit is refused and not sent to createWorkbook', async () => {
    const log = installHost({ bytes: bytesOf(1000) });
    const refusal = await new OfficeWorkbook()
      .openDerivedCopy(async () => ({ name: 'x.xlsx', bytes: bytesOf(4 * 1024 * 1024) }))
      .catch((error: unknown) => error);
    expect((refusal as CopyRefused).message).toBe(
      'The share-safe copy is 4.0 MB: Excel on the web opens a new workbook from an add-in only up to 3.5 MB.',
    );
    expect((refusal as CopyRefused).tooLarge?.bytes).toBe(4 * 1024 * 1024);
    expect(calls(log, 'createWorkbook')).toHaveLength(0);
  });

  test('Excel on Windows or Mac has no such limit: a 4 MB workbook is read and opened', async () => {
    const log = installHost({ bytes: bytesOf(4 * 1024 * 1024), platform: 'PC' });
    await new OfficeWorkbook().openDerivedCopy(async (file) => file);
    expect(calls(log, 'createWorkbook')).toHaveLength(1);
  });

  test('an Excel without ExcelApi 1.8 is told so before the file is read', async () => {
    const log = installHost({ bytes: bytesOf(10), supported: false });
    await expect(new OfficeWorkbook().openDerivedCopy(jest.fn())).rejects.toThrow(
      /^This version of Excel cannot open a new workbook from an add-in \(it needs Excel JavaScript API 1\.8/,
    );
    expect(calls(log, 'getFileAsync')).toHaveLength(0);
  });

  test('createWorkbook failing is a message naming Excel', async () => {
    installHost({ bytes: bytesOf(10), failCreate: 'There was an internal error while processing the request.' });
    await expect(new OfficeWorkbook().openDerivedCopy(async (file) => file)).rejects.toThrow(
      'Excel did not open the copy: There was an internal error while processing the request.',
    );
  });

  test('the real transform end to end: the workbook Excel opens holds no HC call and carries the cover sheet', async () => {
    const log = installHost({ bytes: new Uint8Array(await buildXlsx(PLAN_BOOK)), url: 'C:\\Users\\ana\\plan.xlsx' });
    let name = '';
    await new OfficeWorkbook().openDerivedCopy(async (file) => {
      const made = await shareSafeFile(file);
      name = made.file.name;
      expect(made.copy.formulasConverted).toBeGreaterThan(0);
      return made.file;
    });
    expect(name).toBe('plan (share-safe).xlsx');
    const zip = await JSZip.loadAsync(fromBase64(calls(log, 'createWorkbook')[0][1] as string));
    const workbook = await zip.file('xl/workbook.xml')!.async('string');
    expect(workbook).toContain('<sheet name="Share-safe copy"');
    for (const path of Object.keys(zip.files).filter((part) => /^xl\/worksheets\/sheet\d+\.xml$/.test(part))) {
      const formulas = [...(await zip.file(path)!.async('string')).matchAll(/<f\b[^>]*>([^<]*)<\/f>/g)].map(
        ([, text]) => text,
      );
      expect(formulas.filter((text) => /HC\.|_xldudf_HC_|_xll\.HC/i.test(text))).toEqual([]);
    }
  }, 60_000);
});

describe('file names and base64', () => {
  test.each([
    ['https://contoso.sharepoint.com/x/Plan%20Q3.xlsx?web=1', 'Plan Q3.xlsx'],
    ['C:\\Users\\ana\\Budget 2027.xlsm', 'Budget 2027.xlsm'],
    ['/Users/ana/Documents/plan.xlsx', 'plan.xlsx'],
    ['Book1', 'Book1.xlsx'],
    ['', 'workbook.xlsx'],
    [undefined, 'workbook.xlsx'],
    ['https://x/100%25 plan.xlsx', '100% plan.xlsx'],
    ['https://x/50% plan.xlsx', '50% plan.xlsx'],
  ])('the workbook at %p is named %p', (url, name) => {
    expect(workbookFileName(url)).toBe(name);
  });

  test('base64 matches Node’s, also past the 32 KB chunks it is built in', () => {
    for (const length of [0, 1, 2, 3, 0x8000, 0x8000 + 1, 100_000]) {
      const bytes = bytesOf(length);
      expect(toBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
    }
  });
});
