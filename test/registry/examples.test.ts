import { FUNCTIONS, runFunction } from '../../src/registry';
import { expectRows } from '../support/expect-output';

const cases = FUNCTIONS.flatMap((spec) => spec.examples.map((example) => ({ id: spec.id, spec, example })));

test.each(cases)('$example.formula', ({ spec, example }) => {
  expectRows(runFunction(spec, example.args), example.expected);
});

test('every function has a worked example that succeeds and every example calls its own function', () => {
  for (const spec of FUNCTIONS) {
    expect(spec.examples.some((ex) => !Array.isArray(ex.expected) || typeof ex.expected[0][0] === 'number')).toBe(true);
    for (const example of spec.examples) expect(example.formula.startsWith(`=HC.${spec.id}(`)).toBe(true);
  }
});
