import type { UnitLabel } from '../i18n/unit-label';
import type { Localized } from '../locales';
import type { PriceKey } from '../pricing/price-keys';
import type { UsageKey } from '../sizing/usage-schema';

/** Where a line's price came from and how old it is. */
export interface PriceReference {
  readonly priceKey: PriceKey;
  readonly variant: string | null;
  readonly serviceCode: string;
  readonly sku: string | null;
  /** Rate codes of the tiers charged (one for a flat price). */
  readonly rateCodes: readonly string[];
  /** YYYY-MM-DD: the Price List publication date, or the retrieval day when the source has none. */
  readonly priceDate: string;
  readonly priceDateKind: 'published' | 'retrieved';
  readonly sourceKind: string;
  readonly sourceUrl: string;
  readonly description: string;
}

export interface TierLine {
  readonly beginRange: string;
  readonly endRange: string;
  readonly quantity: string;
  readonly unitPriceUsd: string;
  readonly rateCode: string | null;
  readonly exactUsd: string;
}

export interface PricedCostLine {
  readonly status: 'priced';
  /** Stable id, e.g. `athena.data-scanned`; unique within its component. */
  readonly id: string;
  readonly name: Localized;
  /** Plural unit of `quantity`. */
  readonly unit: UnitLabel;
  /** Usage before any free tier, as a decimal string. */
  readonly quantity: string;
  /** Units the AWS Free Tier covered (free-tier option on), else null. */
  readonly freeQuantity: string | null;
  /** USD per unit of the first tier charged. */
  readonly unitPriceUsd: string;
  /** Per-tier breakdown for tiered prices, else null. */
  readonly tiers: readonly TierLine[] | null;
  /** Unrounded amount, for audit. */
  readonly exactUsd: string;
  /** Rounded to cents once; totals add these. */
  readonly usd: string;
  /** A real but sub-cent charge: shown as "< $0.01", never as a silent zero. */
  readonly belowOneCent: boolean;
  /** BRL at the user's exchange rate, when one was given. */
  readonly brl?: string;
  /** The arithmetic in words: how the quantity was reached and what it costs. */
  readonly formula: Localized;
  readonly usageKeys: readonly UsageKey[];
  readonly price: PriceReference;
}

export interface UnpricedCostLine {
  readonly status: 'not-priced';
  readonly id: string;
  readonly name: Localized;
  readonly reason: Localized;
  readonly unit?: UnitLabel;
  readonly quantity?: string;
  readonly usageKeys: readonly UsageKey[];
}

export type CostLine = PricedCostLine | UnpricedCostLine;
