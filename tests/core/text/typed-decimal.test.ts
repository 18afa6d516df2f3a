import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { readTypedDecimal, writeTypedDecimal } from '../../../src/core/text/typed-decimal';

describe('readTypedDecimal', () => {
  test('reads what a Brazilian seller types: decimal comma, thousands dots, and the dot of a quoted rate', () => {
    expect(readTypedDecimal('5,40', 'pt-BR')).toBe('5.40');
    expect(readTypedDecimal(' 2,5 ', 'pt-BR')).toBe('2.5');
    expect(readTypedDecimal('1.500', 'pt-BR')).toBe('1500');
    expect(readTypedDecimal('1.234.567,89', 'pt-BR')).toBe('1234567.89');
    expect(readTypedDecimal('5.40', 'pt-BR')).toBe('5.40');
    expect(readTypedDecimal('-5', 'pt-BR')).toBe('-5');
  });

  test('reads what an English seller types: decimal point and thousands commas', () => {
    expect(readTypedDecimal('5.40', 'en')).toBe('5.40');
    expect(readTypedDecimal('1,500', 'en')).toBe('1500');
    expect(readTypedDecimal('1,234,567.89', 'en')).toBe('1234567.89');
    expect(readTypedDecimal('.5', 'en')).toBe('.5');
  });

  test('refuses what is not a number in that language', () => {
    for (const text of ['', 'abc', '5,4,0', '1.2.3', '12,34', '1e3', '5 40', '0x10', 'NaN', 'Infinity']) expect(readTypedDecimal(text, 'en'), text).toBeUndefined();
    for (const text of ['', 'abc', '5,4,0', '1,2,3', '1.2.3,4.5', '1e3', '5 40']) expect(readTypedDecimal(text, 'pt-BR'), text).toBeUndefined();
  });

  test('any number the browser formats for the locale reads back as the same number', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), fc.integer({ min: 0, max: 99 }), fc.boolean(), fc.constantFrom('en', 'pt-BR' as const), (whole, cents, grouped, locale) => {
        const value = whole + cents / 100;
        const typed = new Intl.NumberFormat(locale, { useGrouping: grouped, maximumFractionDigits: 2 }).format(value);
        expect(Number(readTypedDecimal(typed, locale))).toBeCloseTo(value, 2);
      }),
    );
  });

  test('a stored decimal written for the input reads back unchanged', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^\d{1,9}(\.\d{1,4})?$/), fc.constantFrom('en', 'pt-BR' as const), (plain, locale) => {
        expect(readTypedDecimal(writeTypedDecimal(plain, locale), locale)).toBe(plain);
      }),
    );
  });
});
