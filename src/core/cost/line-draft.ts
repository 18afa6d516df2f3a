import type Decimal from 'decimal.js';
import type { ArchitectureModel, Component } from '../architecture/model';
import type { Locale, Localized } from '../locales';
import type { PriceKey } from '../pricing/price-keys';
import type { ChoiceUsageKey, NumberUsageKey, UsageKey } from '../sizing/usage-schema';
import { formatQuantity } from './number-format';

/** What a service pricer says about one cost line, before prices are looked up. */
export interface PricedDraft {
  readonly kind: 'priced';
  readonly id: string;
  readonly name: Localized;
  readonly priceKey: PriceKey;
  readonly variant?: string;
  readonly quantity: Decimal;
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
  readonly quantity?: Decimal;
  readonly unit?: Localized;
  readonly usageKeys: readonly UsageKey[];
}

export type LineDraft = PricedDraft | UnpricedDraft;

export interface PricerContext {
  readonly component: Component;
  readonly model: ArchitectureModel;
  num(key: NumberUsageKey): Decimal;
  choice(key: ChoiceUsageKey): string;
}

export type ServicePricer = (context: PricerContext) => readonly LineDraft[];

type NumberFormatter = (value: Decimal.Value, maxDecimals?: number) => string;

/** Builds a derivation in both languages with numbers formatted for the locale asked. */
export function words(build: (n: NumberFormatter) => readonly [en: string, ptBR: string]): (locale: Locale) => string {
  return (locale) => {
    const [en, ptBR] = build((value, maxDecimals) => formatQuantity(value, locale, maxDecimals));
    return locale === 'en' ? en : ptBR;
  };
}

export const localized = (en: string, ptBR: string): Localized => ({ en, 'pt-BR': ptBR });
