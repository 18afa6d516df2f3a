import { createPriceBook, type PriceBook } from '../../core/pricing/price-book';
import type { RegionCode } from '../../core/pricing/regions';
import { parsePriceSnapshot, type PriceSnapshot, type PriceSnapshotIndex } from '../../core/pricing/snapshot';
import index from './index.json' with { type: 'json' };

/**
 * The committed price snapshot, as the site and the CLI load it by default and offline. Each
 * region is its own chunk, so a page ships only the region it shows.
 */
const LOADERS: Record<RegionCode, () => Promise<unknown>> = {
  'us-east-1': () => import('./us-east-1.json', { with: { type: 'json' } }).then((module) => module.default),
  'sa-east-1': () => import('./sa-east-1.json', { with: { type: 'json' } }).then((module) => module.default),
  'eu-west-1': () => import('./eu-west-1.json', { with: { type: 'json' } }).then((module) => module.default),
};

/** Dates and record counts per region and service; small enough to import eagerly. */
export const BUNDLED_SNAPSHOT_INDEX = index as PriceSnapshotIndex;

export async function loadBundledSnapshot(region: RegionCode): Promise<PriceSnapshot> {
  return parsePriceSnapshot(await LOADERS[region](), `bundled price snapshot ${region}`);
}

export async function loadBundledPriceBook(region: RegionCode): Promise<PriceBook> {
  return createPriceBook(await loadBundledSnapshot(region));
}
