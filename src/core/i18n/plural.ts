import type { Locale } from '../locales';

const rulesByLocale = new Map<Locale, Intl.PluralRules>();

/**
 * The form a count takes in `locale`'s words, by the CLDR plural rules: English says "1 run"
 * and "0 runs"; Portuguese says "1 execução" and "1,5 execução" but "2 execuções". Both
 * languages need only the two forms.
 */
export function pluralForm(locale: Locale, count: number): 'one' | 'other' {
  let rules = rulesByLocale.get(locale);
  if (rules === undefined) rulesByLocale.set(locale, (rules = new Intl.PluralRules(locale)));
  return rules.select(count) === 'one' ? 'one' : 'other';
}
