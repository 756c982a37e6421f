import { parseFormula, printFormula, tokenize } from '../../src/share/formula';
import { hcFunctionId } from '../../src/share/spellings';

describe('tokenize', () => {
  it('keeps strings, quoted sheets, errors, numbers and array constants whole', () => {
    expect(tokenize('=IF(A1="a,b",\'My (Sheet)\'!$A$1:B2,#DIV/0!)+1.5E+3-{1,2;3,"x,y"}')).toEqual([
      'IF',
      '(',
      'A1',
      '=',
      '"a,b"',
      ',',
      "'My (Sheet)'!$A$1:B2",
      ',',
      '#DIV/0!',
      ')',
      '+',
      '1.5E+3',
      '-',
      '{1,2;3,"x,y"}',
    ]);
  });
  it('reads escaped quotes inside strings and sheet names', () => {
    expect(tokenize('"say ""hi"""&\'O\'\'Brien\'!A1')).toEqual(['"say ""hi"""', '&', "'O''Brien'!A1"]);
  });
});

describe('parseFormula', () => {
  it('finds nested calls and their arguments', () => {
    const items = parseFormula('=SUM(HC.TOKENSHARE(A1, B1), 2)*(3+4)');
    expect(items[0]).toMatchObject({ kind: 'call', name: 'SUM' });
    const sum = items[0] as { args: { kind: string; name?: string }[][] };
    expect(sum.args).toHaveLength(2);
    expect(sum.args[0][0]).toMatchObject({ kind: 'call', name: 'HC.TOKENSHARE' });
    expect(items[2]).toMatchObject({ kind: 'group' });
  });
  it.each([
    'SUM(HC.TOKENSHARE(A1,B1),2)*(3+4)',
    'IF(\'Sheet 1\'!A1>0,"x",NA())',
    '_xldudf_HC_COMPUTE_RUN_RATE(100000,1,SEQUENCE(12))',
    'NOW()',
    'HC.LOADED_COST(375000,,0)',
    '-(-A1)%',
    'SUM(A1:A3))', // unbalanced, kept as written
  ])('prints %s back unchanged', (text) => {
    expect(printFormula(parseFormula(text))).toBe(text);
  });
});

describe('hcFunctionId', () => {
  it.each([
    ['HC.TOKENSHARE', 'TOKENSHARE'],
    ['hc.tokenshare', 'TOKENSHARE'],
    ['_xldudf_HC_COMPUTE_PER_HEAD', 'COMPUTE_PER_HEAD'],
    ['[1]!_xldudf_HC_LOADED_COST', 'LOADED_COST'],
  ])('%s → %s', (name, id) => {
    expect(hcFunctionId(name)).toBe(id);
  });
  it.each(['SUM', '_xlfn.SEQUENCE', 'HCX.TOKENSHARE', '_xldudf_OTHER_X'])('%s is not an HC call', (name) => {
    expect(hcFunctionId(name)).toBeUndefined();
  });
});
