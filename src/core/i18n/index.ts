import type { Locale } from '../locales';
import { interpolate, parseDictionaries } from './dictionary';
import en from './en.json';
import ptBR from './pt-BR.json';
import { pluralForm } from './plural';

/** Every UI string key; English is the reference dictionary. */
export type UiKey = keyof typeof en;

/** Keys that have `.one` and `.other` forms. */
export type PluralKey = {
  [Key in UiKey]: Key extends `${infer Base}.one` ? (`${Base}.other` extends UiKey ? Base : never) : never;
}[UiKey];

/** Parsed at import: a missing, extra or mis-templated key fails the build and every test. */
export const UI_DICTIONARIES: Record<Locale, Record<UiKey, string>> = parseDictionaries(en as Record<UiKey, string>, {
  en,
  'pt-BR': ptBR,
});

/** The UI string for `key` in `locale`, with `{name}` placeholders filled from `params`. */
export function t(locale: Locale, key: UiKey, params?: Readonly<Record<string, string | number>>): string {
  const text = UI_DICTIONARIES[locale][key];
  return params === undefined && !text.includes('{') ? text : interpolate(text, params, key);
}

/** Picks the `.one` or `.other` form of `key` for `count`, by the locale's plural rules. */
export function tCount(
  locale: Locale,
  key: PluralKey,
  count: number,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return t(locale, `${key}.${pluralForm(locale, count)}` as UiKey, { ...params, count });
}
