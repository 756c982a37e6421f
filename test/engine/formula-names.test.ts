import { normaliseFormula } from '../../src/engine/formula-names';

describe('Excel file spellings → engine names', () => {
  it.each([
    ['_xldudf_HC_TOKENSHARE(A1,B1)', 'HC.TOKENSHARE(A1,B1)'],
    ['[1]!_xldudf_HC_COMPUTE_RUN_RATE(A1,1,B1)', 'HC.COMPUTE_RUN_RATE(A1,1,B1)'],
    ['[12]!_xldudf_HC_LOADED_COST(A1)*2', 'HC.LOADED_COST(A1)*2'],
    ['_xldudf_hc_tokenshare(1,2)', 'HC.tokenshare(1,2)'],
    ['HC.TOKENSHARE(1,2)', 'HC.TOKENSHARE(1,2)'],
    ['_xlfn.SEQUENCE(24)', 'SEQUENCE(24)'],
    ['_xlfn._xlws.SORT(A1:A9)+_xlfn._xlws.FILTER(A1:A9,B1:B9)', 'SORT(A1:A9)+FILTER(A1:A9,B1:B9)'],
    ['_xlfn.LET(_xlpm.x,1,_xlpm.x+1)', 'LET(x,1,x+1)'],
    [
      'SUM(_xldudf_HC_COMPUTE_RUN_RATE(Inputs!B1,1,_xlfn.SEQUENCE(24)))',
      'SUM(HC.COMPUTE_RUN_RATE(Inputs!B1,1,SEQUENCE(24)))',
    ],
  ])('%s → %s', (saved, engine) => {
    expect(normaliseFormula(saved)).toBe(engine);
  });

  it('leaves string literals and quoted sheet names as they are', () => {
    expect(normaliseFormula('"_xlfn.X ""_xldudf_HC_Y"""&_xlfn.CONCAT("a")')).toBe(
      '"_xlfn.X ""_xldudf_HC_Y"""&CONCAT("a")',
    );
    expect(normaliseFormula("'_xldudf_HC_Sheet'!A1+_xldudf_HC_TOKENSHARE(1,2)")).toBe(
      "'_xldudf_HC_Sheet'!A1+HC.TOKENSHARE(1,2)",
    );
  });

  it('does not touch names that merely contain the prefixes', () => {
    expect(normaliseFormula('my_xlfn.value+A_xldudf_HC_B')).toBe('my_xlfn.value+A_xldudf_HC_B');
  });
});
