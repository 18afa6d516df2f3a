import { DATASET_SHAPES, MAX_TEXT_LENGTH, type SampleDatasetId, type SampleFormat } from './sample-data';

/**
 * The silver contract of each sample dataset, as data: column types, which columns a
 * record cannot lack, the accepted ranges and the key duplicates are judged by. The
 * local DuckDB pipeline and the Glue job in the account both read this table (the
 * Glue job gets it as a JSON asset), so the two engines quarantine the same rows.
 */

export type SilverColumnType = 'text' | 'integer' | 'decimal' | 'timestamp' | 'date';

/** A bound relative to the run's as-of day, so "in the future" needs no clock. */
export interface DaysFromAsOf {
  readonly daysFromAsOf: number;
}

export interface SilverColumn {
  readonly name: string;
  readonly type: SilverColumnType;
  /** A missing or blank value sends the record to quarantine as `missing_required:<name>`. */
  readonly required: boolean;
  /** Inclusive lower bound: a number, or days relative to as-of for dates and timestamps. */
  readonly min?: number | DaysFromAsOf;
  /** Inclusive upper bound, same units as `min`. */
  readonly max?: number | DaysFromAsOf;
  /** Digits after the decimal point a `decimal` may carry; more is a wrong type, not a silent rounding. */
  readonly scale?: number;
}

export interface SilverDataset {
  readonly id: SampleDatasetId;
  readonly format: SampleFormat;
  /** Columns whose values identify a record; a repeat is quarantined as `duplicate_key`. */
  readonly key: readonly string[];
  readonly columns: readonly SilverColumn[];
  /** Text values longer than this many characters are quarantined as `too_long:<name>`. */
  readonly maxTextLength: number;
}

const text = (name: string, required = true): SilverColumn => ({ name, type: 'text', required });
const recent: Pick<SilverColumn, 'min' | 'max'> = { min: { daysFromAsOf: -366 }, max: { daysFromAsOf: 1 } };

const SILVER_COLUMNS: Record<SampleDatasetId, { key: readonly string[]; columns: readonly SilverColumn[] }> = {
  customers: {
    key: ['customer_id'],
    columns: [
      text('customer_id'),
      text('full_name'),
      text('email', false),
      text('country', false),
      text('segment', false),
      { name: 'signup_date', type: 'date', required: true, min: { daysFromAsOf: -36_525 }, max: { daysFromAsOf: 0 } },
    ],
  },
  orders: {
    key: ['order_id'],
    columns: [
      text('order_id'),
      text('customer_id'),
      { name: 'order_ts', type: 'timestamp', required: true, ...recent },
      text('status'),
      text('channel'),
      { name: 'amount_usd', type: 'decimal', required: true, min: 0, max: 1_000_000, scale: 2 },
      { name: 'item_count', type: 'integer', required: true, min: 1, max: 10_000 },
    ],
  },
  events: {
    key: ['event_id'],
    columns: [
      text('event_id'),
      text('customer_id', false),
      text('session_id', false),
      text('event_type'),
      text('page', false),
      text('device', false),
      { name: 'event_ts', type: 'timestamp', required: true, ...recent },
    ],
  },
  sensor_readings: {
    key: ['reading_id'],
    columns: [
      text('reading_id'),
      text('device_id'),
      { name: 'reading_ts', type: 'timestamp', required: true, ...recent },
      { name: 'temperature_c', type: 'decimal', required: true, min: -60, max: 90, scale: 1 },
      { name: 'humidity_pct', type: 'decimal', required: false, min: 0, max: 100, scale: 1 },
      { name: 'battery_pct', type: 'integer', required: false, min: 0, max: 100 },
    ],
  },
  app_logs: {
    key: ['request_id'],
    columns: [
      text('request_id'),
      { name: 'log_ts', type: 'timestamp', required: true, ...recent },
      text('service'),
      text('level', false),
      { name: 'status_code', type: 'integer', required: true, min: 100, max: 599 },
      { name: 'latency_ms', type: 'integer', required: false, min: 0, max: 3_600_000 },
      text('message', false),
    ],
  },
};

export const SILVER_DATASETS: Readonly<Record<SampleDatasetId, SilverDataset>> = Object.fromEntries(
  (Object.keys(SILVER_COLUMNS) as SampleDatasetId[]).map((id) => {
    const spec = SILVER_COLUMNS[id];
    const shapeColumns = DATASET_SHAPES[id].columns.join(',');
    const specColumns = spec.columns.map((column) => column.name).join(',');
    if (shapeColumns !== specColumns) throw new Error(`silver spec for ${id} lists ${specColumns}, the sample shape has ${shapeColumns}`);
    return [id, { id, format: DATASET_SHAPES[id].format, key: spec.key, columns: spec.columns, maxTextLength: MAX_TEXT_LENGTH }];
  }),
) as Record<SampleDatasetId, SilverDataset>;

/** The quarantine reason prefixes, in the order the checks run (the first failing check names the reason). */
export const QUARANTINE_REASONS = ['malformed_record', 'missing_required', 'wrong_type', 'out_of_range', 'too_long', 'duplicate_key'] as const;
export type QuarantineReason = (typeof QUARANTINE_REASONS)[number];
