import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPriceBook, type PriceBook } from '../../../src/core/pricing/price-book';
import type { PriceRecord } from '../../../src/core/pricing/price-record';
import type { RegionCode } from '../../../src/core/pricing/regions';
import { parsePriceSnapshot, type PriceSnapshot } from '../../../src/core/pricing/snapshot';
import { DEFAULT_SNAPSHOT_DIR } from '../../../src/pricing-client/snapshot-store';

/** The committed snapshot of a region, read synchronously for test setup. */
export function committedSnapshot(region: RegionCode): PriceSnapshot {
  const path = join(DEFAULT_SNAPSHOT_DIR, `${region}.json`);
  return parsePriceSnapshot(JSON.parse(readFileSync(path, 'utf8')), path);
}

export function committedBook(region: RegionCode): PriceBook {
  return createPriceBook(committedSnapshot(region));
}

/** A fresh mutable copy of one committed record, found by price key (and variant). */
export function recordOf(region: RegionCode, priceKey: string, variant: string | null = null): PriceRecord {
  const record = committedSnapshot(region).records.find((candidate) => candidate.priceKey === priceKey && candidate.variant === variant);
  if (record === undefined) throw new Error(`no ${priceKey} ${variant ?? ''} in ${region}`);
  return structuredClone(record);
}
