/** Which price of a model: input, cache read, output, or the labelled 3:1 input:output blend. */
export const PRICE_KINDS = ['input', 'cached', 'output', 'blended'] as const;
export type PriceKind = (typeof PRICE_KINDS)[number];
