import { scanSheet, stringItemText } from '../../src/xlsx/sheet-scan';

describe('scanSheet', () => {
  it('reads cells with their offsets, types, formulas (normal, shared, array) and values', () => {
    const xml =
      '<worksheet xmlns="m"><sheetData><row r="1"><c r="A1" s="2" t="s"><v>0</v></c>' +
      '<c r="B1"><f>SUM(A1:A3)&amp;"&lt;"</f><v>6</v></c><c r="C1" cm="1"><f t="array" ref="C1:C3">_xlfn.SEQUENCE(3)</f><v>1</v></c></row>' +
      '<row r="2"><c r="D2"><f t="shared" ref="D2:D3" si="0">A2*2</f><v>4</v></c></row><row r="3" spans="1:4"/>' +
      '<row r="4"><c r="D4"><f t="shared" si="0"/><v>4</v></c><c r="E4" t="inlineStr"><is><t>a &amp; b</t></is></c><c r="F4" s="1"/></row>' +
      '</sheetData><mergeCells count="0"/></worksheet>';
    const scan = scanSheet(xml);
    expect(scan.prefix).toBe('');
    expect(scan.rows.map((row) => [row.row, row.selfClosing])).toEqual([
      [0, false],
      [1, false],
      [2, true],
      [3, false],
    ]);
    expect(scan.dataEnd).toBe(xml.indexOf('</sheetData>'));
    const [a1, b1, c1, d2, d4, e4, f4] = scan.cells;
    expect(xml.slice(a1.start, a1.end)).toBe('<c r="A1" s="2" t="s"><v>0</v></c>');
    expect(a1).toMatchObject({
      row: 0,
      col: 0,
      type: 's',
      value: '0',
      startTag: '<c r="A1" s="2" t="s">',
      inner: '<v>0</v>',
      dynamic: false,
    });
    expect(b1.formula).toEqual({ text: 'SUM(A1:A3)&"<"', kind: 'normal', ref: undefined, sharedIndex: undefined });
    expect(c1).toMatchObject({ dynamic: true, formula: { kind: 'array', ref: 'C1:C3', text: '_xlfn.SEQUENCE(3)' } });
    expect(d2.formula).toMatchObject({ kind: 'shared', ref: 'D2:D3', sharedIndex: '0', text: 'A2*2' });
    expect(d4.formula).toMatchObject({ kind: 'shared', sharedIndex: '0', text: '' });
    expect(e4).toMatchObject({ type: 'inlineStr', inlineText: 'a & b' });
    expect(f4).toMatchObject({ row: 3, col: 5, startTag: '<c r="F4" s="1"/>', inner: '', value: undefined });
    expect(scan.rows[3].closeAt).toBe(xml.lastIndexOf('</row>'));
  });

  it('follows cells and rows that omit their r attribute, and a namespace prefix', () => {
    const xml =
      '<x:worksheet xmlns:x="m"><x:sheetData><x:row><x:c><x:v>1</x:v></x:c><x:c><x:f>A1+1</x:f></x:c></x:row>' +
      '<x:row><x:c><x:v>3</x:v></x:c></x:row></x:sheetData></x:worksheet>';
    const scan = scanSheet(xml);
    expect(scan.prefix).toBe('x:');
    expect(scan.cells.map(({ row, col, value, formula }) => [row, col, value, formula?.text])).toEqual([
      [0, 0, '1', undefined],
      [0, 1, undefined, 'A1+1'],
      [1, 0, '3', undefined],
    ]);
  });

  it('reads an empty sheet', () => {
    expect(scanSheet('<worksheet xmlns="m"><sheetData/></worksheet>')).toEqual({ prefix: '', rows: [], cells: [] });
  });
});

describe('stringItemText', () => {
  it('joins rich-text runs, keeps spaces and drops phonetic runs', () => {
    expect(
      stringItemText(
        '<r><rPr><b/></rPr><t>Head</t></r><r><t xml:space="preserve"> count </t></r><rPh sb="0" eb="1"><t>ヘッド</t></rPh>',
      ),
    ).toBe('Head count ');
  });
});
