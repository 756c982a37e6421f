import {
  DISTRIBUTIONS,
  LOGNORMAL,
  NORMAL,
  TRIANGULAR,
  UNIFORM,
  Distribution,
} from '../../src/uncertainty/distributions';
import { Random } from '../../src/model/random';

const DRAWS = 200_000;

function sampleMoments(distribution: Distribution, params: number[], seed = 11) {
  const random = new Random(seed);
  const draws = Array.from({ length: DRAWS }, () => distribution.sample(random, params));
  const mean = draws.reduce((sum, x) => sum + x, 0) / DRAWS;
  const variance = draws.reduce((sum, x) => sum + (x - mean) ** 2, 0) / (DRAWS - 1);
  return { mean, variance, min: draws.reduce((a, b) => Math.min(a, b)), max: draws.reduce((a, b) => Math.max(a, b)) };
}

/** Sample mean within 5 standard errors, sample variance within 5% (all these have light enough tails). */
function expectMoments(distribution: Distribution, params: number[], mean: number, variance: number) {
  const sample = sampleMoments(distribution, params);
  expect(Math.abs(sample.mean - mean)).toBeLessThan(5 * Math.sqrt(variance / DRAWS));
  expect(Math.abs(sample.variance / variance - 1)).toBeLessThan(0.05);
  return sample;
}

describe('distributions: sample moments against the closed forms', () => {
  it('normal(1, 0.3): mean 1, variance 0.09', () => {
    expectMoments(NORMAL, [1, 0.3], 1, 0.09);
  });

  it('lognormal(0, 0.4): mean e^(σ²/2), variance (e^σ² − 1) e^σ², always positive', () => {
    const s2 = 0.16;
    const sample = expectMoments(LOGNORMAL, [0, 0.4], Math.exp(s2 / 2), (Math.exp(s2) - 1) * Math.exp(s2));
    expect(sample.min).toBeGreaterThan(0);
  });

  it('uniform(0.5, 2): mean 1.25, variance 1.5²/12, inside its bounds', () => {
    const sample = expectMoments(UNIFORM, [0.5, 2], 1.25, 2.25 / 12);
    expect(sample.min).toBeGreaterThanOrEqual(0.5);
    expect(sample.max).toBeLessThanOrEqual(2);
  });

  it('triangular(0.2, 1, 3): mean (a+b+c)/3, variance (a²+b²+c²−ab−ac−bc)/18, inside its bounds', () => {
    const [a, b, c] = [0.2, 1, 3];
    const sample = expectMoments(
      TRIANGULAR,
      [a, b, c],
      (a + b + c) / 3,
      (a * a + b * b + c * c - a * b - a * c - b * c) / 18,
    );
    expect(sample.min).toBeGreaterThanOrEqual(a);
    expect(sample.max).toBeLessThanOrEqual(c);
  });

  it('triangular puts the share (mode − low) ÷ (high − low) below the mode', () => {
    const random = new Random(5);
    const draws = Array.from({ length: DRAWS }, () => TRIANGULAR.sample(random, [0.2, 1, 3]));
    const belowMode = draws.filter((x) => x < 1).length / DRAWS;
    expect(Math.abs(belowMode - 0.8 / 2.8)).toBeLessThan(0.005);
  });

  it('degenerate ranges give their single value', () => {
    const random = new Random(1);
    expect(NORMAL.sample(random, [0.4, 0])).toBe(0.4);
    expect(UNIFORM.sample(random, [2, 2])).toBe(2);
    expect(TRIANGULAR.sample(random, [3, 3, 3])).toBe(3);
  });
});

describe('distribution parameters', () => {
  it.each([
    [NORMAL, [1, -0.1], 'sd must be ≥ 0'],
    [LOGNORMAL, [0, -1], 'sigma must be ≥ 0'],
    [UNIFORM, [2, 0.5], 'low must be ≤ high'],
    [TRIANGULAR, [0.2, 4, 3], 'low ≤ mode ≤ high must hold'],
    [TRIANGULAR, [1, 0.5, 3], 'low ≤ mode ≤ high must hold'],
  ] as const)('%p %p is refused: %s', (distribution, params, message) => {
    expect(distribution.invalid(params)).toBe(message);
  });

  it('accepts valid parameters and lists every distribution once with its arity', () => {
    expect(NORMAL.invalid([1, 0.3])).toBeUndefined();
    expect(TRIANGULAR.invalid([0.2, 1, 3])).toBeUndefined();
    expect(DISTRIBUTIONS.map((d) => `${d.signature}/${d.arity}`)).toEqual([
      'normal(mean, sd)/2',
      'lognormal(mu, sigma)/2',
      'uniform(low, high)/2',
      'triangular(low, mode, high)/3',
    ]);
  });
});
