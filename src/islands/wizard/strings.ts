import { interpolate } from '../../core/i18n/dictionary';
import type { UiKey } from '../../core/i18n';
import { pluralForm } from '../../core/i18n/plural';
import type { Locale } from '../../core/locales';

/**
 * The UI strings the wizard island reads. The page picks them from the site's
 * dictionaries for its locale on the server (`page-data.ts`), so the browser gets
 * one locale's wizard strings, not every dictionary.
 */
export const WIZARD_STRING_PREFIXES = ['wizard.', 'discovery.stage.', 'layer.', 'language.name.'] as const;

export type WizardStringKey = Extract<UiKey, `${(typeof WIZARD_STRING_PREFIXES)[number]}${string}`>;
export type WizardStrings = Readonly<Record<WizardStringKey, string>>;

export function isWizardStringKey(key: string): key is WizardStringKey {
  return WIZARD_STRING_PREFIXES.some((prefix) => key.startsWith(prefix));
}

/** A wizard string with its `{name}` placeholders filled. */
export function format(strings: WizardStrings, key: WizardStringKey, params?: Readonly<Record<string, string | number>>): string {
  const text = strings[key];
  return params === undefined ? text : interpolate(text, params, key);
}

type PluralBase = {
  [Key in WizardStringKey]: Key extends `${infer Base}.one` ? (`${Base}.other` extends WizardStringKey ? Base : never) : never;
}[WizardStringKey];
export type WizardPluralKey = PluralBase;

/** The `.one` or `.other` form of `key` for `count`, by the locale's plural rules. */
export function formatCount(
  strings: WizardStrings,
  locale: Locale,
  key: WizardPluralKey,
  count: number,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const form = pluralForm(locale, count);
  return format(strings, `${key}.${form}` as WizardStringKey, { ...params, count });
}
