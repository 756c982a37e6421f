/** Prices are quoted per million tokens. */
export const TOKENS_PER_PRICE_UNIT = 1e6;
/** Growth rates are per year; projections run in months. */
export const MONTHS_PER_YEAR = 12;
