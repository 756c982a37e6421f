import { createEngine, evaluateFormula } from '../../src/engine/engine';
import { packagePrice } from './oracle';

// The embedded engine runs the same registry: model ids work there once the catalogue is loaded
// (test/setup/price-catalogue.ts preloads it, as the CLI does before eval and calc).
describe('model ids in the embedded engine (HyperFormula)', () => {
  const engine = createEngine({
    Sheet1: [
      ['gpt-4o', 'claude-sonnet-4'],
      [1_000_000, 'no-such-model'],
    ],
  });
  const blend = (model: string) => 0.75 * packagePrice(model, 'input') + 0.25 * packagePrice(model, 'output');

  it('=HC.TOKENPRICE("gpt-4o","output") is the catalogue’s output price', () => {
    const [[value]] = evaluateFormula(engine, '=HC.TOKENPRICE("gpt-4o","output")');
    expect(value).toBeCloseTo(packagePrice('gpt-4o', 'output'), 12);
  });

  it('=HC.COMPUTE_PER_HEAD(1000000, "gpt-4o") prices a million tokens a day at the 3:1 blend', () => {
    const [[value]] = evaluateFormula(engine, '=HC.COMPUTE_PER_HEAD(1000000, "gpt-4o")');
    expect(value).toBeCloseTo(blend('gpt-4o') * 230, 9);
  });

  it('takes model ids from cells and ranges', () => {
    expect(evaluateFormula(engine, '=HC.COMPUTE_PER_HEAD(A2, B1)')[0][0]).toBeCloseTo(
      blend('claude-sonnet-4') * 230,
      9,
    );
    const spill = evaluateFormula(engine, '=HC.TOKENPRICE(A1:B1, "input")');
    expect(spill[0][0]).toBeCloseTo(packagePrice('gpt-4o', 'input'), 12);
    expect(spill[0][1]).toBeCloseTo(packagePrice('claude-sonnet-4', 'input'), 12);
  });

  it('an unknown model is #N/A with the suggestion message', () => {
    const [[value]] = evaluateFormula(engine, '=HC.TOKENPRICE(B2)');
    expect(value).toMatchObject({
      code: '#N/A',
      message: expect.stringMatching(/^unknown model 'no-such-model' — did you mean /),
    });
  });
});
