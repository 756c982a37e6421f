import { HcError } from '../../src/model/errors';
import { blendedPrice, STANDARD_OUTPUT_SHARE, standardBlend } from '../../src/model/pricing';

describe('blendedPrice', () => {
  it('weights each price by its share of all tokens; the rest is uncached input', () => {
    expect(blendedPrice(3, 15, 0.25)).toBe(6);
    expect(blendedPrice(3, 15, 0.05, 0.3, 0.8)).toBeCloseTo(1.44, 12);
    expect(blendedPrice(3, 15, 0)).toBe(3);
    expect(blendedPrice(3, 15, 1)).toBe(15);
    expect(blendedPrice(3, 15, 0, 0.3, 1)).toBeCloseTo(0.3, 12);
  });

  it('ignores a cached price when no tokens are cache reads', () => {
    expect(blendedPrice(3, 15, 0.25, 0.3, 0)).toBe(6);
    expect(blendedPrice(3, 15, 0.25, undefined, 0)).toBe(6);
  });

  it('rejects shares summing above 1 and a cached share without a cached price', () => {
    expect(blendedPrice(3, 15, 0.5, 0.3, 0.6)).toEqual(new HcError('#NUM!', 'output_share + cached_share must be ≤ 1'));
    expect(blendedPrice(3, 15, 0.05, undefined, 0.8)).toEqual(
      new HcError('#VALUE!', 'cached_price is required when cached_share > 0'),
    );
  });
});

describe('standardBlend', () => {
  it('is 3 input tokens to 1 output token, the same as blendedPrice at a 25% output share', () => {
    expect(STANDARD_OUTPUT_SHARE).toBe(0.25);
    expect(standardBlend(2.5, 10)).toBe(4.375);
    expect(standardBlend(3, 15)).toBe(blendedPrice(3, 15, STANDARD_OUTPUT_SHARE));
  });
});
