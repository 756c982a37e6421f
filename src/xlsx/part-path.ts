/**
 * Part names inside an .xlsx package: '/'-separated paths from the package root, without a leading
 * '/' (JSZip's spelling). Written here rather than with Node's `path`, which the browser lacks; parts
 * need none of its platform rules, only folders, `.` and `..`.
 */

/** The folder of a part ('' at the package root): 'xl/worksheets/sheet1.xml' → 'xl/worksheets'. */
export function partFolder(part: string): string {
  const slash = part.lastIndexOf('/');
  return slash < 0 ? '' : part.slice(0, slash);
}

/** A name inside a folder ('' is the package root). */
export const inFolder = (folder: string, name: string): string => (folder ? `${folder}/${name}` : name);

/** The relationships part of a part: 'xl/workbook.xml' → 'xl/_rels/workbook.xml.rels'; '' (the package) → '_rels/.rels'. */
export function relationshipsPart(part: string): string {
  const folder = partFolder(part);
  const name = part.slice(folder ? folder.length + 1 : 0);
  return inFolder(folder, `_rels/${name}.rels`);
}

/** Segments with `.` and empty ones dropped and `..` applied; nothing climbs above the package root. */
function normalSegments(path: string): string[] {
  const segments: string[] = [];
  for (const segment of path.split('/')) {
    if (segment === '..') segments.pop();
    else if (segment !== '' && segment !== '.') segments.push(segment);
  }
  return segments;
}

/**
 * A relationship's target as a part name: relative to the source part's folder, or from the root
 * when it starts with '/'. From 'xl/workbook.xml', 'worksheets/sheet1.xml' → 'xl/worksheets/sheet1.xml'.
 */
export function resolveTarget(sourcePart: string, target: string): string {
  const base = target.startsWith('/') ? '' : partFolder(sourcePart);
  return normalSegments(`${base}/${target}`).join('/');
}

/**
 * The target to write in a relationship from `sourcePart` to `targetPart`, relative to the source's
 * folder: from 'xl/drawings/drawing1.xml' to 'xl/charts/chart1.xml' → '../charts/chart1.xml'.
 */
export function relativeTarget(sourcePart: string, targetPart: string): string {
  const from = normalSegments(partFolder(sourcePart));
  const to = normalSegments(targetPart);
  let common = 0;
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => '..'), ...to.slice(common)].join('/');
}
