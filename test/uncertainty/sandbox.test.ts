import { Random } from '../../src/model/random';
import {
  compileExpression,
  CompiledExpression,
  ExpressionError,
  MAX_EXPRESSION_LENGTH,
} from '../../src/uncertainty/sandbox';

const NAMES = ['salary', 'usage_growth', 'price_change'];
const SCOPE = new Map([
  ['salary', 375000],
  ['usage_growth', 1],
  ['price_change', -0.5],
]);

function compiled(text: string): CompiledExpression {
  const expression = compileExpression(text, NAMES);
  if (expression instanceof ExpressionError) throw new Error(`refused: ${expression.message}`);
  return expression;
}
const value = (text: string, seed = 1) => compiled(text).evaluate(SCOPE, new Random(seed));
const refusal = (text: string) => {
  const expression = compileExpression(text, NAMES);
  return expression instanceof ExpressionError ? expression.message : 'accepted';
};

describe('driver expressions', () => {
  it.each([
    ['0.5', 0.5],
    ['-0.9', -0.9],
    ['2 * usage_growth - 0.5', 1.5],
    ['(1 + usage_growth) * (1 + price_change) - 1', 0],
    ['2^3 / 4', 2],
    ['exp(log(2)) - 1', 1],
    ['sqrt(abs(-16))', 4],
    ['max(price_change, -0.3) + min(1, 2)', 0.7],
    ['salary / 375000', 1],
    ['2usage_growth', 2],
  ])('%s = %p', (text, expected) => {
    expect(value(text)).toBeCloseTo(expected, 12);
  });

  it('names the inputs an expression uses and whether it draws', () => {
    expect(compiled('0.8 * usage_growth + price_change')).toEqual(
      expect.objectContaining({ names: ['usage_growth', 'price_change'], random: false }),
    );
    expect(compiled('normal(usage_growth, 0.3)')).toEqual(
      expect.objectContaining({ names: ['usage_growth'], random: true }),
    );
  });

  it('draws a distribution anew at each evaluation, the same sequence for the same seed', () => {
    const expression = compiled('normal(1, 0.3)');
    const source = new Random(4);
    const first = [1, 2, 3].map(() => expression.evaluate(SCOPE, source));
    expect(new Set(first).size).toBe(3);
    const again = new Random(4);
    expect([1, 2, 3].map(() => expression.evaluate(SCOPE, again))).toEqual(first);
  });

  it('evaluates in a fresh scope: the caller’s scope is never touched', () => {
    const scope = new Map(SCOPE);
    compiled('usage_growth * 2').evaluate(scope, new Random(1));
    expect(scope).toEqual(SCOPE);
  });

  it('refuses impossible constant parameters at once, and computed ones when they are drawn', () => {
    expect(refusal('triangular(1, 0, 2)')).toBe('triangular(low, mode, high): low ≤ mode ≤ high must hold');
    expect(refusal('uniform(2, -(1))')).toBe('uniform(low, high): low must be ≤ high');
    expect(refusal('normal(1e400, 1)')).toBe('normal(mean, sd) takes finite numbers');
    expect(() => compiled('normal(1, price_change)').evaluate(SCOPE, new Random(1))).toThrow(
      new ExpressionError('normal(mean, sd): sd must be ≥ 0'),
    );
  });

  it('draws a lone distribution directly, exactly as mathjs would draw it', () => {
    for (const text of ['normal(1, 0.3)', 'lognormal(-0.1, 0.4)', 'uniform(-0.5, (0))', 'triangular(0.2, 1, 3)']) {
      const direct = compiled(text);
      const throughMathjs = compiled(`${text} + 0`);
      expect(direct.names).toEqual([]);
      const [a, b] = [new Random(6), new Random(6)];
      const draws = [1, 2, 3, 4, 5].map(() => direct.evaluate(SCOPE, a));
      expect([1, 2, 3, 4, 5].map(() => throughMathjs.evaluate(SCOPE, b))).toEqual(draws);
    }
  });

  it('passes NaN and Infinity on as numbers (the simulation rejects and counts those draws)', () => {
    expect(value('log(price_change)')).toBeNaN();
    expect(value('1e400')).toBe(Infinity);
  });
});

describe('the sandbox refuses, naming the reason', () => {
  it.each([
    [
      'import({})',
      'unknown function "import"; allowed: normal, lognormal, uniform, triangular, exp, log, sqrt, abs, min, max',
    ],
    ['createUnit("x")', 'unknown function "createUnit"'],
    ['evaluate("1")', 'unknown function "evaluate"'],
    ['parse("1")', 'unknown function "parse"'],
    ['simplify("x")', 'unknown function "simplify"'],
    ['derivative("x^2", "x")', 'unknown function "derivative"'],
    ['resolve(x)', 'unknown function "resolve"'],
    ['reviver()', 'unknown function "reviver"'],
    ['cos(1)', 'unknown function "cos"'],
    ['[].constructor', 'property and index access are not allowed'],
    ['salary.constructor', 'property and index access are not allowed'],
    ['salary["constructor"]["constructor"]("return process")', 'only named functions may be called'],
    ['salary.__proto__', 'property and index access are not allowed'],
    ['f(x) = x', 'defining functions is not allowed'],
    ['f(x) = f(x)', 'defining functions is not allowed'],
    ['usage_growth = 1', 'assignments are not allowed: write an expression, not "name = …"'],
    ['a = 1; a', 'only one expression is allowed (no ";" or line breaks)'],
    ['[1, 2]', 'matrices and ranges are not allowed: a driver is one number per draw'],
    ['1:1e9', 'matrices and ranges are not allowed: a driver is one number per draw'],
    ['{a: 1}', 'objects are not allowed'],
    ['"text"', 'only numbers are allowed, not "text"'],
    ['true', 'only numbers are allowed, not true'],
    ['salary > 1 ? 1 : 0', 'comparisons and conditions are not allowed'],
    ['5!', 'the operator ! is not allowed (use + - * / ^)'],
    ['7 mod 2', 'the operator mod is not allowed (use + - * / ^)'],
    ['exp', 'exp is a function: call it as exp(…)'],
    ['normal(1)', 'normal(mean, sd) takes 2 arguments'],
    ['triangular(1, 2)', 'triangular(low, mode, high) takes 3 arguments'],
    ['max()', 'max() needs an argument'],
    ['uplift * 2', 'unknown name "uplift"; known names: salary, usage_growth, price_change'],
    ['1 +', 'cannot read the expression: Unexpected end of expression (char 4)'],
    ['x'.repeat(MAX_EXPRESSION_LENGTH + 1), `the expression is longer than ${MAX_EXPRESSION_LENGTH} characters`],
  ])('%s', (text, reason) => {
    expect(refusal(text)).toEqual(expect.stringContaining(reason));
  });
});
