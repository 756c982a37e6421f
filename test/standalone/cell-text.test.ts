import { createEngine } from '../../src/engine/engine';
import { fromEngine } from '../../src/engine/values';
import { cellText } from '../../src/standalone/cell-text';

describe('what the standalone grid shows for a cell', () => {
  it('formats numbers by the cell’s Excel format code', () => {
    expect(cellText(431250, '$#,##0')).toBe('$431,250');
    expect(cellText(0.2105263, '0.0%')).toBe('21.1%');
    expect(cellText(0.27, '0.00×')).toBe('0.27×');
    expect(cellText(9.4117, '0.0')).toBe('9.41');
    expect(cellText(null, '$#,##0')).toBe('');
    expect(cellText('HC Model', undefined)).toBe('HC Model');
  });

  it('shows an error’s code, and #NUM! where HyperFormula computes a subnormal number as NaN', () => {
    const engine = createEngine({ Sheet1: [['=POWER(10,-200)*POWER(10,-110)', '=HC.TOKENSHARE(-1, 375000)']] });
    const [[subnormal, error]] = engine.getSheetValues(0);
    engine.destroy();
    expect(subnormal).toBeNaN();
    expect(cellText(fromEngine(subnormal), '$#,##0')).toBe('#NUM!');
    expect(cellText(fromEngine(error), undefined)).toBe('#NUM!');
  });
});
