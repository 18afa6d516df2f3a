import type { Locale } from '../locales';

/**
 * Decimals as a person types them in the page's language, and back. A Brazilian seller
 * types "5,40" and "1.500" (one thousand five hundred); an English one "5.40" and "1,500".
 * Stored values are always plain decimal text ("5.40", "1500") so every locale computes
 * the same cents.
 */

const SIGN = '[+-]?';

const GROUPED: Readonly<Record<Locale, { readonly pattern: RegExp; readonly group: string; readonly point: string }>> = {
  // pt-BR groups thousands with dots and marks decimals with a comma: "1.234,5".
  'pt-BR': { pattern: new RegExp(`^${SIGN}[1-9]\\d{0,2}(\\.\\d{3})+(,\\d+)?$`), group: '.', point: ',' },
  en: { pattern: new RegExp(`^${SIGN}[1-9]\\d{0,2}(,\\d{3})+(\\.\\d+)?$`), group: ',', point: '.' },
};

const PLAIN_DECIMAL = new RegExp(`^${SIGN}(\\d+(\\.\\d*)?|\\.\\d+)$`);
const COMMA_DECIMAL = new RegExp(`^${SIGN}(\\d+(,\\d*)?|,\\d+)$`);

/**
 * The plain decimal text of what was typed, or `undefined` when it is not a number in
 * `locale`. pt-BR also takes a dot as the decimal mark ("5.40", as exchange rates are
 * quoted), except in a thousands group ("1.000" is one thousand there).
 */
export function readTypedDecimal(typed: string, locale: Locale): string | undefined {
  const text = typed.trim();
  const { pattern, group, point } = GROUPED[locale];
  if (pattern.test(text)) return text.replaceAll(group, '').replace(point, '.');
  if (PLAIN_DECIMAL.test(text)) return text;
  if (locale === 'pt-BR' && COMMA_DECIMAL.test(text)) return text.replace(',', '.');
  return undefined;
}

/** A stored plain decimal as the page's language writes it in an input (no grouping). */
export function writeTypedDecimal(plain: string, locale: Locale): string {
  return locale === 'pt-BR' ? plain.replace('.', ',') : plain;
}
