import { interpolate, parseDictionaries } from '../../core/i18n/dictionary';
import type { Locale } from '../../core/locales';
import en from './strings/en.json';
import ptBR from './strings/pt-BR.json';

/**
 * UI strings of the trainer pages. They follow the site dictionaries' rules (strict
 * keys from English, same placeholders in every locale, parsed at import) but live
 * beside the training components, so the deck scripts can import them without the
 * rest of the site's strings.
 */
export type TrainingKey = keyof typeof en;

export const TRAINING_STRINGS: Record<Locale, Record<TrainingKey, string>> = parseDictionaries(en as Record<TrainingKey, string>, {
  en,
  'pt-BR': ptBR,
});

export function tt(locale: Locale, key: TrainingKey, params?: Readonly<Record<string, string | number>>): string {
  const text = TRAINING_STRINGS[locale][key];
  return params === undefined && !text.includes('{') ? text : interpolate(text, params, key);
}
