/** The largest price an input may carry: ¥1,000,000.00 in 分. */
export const MAX_PRICE = 100_000_000;
