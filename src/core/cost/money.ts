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

/** Hours in a day, the divisor that turns the 730-hour month into days. */
export const HOURS_PER_DAY = new Money(24);

/**
 * Per-day usage over a 730-hour month: multiplied by 730 before dividing by 24, so a whole
 * result stays whole (24 runs a day are 730 runs, 150 GB a day 4,562.5 GB) and a later ceil
 * cannot add a phantom unit; only a result that does not end (1 run a day) is rounded.
 */
export function perMonthFromPerDay(perDay: Decimal): Money {
  return perDay.times(HOURS_PER_MONTH).div(HOURS_PER_DAY);
}

export function perMonthFromPerSecond(perSecond: Decimal): Money {
  return perSecond.times(SECONDS_PER_MONTH);
}

/**
 * Wide enough that products of usage figures (each far below 32 significant digits) are exact.
 * Money's 28 digits are not: 150 GB/day × 1,048,576 KB × 730 ÷ 24 came out a hair above
 * 4,784,128,000 there, and the ceil that followed counted one event too many.
 */
const EXACT_DIGITS = 64;
const RoundingUp = Money.clone({ precision: EXACT_DIGITS, rounding: Decimal.ROUND_CEIL });
const RoundingDown = Money.clone({ precision: EXACT_DIGITS, rounding: Decimal.ROUND_FLOOR });

/** The product of non-negative `factors` with every digit kept (a Money holds as many digits as it is given). */
export function exactProduct(...factors: readonly Decimal.Value[]): Money {
  return new Money(factors.reduce<Decimal>((product, factor) => product.times(factor), new RoundingUp(1)));
}

/**
 * ⌈product of `numerator` ÷ product of `denominator`⌉ for non-negative factors, as if computed
 * with fractions: the quotient is rounded up, never down, before the ceil, so a whole quotient
 * stays whole and any other goes to the next whole number, the one AWS bills.
 */
export function ceilOfRatio(numerator: readonly Decimal.Value[], denominator: readonly Decimal.Value[] = []): Money {
  const top = numerator.reduce<Decimal>((product, factor) => product.times(factor), new RoundingUp(1));
  const bottom = denominator.reduce<Decimal>((product, factor) => product.times(factor), new RoundingDown(1));
  return new Money(new RoundingUp(top).div(bottom).ceil());
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
