import type { RegionCode } from '../../core/pricing/regions';
import type { PriceSnapshotIndex } from '../../core/pricing/snapshot';
import index from './index.json' with { type: 'json' };

/**
 * The committed price snapshot files, as JSON. Each region is its own chunk, so a page ships
 * only the region it shows. Nothing here validates: `bundled.ts` does for Node, and the site
 * build does once for the browser (src/integrations/price-snapshot-integrity.ts).
 */
export const BUNDLED_SNAPSHOT_JSON: Record<RegionCode, () => Promise<unknown>> = {
  'us-east-1': () => import('./us-east-1.json', { with: { type: 'json' } }).then((module) => module.default),
  'sa-east-1': () => import('./sa-east-1.json', { with: { type: 'json' } }).then((module) => module.default),
  'eu-west-1': () => import('./eu-west-1.json', { with: { type: 'json' } }).then((module) => module.default),
};

/** Dates and record counts per region and service; small enough to import eagerly. */
export const BUNDLED_SNAPSHOT_INDEX = index as PriceSnapshotIndex;
