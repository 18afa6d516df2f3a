import Big from 'big.js';
import type { PriceKey } from './price-keys';
import type { PriceRecord } from './price-record';
import type { RegionCode } from './regions';
import type { PriceSnapshot } from './snapshot';

/** One price record with its numbers parsed once, so estimating never re-parses strings. */
export interface PriceTier {
  readonly record: PriceRecord;
  readonly begin: Big;
  /** null = open-ended ("Inf"). */
  readonly end: Big | null;
  readonly usd: Big;
}

/** The prices of one region, looked up by price key and variant; tiers in ascending order. */
export interface PriceBook {
  readonly region: RegionCode;
  readonly snapshotGeneratedAt: string;
  tiers(key: PriceKey, variant?: string | null): readonly PriceTier[] | undefined;
}

export function createPriceBook(snapshot: PriceSnapshot): PriceBook {
  const byKey = new Map<string, Map<string, PriceTier[]>>();
  for (const record of snapshot.records) {
    const variants = byKey.get(record.priceKey) ?? new Map<string, PriceTier[]>();
    byKey.set(record.priceKey, variants);
    const list = variants.get(record.variant ?? '') ?? [];
    list.push({
      record,
      begin: new Big(record.beginRange),
      end: record.endRange === 'Inf' ? null : new Big(record.endRange),
      usd: new Big(record.usd),
    });
    variants.set(record.variant ?? '', list);
  }
  for (const variants of byKey.values()) for (const list of variants.values()) list.sort((a, b) => a.begin.cmp(b.begin));
  return {
    region: snapshot.region,
    snapshotGeneratedAt: snapshot.generatedAt,
    tiers: (key, variant) => byKey.get(key)?.get(variant ?? ''),
  };
}
