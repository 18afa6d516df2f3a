import { createPriceBook, type PriceBook } from '../../core/pricing/price-book';
import type { RegionCode } from '../../core/pricing/regions';
import { parsePriceSnapshot, type PriceSnapshot } from '../../core/pricing/snapshot';
import { BUNDLED_SNAPSHOT_JSON } from './files';

export { BUNDLED_SNAPSHOT_INDEX } from './files';

/** The committed price snapshot, validated record by record, as the CLI and the server load it. */
export async function loadBundledSnapshot(region: RegionCode): Promise<PriceSnapshot> {
  return parsePriceSnapshot(await BUNDLED_SNAPSHOT_JSON[region](), `bundled price snapshot ${region}`);
}

export async function loadBundledPriceBook(region: RegionCode): Promise<PriceBook> {
  return createPriceBook(await loadBundledSnapshot(region));
}
