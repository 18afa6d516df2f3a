import Decimal from 'decimal.js';

/**
 * The one module that owns time and rounding for the cost model. Money is decimal from the
 * price string to the total; binary floats never hold a price.
 */
export const Money = Decimal.clone({ precision: 28, rounding: Decimal.ROUND_HALF_UP, toExpNeg: -30, toExpPos: 40 });
export type Money = Decimal;

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

/**
 * Per-day usage over a 730-hour month. 730 ÷ 24 repeats, so the product is cut at 20 decimals:
 * whole results stay whole (24 runs a day are 730 runs, not 730.00…008) and a later ceil
 * cannot add a phantom unit.
 */
export function perMonthFromPerDay(perDay: Decimal): Money {
  return perDay.times(DAYS_PER_MONTH).toDecimalPlaces(20);
}

export function perMonthFromPerSecond(perSecond: Decimal): Money {
  return perSecond.times(SECONDS_PER_MONTH);
}

export function money(value: Decimal.Value): Money {
  return new Money(value);
}

/** Rounds a line's exact amount to cents, once, half up. */
export function roundToCents(exact: Decimal): Money {
  return exact.toDecimalPlaces(2, Decimal.ROUND_HALF_UP);
}

/** Cents as a fixed two-decimal string, the one form money leaves the cost model in. */
export function centsString(value: Decimal): string {
  return value.toFixed(2);
}

/**
 * A decimal as a plain string without exponent or trailing zeros, cut at 10 decimals (the
 * precision of Price List prices): repeating fractions such as 730 ÷ 24 end there.
 */
export function plainString(value: Decimal): string {
  // Decimals keep no trailing zeros, so the unpadded fixed form is already the shortest one.
  const cut = value.toDecimalPlaces(10);
  // A positive amount below 1e-10 keeps its significant digits rather than reading as zero.
  if (cut.isZero() && !value.isZero()) return value.toSignificantDigits(10).toFixed();
  return cut.isZero() ? '0' : cut.toFixed();
}
