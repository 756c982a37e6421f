/**
 * A seeded pseudo-random source: xoshiro128** (Blackman & Vigna, 2018) seeded through splitmix32, with
 * standard normals by the Box–Muller transform.
 *
 * Hand-written (about 30 lines) rather than a library because: the result must be identical in every
 * JavaScript engine for a given seed (only 32-bit integer operations through imul and >>>), it runs
 * in the custom-functions bundle where a dependency costs load time, and mathjs's own `random` (config
 * `randomSeed`, via seedrandom's ARC4) is reproducible but gives uniforms only, is process-global per
 * mathjs instance and would pull mathjs into every bundle that needs a draw.
 */
// Module-local references: a global lookup per call is ~30× slower inside jest's vm sandbox.
const { cos, imul, log, PI, sin, sqrt } = Math;

export class Random {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;
  // A flag beside a plain number (not `number | undefined`) keeps the field an unboxed double.
  private spareNormal = 0;
  private hasSpareNormal = false;

  /** `seed` is any whole number in 0…2³²−1; the same seed gives the same sequence everywhere. */
  constructor(seed: number) {
    let state = seed >>> 0;
    const splitmix32 = (): number => {
      state = (state + 0x9e3779b9) | 0;
      let z = state ^ (state >>> 16);
      z = imul(z, 0x21f0aaad);
      z ^= z >>> 15;
      z = imul(z, 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    this.s0 = splitmix32();
    this.s1 = splitmix32();
    this.s2 = splitmix32();
    this.s3 = splitmix32();
  }

  /** A source in a given xoshiro128** state, to compare with the reference implementation's published outputs. */
  static fromState(state: readonly [number, number, number, number]): Random {
    const random = new Random(0);
    [random.s0, random.s1, random.s2, random.s3] = state;
    return random;
  }

  /** The next 32 random bits as an unsigned integer. */
  nextUint32(): number {
    const result = imul(rotateLeft(imul(this.s1, 5), 7), 9) >>> 0;
    const shifted = this.s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= this.s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= shifted;
    this.s3 = rotateLeft(this.s3, 11);
    return result;
  }

  /** Uniform in the open interval (0, 1): never 0 or 1, so logarithms and inverse CDFs stay finite. */
  uniform(): number {
    return (this.nextUint32() + 0.5) * 2 ** -32;
  }

  /** Standard normal (mean 0, sd 1). Box–Muller yields two per pair of uniforms; the second is kept. */
  normal(): number {
    if (this.hasSpareNormal) {
      this.hasSpareNormal = false;
      return this.spareNormal;
    }
    const radius = sqrt(-2 * log(this.uniform()));
    const angle = 2 * PI * this.uniform();
    this.spareNormal = radius * sin(angle);
    this.hasSpareNormal = true;
    return radius * cos(angle);
  }
}

const rotateLeft = (x: number, bits: number): number => (x << bits) | (x >>> (32 - bits));
