import Big from 'big.js';
import type { PriceRecord } from './price-record';

export interface PriceChange {
  readonly kind: 'changed' | 'added' | 'removed';
  readonly priceKey: string;
  readonly variant: string | null;
  readonly serviceCode: string;
  readonly beginRange: string;
  readonly endRange: string;
  readonly unit: string;
  /** USD before and after; absent on the side where the price does not exist. */
  readonly before?: string;
  readonly after?: string;
}

const identity = (record: PriceRecord) => `${record.priceKey}|${record.variant ?? ''}|${new Big(record.beginRange).toString()}`;

/** What a refresh changed: prices that moved, appeared or disappeared (same price key, variant and tier start). */
export function diffPriceRecords(before: readonly PriceRecord[], after: readonly PriceRecord[]): PriceChange[] {
  const old = new Map(before.map((record) => [identity(record), record]));
  const fresh = new Map(after.map((record) => [identity(record), record]));
  const changes: PriceChange[] = [];
  const describe = (record: PriceRecord) => ({
    priceKey: record.priceKey,
    variant: record.variant,
    serviceCode: record.serviceCode,
    beginRange: record.beginRange,
    endRange: record.endRange,
    unit: record.unit,
  });
  for (const [id, record] of fresh) {
    const previous = old.get(id);
    if (previous === undefined) changes.push({ kind: 'added', ...describe(record), after: record.usd });
    else if (!new Big(previous.usd).eq(record.usd)) changes.push({ kind: 'changed', ...describe(record), before: previous.usd, after: record.usd });
  }
  for (const [id, record] of old) {
    if (!fresh.has(id)) changes.push({ kind: 'removed', ...describe(record), before: record.usd });
  }
  return changes;
}

/** Relative change in percent, two decimals; undefined when the old price was 0. */
export function percentChange(change: PriceChange): string | undefined {
  if (change.before === undefined || change.after === undefined) return undefined;
  const before = new Big(change.before);
  if (before.eq(0)) return undefined;
  return new Big(change.after).minus(before).div(before).times(100).round(2).toFixed(2);
}
