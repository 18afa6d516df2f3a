import Big from 'big.js';

/**
 * The one module that owns time and rounding for the cost model. Money is decimal from the
 * price string to the total; binary floats never hold a price.
 */
export type Money = Big;
/** What a Money can be built from: a number, a decimal string or another Money. */
export type MoneyLike = Big.BigSource;

/** A divisor of at most this many digits is held in one JS number: remainders stay far below 2^53. */
const SHORT_DIVISOR_DIGITS = 14;

/**
 * `dividend ÷ divisor` to `significantDigits` digits, half up, by schoolbook division with the
 * divisor's digits as one number: several times faster than big.js's digit-by-digit long
 * division, and the cost model divides by such numbers (60, 1,024, a record size, a total in cents)
 * almost always. Fills in and returns `quotient`.
 */
function shortDivision(dividend: Big, divisor: Big, significantDigits: number, quotient: Big): Big {
  let divisorValue = 0;
  for (const digit of divisor.c) divisorValue = divisorValue * 10 + digit;
  const digits: number[] = [];
  let remainder = 0;
  let position = 0;
  let firstDigitPosition = 0;
  // One digit more than kept, to round on.
  while (digits.length <= significantDigits && (position < dividend.c.length || remainder !== 0)) {
    remainder = remainder * 10 + (dividend.c[position] ?? 0);
    const digit = Math.floor(remainder / divisorValue);
    remainder -= digit * divisorValue;
    if (digits.length === 0) firstDigitPosition = position;
    if (digits.length > 0 || digit !== 0) digits.push(digit);
    position += 1;
  }
  let exponent = dividend.e - divisor.e + divisor.c.length - 1 - firstDigitPosition;
  if (digits.length > significantDigits && (digits.pop() as number) >= 5) {
    let last = digits.length - 1;
    while (last >= 0 && digits[last] === 9) digits[last--] = 0;
    if (last >= 0) digits[last] = (digits[last] as number) + 1;
    else {
      digits.unshift(1);
      exponent += 1;
    }
  }
  while (digits.length > 1 && digits[digits.length - 1] === 0) digits.pop();
  quotient.c = digits;
  quotient.e = exponent;
  quotient.s = dividend.s * divisor.s;
  return quotient;
}

/**
 * A big.js constructor of its own whose sums, differences, products and quotients are rounded to
 * `significantDigits` significant digits, half up, like a calculator with that many digits.
 *
 * Plain big.js adds and multiplies exactly and divides to a fixed number of decimal places. The
 * cost model needs one rounding rule for every step instead: a repeating quotient such as
 * 730 ÷ 24 or 25,550 ÷ 60 is cut at its 28th digit, and rounding the product that uses it to 28
 * digits again drops that cut (425.83… × 0.69 bills 293.825 → $293.83, not 293.82499… → $293.82),
 * and chains of conversions (× 86,400 ÷ 1,048,576 … ÷ record size) land on whole numbers, so a
 * later ceil adds no phantom unit. Digit counts stay bounded, which also keeps big.js fast.
 *
 * The constructor gets its own prototype on top of big.js's shared one, so other users of big.js
 * keep plain big.js arithmetic.
 */
export function roundedDecimal(significantDigits: number): Big.BigConstructor {
  const Decimal = Big();
  Decimal.RM = Big.roundHalfUp;
  const exact = Object.getPrototypeOf(new Decimal(0)) as Big;
  const rounded = Object.create(exact) as Record<string, unknown>;
  const toPrecision = (result: Big): Big => (result.c.length > significantDigits ? result.prec(significantDigits, Big.roundHalfUp) : result);
  for (const name of ['plus', 'add', 'minus', 'sub', 'times', 'mul'] as const) {
    const operation = exact[name];
    rounded[name] = function (this: Big, other: Big.BigSource): Big {
      return toPrecision(operation.call(this, other));
    };
  }
  rounded.div = function (this: Big, divisor: Big.BigSource): Big {
    // Only read here, so a Big of any constructor will do.
    const by = typeof divisor === 'object' ? divisor : new Decimal(divisor);
    if (by.c[0] === 0) return exact.div.call(this, by); // big.js's own division-by-zero error
    if (this.c[0] === 0) return new Decimal(0);
    if (by.c.length <= SHORT_DIVISOR_DIGITS) return shortDivision(this, by, significantDigits, new Decimal(0));
    // big.js divides to a fixed number of decimal places (Decimal.DP), which would cut a tiny
    // quotient to zero and keep every digit of a huge one. With both operands at the same
    // magnitude and sign the quotient lies in [0.1, 10), so DP can ask for exactly
    // `significantDigits` digits, which big.js rounds once from the true remainder; the quotient
    // is then shifted back.
    const dividend = new Decimal(this);
    const positiveDivisor = new Decimal(by);
    const shift = dividend.e - positiveDivisor.e;
    dividend.e = positiveDivisor.e;
    dividend.s = positiveDivisor.s = 1;
    Decimal.DP = dividend.gte(positiveDivisor) ? significantDigits - 1 : significantDigits;
    const quotient = exact.div.call(dividend, positiveDivisor);
    quotient.e += shift;
    quotient.s = this.s * by.s;
    return quotient;
  };
  (Decimal as unknown as { prototype: object }).prototype = rounded;
  return Decimal;
}

/** The cost model's decimal: 28 significant digits at every step, far below a cent on any realistic bill. */
export const Money = roundedDecimal(28);
// Quantities are written out in plain digits, from 1e-30 up to 1e40.
Money.NE = -30;
Money.PE = 40;

const HALF_UP = Big.roundHalfUp;

export const ZERO = new Money(0);

export function money(value: MoneyLike): Money {
  return new Money(value);
}

export function isZero(value: Money): boolean {
  return value.c[0] === 0;
}

export function isWhole(value: Money): boolean {
  return isZero(value) || value.e >= value.c.length - 1;
}

/** The smallest whole number not below `value`. */
export function ceil(value: Money): Money {
  return value.round(0, value.s < 0 ? Big.roundDown : Big.roundUp);
}

export function maxOf(...values: readonly MoneyLike[]): Money {
  let best: Money | undefined;
  for (const value of values) if (best === undefined || best.lt(value)) best = new Money(value);
  if (best === undefined) throw new RangeError('maxOf needs at least one value');
  return best;
}

export function minOf(...values: readonly MoneyLike[]): Money {
  let best: Money | undefined;
  for (const value of values) if (best === undefined || best.gt(value)) best = new Money(value);
  if (best === undefined) throw new RangeError('minOf needs at least one value');
  return best;
}

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

/**
 * Per-day usage over a 730-hour month. 730 ÷ 24 repeats, so the product is cut at 20 decimals:
 * whole results stay whole (24 runs a day are 730 runs, not 730.00…008) and a later ceil
 * cannot add a phantom unit.
 */
export function perMonthFromPerDay(perDay: Money): Money {
  return perDay.times(DAYS_PER_MONTH).round(20, HALF_UP);
}

export function perMonthFromPerSecond(perSecond: Money): Money {
  return perSecond.times(SECONDS_PER_MONTH);
}

/** Rounds a line's exact amount to cents, once, half up. */
export function roundToCents(exact: Money): Money {
  return exact.round(2, HALF_UP);
}

/** Cents as a fixed two-decimal string, the one form money leaves the cost model in. */
export function centsString(value: Money): string {
  return value.toFixed(2, HALF_UP);
}

/**
 * A decimal as a plain string without exponent or trailing zeros, cut at 10 decimals (the
 * precision of Price List prices): repeating fractions such as 730 ÷ 24 end there.
 */
export function plainString(value: Money): string {
  // big.js keeps no trailing zeros, so the unpadded fixed form is already the shortest one.
  const cut = value.round(10, HALF_UP);
  // A positive amount below 1e-10 keeps its significant digits rather than reading as zero.
  if (isZero(cut) && !isZero(value)) return value.prec(10, HALF_UP).toFixed();
  return isZero(cut) ? '0' : cut.toFixed();
}
