import { HcError, Outcome } from './errors';

/** The labelled standard blend: 3 input tokens to 1 output token, no cache reads. */
export const STANDARD_OUTPUT_SHARE = 0.25;

/**
 * Price per million tokens of a usage mix; shares are fractions of all tokens, the rest is uncached
 * input: input × (1 − output_share − cached_share) + output × output_share + cached × cached_share.
 * Shares are checked to lie in 0…1 by the caller's domains; here, their sum and the cached price.
 *
 * @example blendedPrice(3, 15, 0.05, 0.3, 0.8) // 1.44 (an agent: mostly cache reads)
 */
export function blendedPrice(
  inputPrice: number,
  outputPrice: number,
  outputShare: number,
  cachedPrice?: number,
  cachedShare = 0,
): Outcome {
  if (outputShare + cachedShare > 1) return new HcError('#NUM!', 'output_share + cached_share must be ≤ 1');
  if (cachedShare > 0 && cachedPrice === undefined) {
    return new HcError('#VALUE!', 'cached_price is required when cached_share > 0');
  }
  const cached = cachedShare > 0 ? (cachedPrice as number) * cachedShare : 0;
  return inputPrice * (1 - outputShare - cachedShare) + outputPrice * outputShare + cached;
}

/**
 * The standard 3:1 input:output blend, no cache reads.
 *
 * @example standardBlend(3, 15) // 6
 */
export function standardBlend(inputPrice: number, outputPrice: number): number {
  return inputPrice * (1 - STANDARD_OUTPUT_SHARE) + outputPrice * STANDARD_OUTPUT_SHARE;
}
