import { InputError } from '../core/errors';
import { diffPriceRecords, type PriceChange } from '../core/pricing/diff';
import type { PriceRecord } from '../core/pricing/price-record';
import type { PriceSnapshot } from '../core/pricing/snapshot';
import { validatePriceRecords } from '../core/pricing/validate-records';
import type { ProductSource, TermMatchFilters } from './client';
import { onDemandDimensions, type PriceListItem, parsePriceListItem } from './price-list-item';
import { createSnapshot } from './snapshot-store';

export interface RegionRefresh {
  readonly snapshot: PriceSnapshot;
  readonly changes: readonly PriceChange[];
}

interface Pin {
  readonly serviceCode: string;
  readonly filters: TermMatchFilters;
}

/** How a record is found again: by SKU when it has one, else by the product attributes it keeps. */
function pinFor(record: PriceRecord): Pin {
  const filters: Record<string, string> = record.sku === null ? { regionCode: record.regionCode, ...record.attributes } : { regionCode: record.regionCode, sku: record.sku };
  return { serviceCode: record.serviceCode, filters };
}

function describePin(pin: Pin): string {
  return `GetProducts ${pin.serviceCode} ${Object.entries(pin.filters).map(([field, value]) => `${field}=${value}`).join(' ')}`;
}

function refreshedRecord(record: PriceRecord, item: PriceListItem, found: ReturnType<typeof onDemandDimensions>[number], endpoint: string, today: string): PriceRecord {
  const { rangeSource: _feedOnly, ...kept } = record;
  return {
    ...kept,
    sku: item.product.sku,
    rateCode: found.dimension.rateCode,
    usageType: item.product.attributes.usagetype ?? null,
    unit: found.dimension.unit,
    beginRange: found.dimension.beginRange,
    endRange: found.dimension.endRange,
    usd: found.dimension.pricePerUnit.USD,
    publicationDate: item.publicationDate,
    effectiveDate: found.term.effectiveDate,
    label: found.dimension.description,
    source: { kind: 'price-list-api', url: endpoint, retrieved: today },
  };
}

/** Finds a record's price among the products one pin returned. */
function match(record: PriceRecord, items: readonly PriceListItem[], where: string): { item: PriceListItem; found: ReturnType<typeof onDemandDimensions>[number] } {
  const describe = `${record.priceKey}${record.variant === null ? '' : ` (${record.variant})`}`;
  const candidates = items.flatMap((item) => onDemandDimensions(item).map((found) => ({ item, found })));
  if (record.rateCode !== null) {
    const hit = candidates.find(({ found }) => found.dimension.rateCode === record.rateCode);
    if (hit === undefined) throw new InputError(`${where}: no OnDemand price with rate code ${record.rateCode} for ${describe}; the product may have changed`);
    return hit;
  }
  if (candidates.length !== 1) {
    throw new InputError(`${where}: expected exactly one OnDemand price for ${describe}, found ${candidates.length}; pin it with more attributes`);
  }
  return candidates[0] as (typeof candidates)[number];
}

/**
 * Re-reads every price of a region snapshot from the Price List API and returns the new snapshot
 * and what changed. Fails as a whole (InputError naming the request, item or record) if any
 * request fails, any item is malformed, any price is missing or any new record is invalid: a
 * partial refresh is never returned, so it can never be written.
 */
export async function refreshRegionSnapshot(current: PriceSnapshot, source: ProductSource, options: { now?: Date; concurrency?: number } = {}): Promise<RegionRefresh> {
  const now = options.now ?? new Date();
  const today = now.toISOString().slice(0, 10);
  const groups = new Map<string, { pin: Pin; records: { record: PriceRecord; index: number }[] }>();
  current.records.forEach((record, index) => {
    const pin = pinFor(record);
    const key = JSON.stringify(pin);
    const group = groups.get(key) ?? { pin, records: [] };
    group.records.push({ record, index });
    groups.set(key, group);
  });

  const refreshed: PriceRecord[] = new Array(current.records.length);
  const queue = [...groups.values()];
  const worker = async () => {
    for (let group = queue.shift(); group !== undefined; group = queue.shift()) {
      const where = `${describePin(group.pin)} (${current.region})`;
      const strings = await source.getProducts(group.pin.serviceCode, group.pin.filters);
      const items = strings.map((text, index) => parsePriceListItem(text, `${where}, PriceList[${index}]`));
      for (const item of items) {
        const region = item.product.attributes.regionCode;
        if (region !== undefined && region !== current.region) throw new InputError(`${where}: sku ${item.product.sku} is for ${region}, not ${current.region}`);
      }
      for (const { record, index } of group.records) {
        const { item, found } = match(record, items, where);
        refreshed[index] = refreshedRecord(record, item, found, source.endpoint, today);
      }
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, options.concurrency ?? 4) }, worker));

  const records = validatePriceRecords(refreshed, { source: `Price List API ${source.endpoint} (${current.region})`, region: current.region });
  return {
    snapshot: createSnapshot(current.region, records, `Price List API GetProducts (${source.endpoint})`, now),
    changes: diffPriceRecords(current.records, records),
  };
}
