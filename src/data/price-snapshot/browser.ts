import { createPriceBook, type PriceBook } from '../../core/pricing/price-book';
import type { RegionCode } from '../../core/pricing/regions';
import type { PriceSnapshot } from '../../core/pricing/snapshot';
import { BUNDLED_SNAPSHOT_JSON } from './files';

export { BUNDLED_SNAPSHOT_INDEX } from './files';

/**
 * The committed price snapshot as the wizard loads it. The files are part of the site's own
 * code, and `astro build` refuses to build when any record fails validation
 * (price-snapshot-integrity), so the browser is not sent the validator a second time.
 */
export async function loadBuiltPriceBook(region: RegionCode): Promise<PriceBook> {
  return createPriceBook((await BUNDLED_SNAPSHOT_JSON[region]()) as PriceSnapshot);
}
