import { z } from '../zod';
import { formatIssues, InputError } from '../errors';
import type { PriceRecord } from './price-record';
import { type RegionCode, RegionCodeSchema } from './regions';
import { validatePriceRecords } from './validate-records';

export const SNAPSHOT_SCHEMA_VERSION = 1;

const TimestampSchema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/, 'expected an ISO 8601 UTC timestamp'));

/** The envelope of one region's snapshot file; records are validated separately so errors name them. */
const SnapshotEnvelopeSchema = z.object({
  schemaVersion: z.literal(SNAPSHOT_SCHEMA_VERSION),
  region: RegionCodeSchema,
  /** When the file was written. */
  generatedAt: TimestampSchema,
  /** What it was built from, e.g. `rates.json (pricing-page feeds)` or `Price List API GetProducts`. */
  builtFrom: z.string().check(z.minLength(1)),
  records: z.array(z.unknown()),
});

export interface PriceSnapshot {
  readonly schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION;
  readonly region: RegionCode;
  readonly generatedAt: string;
  readonly builtFrom: string;
  readonly records: readonly PriceRecord[];
}

/** Parses and validates a region snapshot; `source` names the file in errors. */
export function parsePriceSnapshot(json: unknown, source: string): PriceSnapshot {
  const envelope = SnapshotEnvelopeSchema.safeParse(json);
  if (!envelope.success) throw new InputError(formatIssues(envelope.error.issues, source), envelope.error.issues);
  const records = validatePriceRecords(envelope.data.records, { source, region: envelope.data.region });
  return { ...envelope.data, schemaVersion: SNAPSHOT_SCHEMA_VERSION, records };
}

/** Stable order so rebuilt snapshots diff cleanly: by service, price key, variant, tier start. */
export function sortPriceRecords(records: readonly PriceRecord[]): PriceRecord[] {
  const key = (record: PriceRecord) => [record.serviceCode, record.priceKey, record.variant ?? '', record.beginRange.padStart(24, '0')].join('|');
  return [...records].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/** Per service: how many records and how old their prices are. */
export interface ServicePriceDates {
  readonly records: number;
  /** Newest and oldest Price List publication date among the records (date part), null if none carry one. */
  readonly newestPublication: string | null;
  readonly oldestPublication: string | null;
  /** Newest day the prices were fetched. */
  readonly retrieved: string;
  readonly sourceKinds: readonly string[];
}

export interface RegionSnapshotSummary {
  readonly generatedAt: string;
  readonly builtFrom: string;
  readonly records: number;
  readonly services: Readonly<Record<string, ServicePriceDates>>;
}

export interface PriceSnapshotIndex {
  readonly schemaVersion: typeof SNAPSHOT_SCHEMA_VERSION;
  readonly regions: Readonly<Partial<Record<RegionCode, RegionSnapshotSummary>>>;
}

const day = (date: string) => date.slice(0, 10);

export function summarizeSnapshot(snapshot: PriceSnapshot): RegionSnapshotSummary {
  const services: Record<string, ServicePriceDates> = {};
  for (const record of snapshot.records) {
    const current = services[record.serviceCode];
    const published = record.publicationDate === null ? null : day(record.publicationDate);
    const newer = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a > b ? a : b);
    const older = (a: string | null, b: string | null) => (a === null ? b : b === null ? a : a < b ? a : b);
    services[record.serviceCode] = {
      records: (current?.records ?? 0) + 1,
      newestPublication: newer(current?.newestPublication ?? null, published),
      oldestPublication: current === undefined ? published : older(current.oldestPublication, published),
      retrieved: current === undefined || day(record.source.retrieved) > current.retrieved ? day(record.source.retrieved) : current.retrieved,
      sourceKinds: [...new Set([...(current?.sourceKinds ?? []), record.source.kind])].sort(),
    };
  }
  const sortedServices = Object.fromEntries(Object.entries(services).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { generatedAt: snapshot.generatedAt, builtFrom: snapshot.builtFrom, records: snapshot.records.length, services: sortedServices };
}

export function buildSnapshotIndex(snapshots: readonly PriceSnapshot[], previous?: PriceSnapshotIndex): PriceSnapshotIndex {
  const regions: Partial<Record<RegionCode, RegionSnapshotSummary>> = { ...(previous?.regions ?? {}) };
  for (const snapshot of snapshots) regions[snapshot.region] = summarizeSnapshot(snapshot);
  const ordered = Object.fromEntries(Object.entries(regions).sort(([a], [b]) => (a < b ? -1 : 1)));
  return { schemaVersion: SNAPSHOT_SCHEMA_VERSION, regions: ordered };
}
