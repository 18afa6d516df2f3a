import type Big from 'big.js';
import type { ArchitectureModel, Component } from '../architecture/model';
import type { UnitLabel } from '../i18n/unit-label';
import type { Locale, Localized } from '../locales';
import type { PriceKey } from '../pricing/price-keys';
import type { ChoiceUsageKey, NumberUsageKey, UsageKey } from '../sizing/usage-schema';
import { pluralForm } from '../i18n/plural';
import { Money } from './money';
import { formatQuantity } from './number-format';

/** What a service pricer says about one cost line, before prices are looked up. */
export interface PricedDraft {
  readonly kind: 'priced';
  readonly id: string;
  readonly name: Localized;
  readonly priceKey: PriceKey;
  readonly variant?: string;
  readonly quantity: Big;
  readonly usageKeys: readonly UsageKey[];
  /** How the quantity was reached, in words; only called when the estimate is rendered in full. */
  readonly derivation: (locale: Locale) => string;
  /** A sentence the formula must carry, e.g. why a substitute price is used. */
  readonly note?: Localized;
}

/** A charge the customer will pay that the price data cannot price. */
export interface UnpricedDraft {
  readonly kind: 'unpriced';
  readonly id: string;
  readonly name: Localized;
  readonly reason: Localized;
  readonly quantity?: Big;
  readonly unit?: UnitLabel;
  readonly usageKeys: readonly UsageKey[];
}

export type LineDraft = PricedDraft | UnpricedDraft;

export interface PricerContext {
  readonly component: Component;
  readonly model: ArchitectureModel;
  num(key: NumberUsageKey): Big;
  choice(key: ChoiceUsageKey): string;
}

export type ServicePricer = (context: PricerContext) => readonly LineDraft[];

type NumberFormatter = (value: Big.BigSource, maxDecimals?: number) => string;

/** A number and the noun it counts, in the singular or plural form of one language: `1 run`, `2 runs`. */
export type CountFormatter = (value: Big.BigSource, one: string, other: string, maxDecimals?: number) => string;

/**
 * Builds a derivation in both languages with numbers formatted for the locale asked. `en` and
 * `pt` write a count with its noun, chosen by that language's plural rules for the number as
 * shown (0.999 shown as "1" reads "1 run"), so a formula never says "1 runs per day".
 */
export function words(build: (n: NumberFormatter, en: CountFormatter, pt: CountFormatter) => readonly [en: string, ptBR: string]): (locale: Locale) => string {
  return (locale) => {
    const n: NumberFormatter = (value, maxDecimals) => formatQuantity(value, locale, maxDecimals);
    const counted =
      (language: Locale): CountFormatter =>
      (value, one, other, maxDecimals = 2) =>
        `${n(value, maxDecimals)} ${pluralForm(language, new Money(value).round(maxDecimals).toNumber()) === 'one' ? one : other}`;
    const [en, ptBR] = build(n, counted('en'), counted('pt-BR'));
    return locale === 'en' ? en : ptBR;
  };
}

export const localized = (en: string, ptBR: string): Localized => ({ en, 'pt-BR': ptBR });
