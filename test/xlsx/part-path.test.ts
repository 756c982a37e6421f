import { posix } from 'path';
import { inFolder, partFolder, relationshipsPart, relativeTarget, resolveTarget } from '../../src/xlsx/part-path';

/** Node's posix rules, which the browser-safe helpers must match on part names. */
const nodeResolve = (source: string, target: string) =>
  target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(posix.dirname(source), target));

describe('part names without Node’s path', () => {
  test.each([
    ['xl/workbook.xml', 'worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/workbook.xml', './worksheets/sheet1.xml', 'xl/worksheets/sheet1.xml'],
    ['xl/worksheets/sheet1.xml', '../drawings/drawing1.xml', 'xl/drawings/drawing1.xml'],
    ['xl/drawings/drawing1.xml', '../charts/chart1.xml', 'xl/charts/chart1.xml'],
    ['', 'xl/workbook.xml', 'xl/workbook.xml'],
    ['xl/workbook.xml', '/xl/sharedStrings.xml', 'xl/sharedStrings.xml'],
    ['xl/workbook.xml', 'theme//theme1.xml', 'xl/theme/theme1.xml'],
  ])('from %s, target %s is the part %s (as Node resolves it)', (source, target, part) => {
    expect(resolveTarget(source, target)).toBe(part);
    expect(resolveTarget(source, target)).toBe(nodeResolve(source, target));
  });

  test('a target climbing above the package stays inside it (no part name starts with ..)', () => {
    expect(resolveTarget('xl/workbook.xml', '../../x.xml')).toBe('x.xml');
  });

  test.each([
    ['xl/workbook.xml', 'xl/worksheets/sheet5.xml', 'worksheets/sheet5.xml'],
    ['xl/drawings/drawing1.xml', 'xl/charts/chart1.xml', '../charts/chart1.xml'],
    ['xl/worksheets/sheet5.xml', 'xl/drawings/drawing2.xml', '../drawings/drawing2.xml'],
    ['workbook.xml', 'worksheets/sheet1.xml', 'worksheets/sheet1.xml'],
    ['a/b/c/part.xml', 'a/x.xml', '../../x.xml'],
  ])('a relationship from %s to %s targets %s, and resolves back', (source, target, relative) => {
    expect(relativeTarget(source, target)).toBe(relative);
    expect(relativeTarget(source, target)).toBe(posix.relative(posix.dirname(source), target));
    expect(resolveTarget(source, relativeTarget(source, target))).toBe(target);
  });

  test('relationship parts, folders and names in folders', () => {
    expect(relationshipsPart('xl/workbook.xml')).toBe('xl/_rels/workbook.xml.rels');
    expect(relationshipsPart('xl/worksheets/sheet1.xml')).toBe('xl/worksheets/_rels/sheet1.xml.rels');
    expect(relationshipsPart('')).toBe('_rels/.rels');
    expect(partFolder('xl/worksheets/sheet1.xml')).toBe('xl/worksheets');
    expect(partFolder('workbook.xml')).toBe('');
    expect(inFolder('', 'worksheets')).toBe('worksheets');
    expect(inFolder('xl', 'worksheets')).toBe('xl/worksheets');
  });
});
