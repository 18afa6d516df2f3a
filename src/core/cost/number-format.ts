import type Big from 'big.js';
import { unitAfter, type UnitLabel } from '../i18n/unit-label';
import type { Locale } from '../locales';
import { Money } from './money';

const SEPARATORS: Record<Locale, { group: string; decimal: string }> = {
  en: { group: ',', decimal: '.' },
  'pt-BR': { group: '.', decimal: ',' },
};

function groupDigits(fixed: string, locale: Locale): string {
  const { group, decimal } = SEPARATORS[locale];
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return fraction === undefined || fraction === '' ? grouped : `${grouped}${decimal}${fraction}`;
}

/** A quantity for people: grouped digits, at most `maxDecimals` decimals, no trailing zeros. */
export function formatQuantity(value: Big.BigSource, locale: Locale, maxDecimals = 2): string {
  const fixed = new Money(value).round(maxDecimals).toFixed();
  return groupDigits(fixed.includes('.') ? fixed.replace(/0+$/, '').replace(/\.$/, '') : fixed, locale);
}

/**
 * A quantity and its unit, the unit agreeing with the number as printed: "1 run/day" and
 * "2 runs/day", "1,5 execução/dia" and "2 execuções/dia".
 */
export function formatQuantityWithUnit(value: Big.BigSource, unit: UnitLabel | undefined, locale: Locale, maxDecimals = 2): string {
  const shown = new Money(value).round(maxDecimals);
  const text = formatQuantity(shown, locale, maxDecimals);
  return unit === undefined ? text : `${text} ${unitAfter(unit, shown.toNumber(), locale)}`;
}

/** An assumption's value for people: a number grouped in the locale with its unit, a choice id as it is. */
export function formatAssumptionValue(value: string, unit: UnitLabel | undefined, locale: Locale): string {
  if (/^\d+(\.\d+)?$/.test(value)) return formatQuantityWithUnit(value, unit, locale, 4);
  return unit === undefined ? value : `${value} ${unitAfter(unit, Number(value), locale)}`;
}

/** Money in cents: `$1,215.00` / `US$ 1.215,00`. */
export function formatUsd(value: Big.BigSource, locale: Locale): string {
  const text = groupDigits(new Money(value).toFixed(2), locale);
  return locale === 'en' ? `$${text}` : `US$ ${text}`;
}

export function formatBrl(value: Big.BigSource, locale: Locale): string {
  return `R$ ${groupDigits(new Money(value).toFixed(2), locale)}`;
}

/** Every digit of `value` kept, and at least cents: `0.0000166667`, `0.90` (`0,90` in pt-BR). */
function everyDigitAtLeastCents(value: Big.BigSource, locale: Locale): string {
  const fixed = new Money(value).toFixed();
  const [whole = '0', fraction = ''] = fixed.split('.');
  return groupDigits(`${whole}.${fraction.replace(/0+$/, '').padEnd(2, '0')}`, locale);
}

/** A unit price with every published digit kept, at least cents: `$0.0000166667`, `$0.90`. */
export function formatUnitPrice(value: Big.BigSource, locale: Locale): string {
  const text = everyDigitAtLeastCents(value, locale);
  return locale === 'en' ? `$${text}` : `US$ ${text}`;
}

/**
 * A BRL-per-USD exchange rate with every digit the user gave: `5.40 BRL per USD`; in pt-BR
 * the way Brazilian quotes read, `R$ 5,40 por US$ 1`.
 */
export function formatBrlPerUsd(value: Big.BigSource, locale: Locale): string {
  const text = everyDigitAtLeastCents(value, locale);
  return locale === 'en' ? `${text} BRL per USD` : `R$ ${text} por US$ 1`;
}
