import Big from 'big.js';

/**
 * The one module that owns time and rounding for the cost model. Money is decimal from the
 * price string to the total; binary floats never hold a price. big.js keeps every digit of a
 * sum or product; only a quotient is cut, at 28 decimal places, half up. Exponents are never
 * printed for the magnitudes a bill holds.
 */
export const Money = Big();
Money.DP = 28;
Money.RM = Big.roundHalfUp;
Money.NE = -30;
Money.PE = 40;
export type Money = Big;
/** What a decimal can be built from: a Big, or a number or string that reads as one. */
export type DecimalInput = Big.BigSource;

/** AWS's own convention for monthly estimates (the AWS Pricing Calculator uses 730 hours). */
export const HOURS_PER_MONTH = new Money(730);
export const DAYS_PER_MONTH = HOURS_PER_MONTH.div(24);
export const SECONDS_PER_MONTH = HOURS_PER_MONTH.times(3600);

/** Size conversions the price list uses: 1 TB = 1024 GB, 1 GB = 1024 MB = 1024 × 1024 KB. */
export const MB_PER_GB = new Money(1024);
export const GB_PER_TB = new Money(1024);
export const KB_PER_GB = new Money(1024 * 1024);
/** Exact reciprocals (powers of two), so conversions multiply instead of dividing. */
export const MB_PER_KB = new Money(1).div(1024);
export const GB_PER_KB = new Money(1).div(1024 * 1024);
export const TB_PER_MB = new Money(1).div(1024 * 1024);

export const ZERO = new Money(0);

/** Hours in a day, the divisor that turns the 730-hour month into days. */
export const HOURS_PER_DAY = new Money(24);

/**
 * Per-day usage over a 730-hour month: multiplied by 730 before dividing by 24, so a whole
 * result stays whole (24 runs a day are 730 runs, 150 GB a day 4,562.5 GB) and a later ceil
 * cannot add a phantom unit; only a result that does not end (1 run a day) is rounded.
 */
export function perMonthFromPerDay(perDay: Big): Money {
  return perDay.times(HOURS_PER_MONTH).div(HOURS_PER_DAY);
}

export function perMonthFromPerSecond(perSecond: Big): Money {
  return perSecond.times(SECONDS_PER_MONTH);
}

/** Quotients cut to whole numbers, toward zero: the first step of an exact ceil. */
const WholeQuotient = Big();
WholeQuotient.DP = 0;
WholeQuotient.RM = Big.roundDown;

/** The product of `factors`, every digit kept. */
export function exactProduct(...factors: readonly DecimalInput[]): Money {
  return factors.reduce<Money>((product, factor) => product.times(factor), new Money(1));
}

/** The smallest whole number not below `value` (big.js has no ceil; its roundUp rounds away from zero). */
export function ceilWhole(value: Big): Money {
  return new Money(value.round(0, value.lt(0) ? Big.roundDown : Big.roundUp));
}

/** The larger of the values, as Money. */
export function largest(first: DecimalInput, ...others: readonly DecimalInput[]): Money {
  return others.reduce<Money>((best, value) => (best.lt(value) ? new Money(value) : best), new Money(first));
}

/** The smaller of the values, as Money. */
export function smallest(first: DecimalInput, ...others: readonly DecimalInput[]): Money {
  return others.reduce<Money>((best, value) => (best.gt(value) ? new Money(value) : best), new Money(first));
}

/**
 * ⌈product of `numerator` ÷ product of `denominator`⌉ for non-negative factors, as if computed
 * with fractions: the whole part of the quotient, plus one when anything remains. A quotient
 * carried to some decimal places and then ceiled could land a hair above a whole number (150
 * GB/day × 1,048,576 KB × 730 ÷ 24 is exactly 4,784,128,000) and bill one unit too many.
 */
export function ceilOfRatio(numerator: readonly DecimalInput[], denominator: readonly DecimalInput[] = []): Money {
  const top = exactProduct(...numerator);
  const bottom = exactProduct(...denominator);
  const whole = new Money(new WholeQuotient(top).div(bottom));
  return whole.times(bottom).eq(top) ? whole : whole.plus(1);
}

export function money(value: DecimalInput): Money {
  return new Money(value);
}

/** Rounds a line's exact amount to cents, once, half up. */
export function roundToCents(exact: Big): Money {
  return new Money(exact.round(2, Big.roundHalfUp));
}

/** Cents as a fixed two-decimal string, the one form money leaves the cost model in. */
export function centsString(value: Big): string {
  return value.toFixed(2);
}

/**
 * A decimal as a plain string without exponent or trailing zeros, cut at 10 decimals (the
 * precision of Price List prices): repeating fractions such as 730 ÷ 24 end there.
 */
export function plainString(value: Big): string {
  // Decimals keep no trailing zeros, so the unpadded fixed form is already the shortest one.
  const cut = value.round(10, Big.roundHalfUp);
  // A positive amount below 1e-10 keeps its significant digits rather than reading as zero.
  if (cut.eq(0) && !value.eq(0)) return value.prec(10, Big.roundHalfUp).toFixed();
  return cut.eq(0) ? '0' : cut.toFixed();
}
