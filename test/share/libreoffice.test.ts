import { makeShareSafeCopy } from '../../src/share/workbook/share-workbook';
import { recalculateWorkbook } from '../../src/xlsx/recalculate';
import { xlsxParts } from '../xlsx/fixtures';
import { shownValue, storedCells, type StoredCell } from '../xlsx/read-back';
import { agree, differentialBooks, type Shown } from './differential-books';
import { findSoffice, INSTALL_HINT, libreOfficeCopies } from './libreoffice';
import JSZip from 'jszip';

const soffice = findSoffice();
const onCi = process.env.CI === 'true';
if (!soffice && !onCi) {
  console.warn(
    `LibreOffice (soffice) is not installed: the LibreOffice differential proof of share-safe copies is SKIPPED. Install it with: ${INSTALL_HINT}`,
  );
}

/** The stored (non-formula) cells of a cell's row: the inputs of a generated case. */
function rowInputs(cells: Map<string, StoredCell>, ref: string): [string, StoredCell][] {
  const row = ref.replace(/^[A-Z]+/, '');
  return [...cells.entries()].filter(([other, cell]) => other.replace(/^[A-Z]+/, '') === row && !cell.f);
}

/**
 * Where LibreOffice's semantics differ from Excel's and the add-in's, found by this proof; each is
 * named by a test on the case so that any other disagreement still fails the suite. They belong to
 * the native forms (src/share/native-call.ts, the registry), not to the workbook transform:
 * - LibreOffice has no logical type: TRUE in an input cell is the number 1, so ISNUMBER(TRUE) is
 *   TRUE and the copy computes where the add-in (and Excel) give #VALUE!;
 * - LibreOffice compares and truncates with 15-digit snapping, so INT(19.99999999999996) is 20 and
 *   a whole-number domain check passes where the add-in gives #NUM!;
 * - LibreOffice's POWER gives #NUM! when the result underflows (0.05^8903), where the add-in gives 0.
 */
const KNOWN_DIVERGENCES: readonly {
  reason: string;
  applies: (inputs: StoredCell[], addIn: Shown, lo: Shown) => boolean;
}[] = [
  {
    reason: 'a logical input is a number in LibreOffice',
    applies: (inputs, addIn) => typeof addIn === 'object' && inputs.some((cell) => cell.t === 'b'),
  },
  {
    reason: 'a whole-number check on a value within 15 digits of a whole number',
    applies: (inputs, addIn) =>
      typeof addIn === 'object' &&
      inputs.some((cell) => {
        const value = Number(cell.v);
        return (
          cell.t === undefined &&
          value !== Math.round(value) &&
          Math.abs(value - Math.round(value)) < 1e-13 * Math.abs(value)
        );
      }),
  },
  {
    reason: 'an underflow to 0 is #NUM! in LibreOffice',
    applies: (_, addIn, lo) => addIn === 0 && typeof lo === 'object',
  },
];

/** A stale cached value planted in the copy: LibreOffice must recompute it, not show it. */
const STALE = '424242';

async function withStaleValue(bytes: Uint8Array, part: string, ref: string): Promise<Uint8Array> {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(part)!.async('string');
  const planted = xml.replace(new RegExp(`(<c r="${ref}"[^>]*>[\\s\\S]*?<v>)[^<]*(</v>)`), `$1${STALE}$2`);
  if (planted === xml) throw new Error(`no cached value at ${ref} in ${part}`);
  zip.file(part, planted);
  return zip.generateAsync({ type: 'uint8array', compression: 'DEFLATE' });
}

/**
 * Differential proof, LibreOffice side: each generated workbook is computed with the HC functions
 * (engine with the add-in's plugin), made share-safe, and opened in LibreOffice headless with
 * recalculation forced; every compared cell must agree (numbers within 1e-12 relative, errors as
 * errors). All copies go through one soffice run.
 */
(soffice || onCi ? describe : describe.skip)('share-safe copies compute the add-in’s values in LibreOffice', () => {
  it('agrees on every generated case, model sheet and the planning workbook', async () => {
    if (!soffice) throw new Error(`soffice not found on CI; install it with: ${INSTALL_HINT}`);
    const books = await differentialBooks();
    const expected = new Map<string, Map<string, string>>();
    const shared = new Map<string, Map<string, string>>();
    const copies: { name: string; bytes: Uint8Array }[] = [];
    for (const book of books) {
      expected.set(
        book.name,
        await xlsxParts(await (await recalculateWorkbook(book.bytes, `${book.name}.xlsx`)).save()),
      );
      const copy = await makeShareSafeCopy(new Uint8Array(book.bytes), {
        fileName: `${book.name}.xlsx`,
        version: 'test',
      });
      expect(copy.untranslated).toEqual([]);
      copies.push({ name: book.name, bytes: copy.bytes });
      shared.set(book.name, await xlsxParts(Buffer.from(copy.bytes)));
    }
    // The first compared cell of the first book carries a wrong cached value into LibreOffice.
    const [first] = books;
    const firstRef = first.compared.get(first.sheets[0])![0];
    copies[0].bytes = await withStaleValue(copies[0].bytes, 'xl/worksheets/sheet1.xml', firstRef);

    const saved = libreOfficeCopies(soffice, copies);
    const mismatches: string[] = [];
    const divergences: string[] = [];
    let cells = 0;
    const computed = new Map<string, Map<string, string>>();
    for (const book of books) {
      const parts = await xlsxParts(saved.get(book.name)!);
      computed.set(book.name, parts);
      book.sheets.forEach((sheet, index) => {
        // LibreOffice keeps the sheets' order and names its parts sheet1, sheet2 … as the fixtures do.
        const part = `xl/worksheets/sheet${index + 1}.xml`;
        const want = storedCells(expected.get(book.name)!.get(part)!);
        const got = storedCells(parts.get(part)!);
        for (const ref of book.compared.get(sheet)!) {
          const addIn = shownValue(want.get(ref)) as Shown;
          const libreOffice = shownValue(got.get(ref)) as Shown;
          cells += 1;
          if (agree(addIn, libreOffice)) continue;
          const inputs = rowInputs(want, ref);
          const case_ = `${book.name} ${sheet}!${ref} (inputs ${inputs.map(([at, cell]) => `${at}=${cell.t ?? ''}${cell.v ?? ''}`).join(' ')}): add-in ${JSON.stringify(addIn)}, LibreOffice ${JSON.stringify(libreOffice)}`;
          // Only generated cases may hit a known divergence; the model sheets and the plan must agree.
          const known =
            book.name === 'functions'
              ? KNOWN_DIVERGENCES.find((divergence) =>
                  divergence.applies(
                    inputs.map(([, cell]) => cell),
                    addIn,
                    libreOffice,
                  ),
                )
              : undefined;
          if (known) divergences.push(`${case_}: ${known.reason}`);
          else mismatches.push(case_);
        }
      });
    }
    // The sheets the transform added (a model sheet for a scenario, the leadership summary): every
    // formula as HyperFormula cached it in the copy and as LibreOffice computes it.
    let addedFormulas = 0;
    for (const book of books) {
      const copy = shared.get(book.name)!;
      const parts = computed.get(book.name)!;
      for (let index = book.sheets.length + 1; copy.has(`xl/worksheets/sheet${index + 1}.xml`); index++) {
        const part = `xl/worksheets/sheet${index + 1}.xml`;
        const got = storedCells(parts.get(part)!);
        for (const [ref, cell] of storedCells(copy.get(part)!)) {
          if (!cell.f) continue;
          addedFormulas += 1;
          const hyperFormula = shownValue(cell) as Shown;
          const libreOffice = shownValue(got.get(ref)) as Shown;
          if (!agree(hyperFormula, libreOffice))
            mismatches.push(
              `${book.name} added ${part} ${ref}: HyperFormula ${JSON.stringify(hyperFormula)}, LibreOffice ${JSON.stringify(libreOffice)}`,
            );
        }
      }
    }
    expect(addedFormulas).toBeGreaterThan(100);
    expect(mismatches).toEqual([]);
    expect(storedCells(computed.get(first.name)!.get('xl/worksheets/sheet1.xml')!).get(firstRef)?.v).not.toBe(STALE);
    const calls = books.reduce((sum, book) => sum + book.calls, 0);
    console.log(
      `LibreOffice differential: ${calls} HC calls, ${cells} cells compared, ${addedFormulas} formulas of added sheets`,
    );
    if (divergences.length > 0)
      console.warn(`${divergences.length} known LibreOffice divergences (native forms):\n${divergences.join('\n')}`);
    expect(calls).toBeGreaterThanOrEqual(1000);
  }, 180_000);
});
