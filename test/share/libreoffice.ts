import { spawnSync } from 'child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';

/**
 * LibreOffice headless as a second, independent formula engine (see ../shared/testing-notes.md):
 * a throw-away profile that forces recalculation on load, one soffice run for many files, and
 * values read from its CSV export (raw values, every sheet, 15 significant digits).
 */
export const INSTALL_HINT = 'apt-get install -y --no-install-recommends libreoffice-calc-nogui';

export function findSoffice(): string | undefined {
  const candidates = ['/usr/bin/soffice', '/usr/local/bin/soffice'];
  const found = candidates.find((path) => existsSync(path));
  if (found) return found;
  const which = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : undefined;
}

/** OOXMLRecalcMode 0: recalculate every formula on load, whatever value the file caches. */
const RECALC_ALWAYS =
  '<?xml version="1.0" encoding="UTF-8"?><oor:items xmlns:oor="http://openoffice.org/2001/registry" ' +
  'xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
  '<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse">' +
  '<value>0</value></prop></item></oor:items>';

/**
 * LibreOffice saves its own results as an .xlsx whose sheet XML is read directly (not with exceljs,
 * which drops cached zeros; not from the CSV export, which prints small numbers with at most 20
 * decimals, e.g. 2.553037437e-11, so fewer than 15 significant digits).
 */
const XLSX_FILTER = 'xlsx:Calc MS Excel 2007 XML';

/**
 * Opens each file in LibreOffice (recalculating everything) and returns the file it saves from
 * that, by file name (without .xlsx). Throws when LibreOffice wrote no output for a file.
 */
export function libreOfficeCopies(
  soffice: string,
  files: readonly { name: string; bytes: Uint8Array }[],
): Map<string, Buffer> {
  const work = mkdtempSync(join(tmpdir(), `hc-lo-${process.env.JEST_WORKER_ID ?? '0'}-`));
  try {
    const profile = join(work, 'profile');
    mkdirSync(join(profile, 'user'), { recursive: true });
    writeFileSync(join(profile, 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    const input = join(work, 'in');
    const output = join(work, 'out');
    mkdirSync(input);
    mkdirSync(output);
    for (const file of files) writeFileSync(join(input, `${file.name}.xlsx`), file.bytes);
    const run = spawnSync(
      soffice,
      [
        `-env:UserInstallation=file://${profile}`,
        '--headless',
        '--norestore',
        '--convert-to',
        XLSX_FILTER,
        '--outdir',
        output,
        ...files.map((file) => join(input, `${file.name}.xlsx`)),
      ],
      { encoding: 'utf8', timeout: 120_000 },
    );
    const written = new Set(readdirSync(output));
    const result = new Map<string, Buffer>();
    for (const file of files) {
      if (!written.has(`${file.name}.xlsx`)) {
        throw new Error(
          `LibreOffice wrote no ${file.name}.xlsx (exit ${run.status}; wrote ${[...written].join(', ') || 'nothing'}): ${run.stderr}`,
        );
      }
      result.set(file.name, readFileSync(join(output, `${file.name}.xlsx`)));
    }
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
