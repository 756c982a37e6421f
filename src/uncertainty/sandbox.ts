/// <reference path="./mathjs-number.d.ts" />
import {
  absDependencies,
  addDependencies,
  compileDependencies,
  create,
  divideDependencies,
  expDependencies,
  logDependencies,
  maxDependencies,
  minDependencies,
  multiplyDependencies,
  parseDependencies,
  powDependencies,
  sqrtDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
} from 'mathjs/number';
import type { MathNode } from 'mathjs';
import { DISTRIBUTIONS, Distribution } from './distributions';
import type { Random } from '../model/random';

/**
 * Analyst expressions (`normal(1, 0.3)`, `0.8 * usage_growth`, `lognormal(0, 0.4) - 1`) read and evaluated
 * by mathjs, sandboxed in three layers:
 * 1. an instance built with `create()` from the number-only build and ONLY the functions below, so
 *    matrices, units, strings, ranges and the rest of mathjs do not exist in it;
 * 2. mathjs's own security guidance: `import`, `createUnit`, `evaluate`, `parse`, `simplify`,
 *    `derivative`, `resolve` and `reviver` replaced by functions that refuse, after keeping `parse`;
 * 3. every expression's syntax tree checked against a whitelist before it is compiled: numbers, known
 *    names, + − × ÷ ^, parentheses and calls of the listed functions. Assignments, function
 *    definitions, property access, matrices, objects, strings and ranges are refused by name.
 * Each evaluation gets a fresh scope and its result must be a number. Evaluation is synchronous and
 * cannot be interrupted, so it runs in a Worker that the main thread terminates on timeout.
 */
const math = create({
  absDependencies,
  addDependencies,
  compileDependencies,
  divideDependencies,
  expDependencies,
  logDependencies,
  maxDependencies,
  minDependencies,
  multiplyDependencies,
  parseDependencies,
  powDependencies,
  sqrtDependencies,
  subtractDependencies,
  unaryMinusDependencies,
  unaryPlusDependencies,
});
const parse = math.parse;

/** The functions an expression may call besides the distributions. */
const MATH_FUNCTIONS = ['exp', 'log', 'sqrt', 'abs', 'min', 'max'] as const;
const OPERATORS = new Set(['+', '-', '*', '/', '^']);
/** Long enough for any honest driver, short enough that parsing is instant. */
export const MAX_EXPRESSION_LENGTH = 500;

/** The seeded source the distribution functions draw from during one evaluation. */
let activeRandom: Random | undefined;

function distributionFunction(distribution: Distribution) {
  return (...params: unknown[]): number => {
    if (!activeRandom) throw new Error(`${distribution.name}() needs a random source`);
    for (const param of params) {
      if (typeof param !== 'number' || !Number.isFinite(param))
        throw new Error(`${distribution.signature} takes finite numbers`);
    }
    const numbers = params as number[];
    const invalid = distribution.invalid(numbers);
    if (invalid) throw new Error(`${distribution.signature}: ${invalid}`);
    return distribution.sample(activeRandom, numbers);
  };
}

const refuse = (name: string) => () => {
  throw new Error(`${name} is disabled`);
};
math.import(
  {
    ...Object.fromEntries(DISTRIBUTIONS.map((distribution) => [distribution.name, distributionFunction(distribution)])),
    ...Object.fromEntries(
      ['import', 'createUnit', 'evaluate', 'parse', 'simplify', 'derivative', 'resolve', 'reviver'].map((name) => [
        name,
        refuse(name),
      ]),
    ),
  },
  { override: true },
);

const ARITY = new Map<string, number | undefined>([
  ...DISTRIBUTIONS.map((distribution) => [distribution.name, distribution.arity] as const),
  ...MATH_FUNCTIONS.map((name) => [name, undefined] as const),
]);

/** An expression the analyst cannot use, with the reason in their terms. */
export class ExpressionError extends Error {
  override readonly name = 'ExpressionError';
}

export interface CompiledExpression {
  readonly text: string;
  /** The input names it refers to. */
  readonly names: readonly string[];
  /** True when it calls a distribution, so each evaluation draws anew. */
  readonly random: boolean;
  /** Its value for one draw; throws ExpressionError when the result is not a number. */
  evaluate(scope: ReadonlyMap<string, number>, random: Random): number;
}

/**
 * Reads `text` and checks it against the whitelist; `knownNames` are the inputs it may refer to.
 * Returns the compiled expression or the reason it is refused.
 */
export function compileExpression(text: string, knownNames: readonly string[]): CompiledExpression | ExpressionError {
  if (text.length > MAX_EXPRESSION_LENGTH) {
    return new ExpressionError(`the expression is longer than ${MAX_EXPRESSION_LENGTH} characters`);
  }
  if (text.trim() === '') {
    return new ExpressionError(
      'the expression is empty: type a number, a distribution such as normal(1, 0.3), or an expression',
    );
  }
  let tree: MathNode;
  try {
    tree = parse(text);
  } catch (error) {
    return new ExpressionError(`cannot read the expression: ${(error as Error).message}`);
  }
  const names = new Set<string>();
  let random = false;
  const refusal = whitelistViolation(tree, knownNames, names, () => (random = true));
  if (refusal) return new ExpressionError(refusal);
  const direct = directDistribution(tree);
  if (direct instanceof ExpressionError) return direct;
  if (direct) {
    const { distribution, params } = direct;
    return { text, names: [], random: true, evaluate: (_scope, source) => distribution.sample(source, params) };
  }
  const compiled = tree.compile();
  const referenced = [...names];
  return {
    text,
    names: referenced,
    random,
    evaluate(scope, source) {
      // A fresh scope holding only the names the expression refers to: nothing it does can reach the caller's.
      const fresh = new Map<string, number>();
      for (const name of referenced) fresh.set(name, scope.get(name)!);
      activeRandom = source;
      let value: unknown;
      try {
        value = compiled.evaluate(fresh);
      } catch (error) {
        throw new ExpressionError((error as Error).message);
      } finally {
        activeRandom = undefined;
      }
      if (typeof value !== 'number') throw new ExpressionError(`the expression gives ${describe(value)}, not a number`);
      return value;
    },
  };
}

/**
 * A whole expression that is one distribution with constant parameters (`normal(1, 0.3)`, the common
 * case) is drawn directly, without mathjs per draw: the same sampler and the same draws, far faster.
 * Its parameters are checked once, here. Undefined for any other expression.
 */
function directDistribution(
  tree: MathNode,
): { distribution: Distribution; params: number[] } | ExpressionError | undefined {
  if (tree.type !== 'FunctionNode') return undefined;
  const { fn, args } = tree as unknown as { fn: { name: string }; args: MathNode[] };
  const distribution = DISTRIBUTIONS.find((candidate) => candidate.name === fn.name);
  const constant = (node: MathNode): boolean =>
    node.type === 'ConstantNode' ||
    (node.type === 'OperatorNode' && (node as unknown as { args: MathNode[] }).args.every(constant)) ||
    (node.type === 'ParenthesisNode' && constant((node as unknown as { content: MathNode }).content));
  if (!distribution || !args.every(constant)) return undefined;
  const params = args.map((arg) => arg.compile().evaluate(new Map()) as number);
  if (!params.every(Number.isFinite)) return new ExpressionError(`${distribution.signature} takes finite numbers`);
  const invalid = distribution.invalid(params);
  return invalid ? new ExpressionError(`${distribution.signature}: ${invalid}`) : { distribution, params };
}

const describe = (value: unknown) => (value === null ? 'null' : Array.isArray(value) ? 'a list' : `a ${typeof value}`);

/** Why `node` falls outside the whitelist, or undefined when it (and everything under it) is allowed. */
function whitelistViolation(
  node: MathNode,
  knownNames: readonly string[],
  names: Set<string>,
  markRandom: () => void,
): string | undefined {
  const inner = (child: MathNode) => whitelistViolation(child, knownNames, names, markRandom);
  const firstOf = (children: readonly MathNode[]) => children.map(inner).find((reason) => reason !== undefined);
  switch (node.type) {
    case 'ConstantNode': {
      const { value } = node as unknown as { value: unknown };
      return typeof value === 'number' ? undefined : `only numbers are allowed, not ${JSON.stringify(value)}`;
    }
    case 'SymbolNode': {
      const { name } = node as unknown as { name: string };
      if (ARITY.has(name)) return `${name} is a function: call it as ${name}(…)`;
      if (!knownNames.includes(name)) return `unknown name "${name}"; known names: ${knownNames.join(', ')}`;
      names.add(name);
      return undefined;
    }
    case 'ParenthesisNode':
      return inner((node as unknown as { content: MathNode }).content);
    case 'OperatorNode': {
      const { op, args } = node as unknown as { op: string; args: MathNode[] };
      return OPERATORS.has(op) ? firstOf(args) : `the operator ${op} is not allowed (use + - * / ^)`;
    }
    case 'FunctionNode': {
      const { fn, args } = node as unknown as { fn: MathNode; args: MathNode[] };
      if (fn.type !== 'SymbolNode') return 'only named functions may be called';
      const { name } = fn as unknown as { name: string };
      if (!ARITY.has(name)) {
        return `unknown function "${name}"; allowed: ${[...ARITY.keys()].join(', ')}`;
      }
      const arity = ARITY.get(name);
      const distribution = DISTRIBUTIONS.find((candidate) => candidate.name === name);
      if (distribution) markRandom();
      if (arity !== undefined && args.length !== arity)
        return `${distribution?.signature ?? name} takes ${arity} arguments`;
      if (args.length === 0) return `${name}() needs an argument`;
      return firstOf(args);
    }
    case 'AssignmentNode':
      return 'assignments are not allowed: write an expression, not "name = …"';
    case 'FunctionAssignmentNode':
      return 'defining functions is not allowed';
    case 'AccessorNode':
    case 'IndexNode':
      return 'property and index access are not allowed';
    case 'ArrayNode':
    case 'RangeNode':
      return 'matrices and ranges are not allowed: a driver is one number per draw';
    case 'ObjectNode':
      return 'objects are not allowed';
    case 'BlockNode':
      return 'only one expression is allowed (no ";" or line breaks)';
    case 'ConditionalNode':
    case 'RelationalNode':
      return 'comparisons and conditions are not allowed';
    default:
      return `${node.type} is not allowed`;
  }
}
