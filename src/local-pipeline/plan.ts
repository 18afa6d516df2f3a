import type { Answers } from '../core/answers/schema';
import type { ConsumerKind, SourceKind } from '../core/answers/options';
import type { ArchitectureModel } from '../core/architecture/model';
import { isCalendarDay } from '../core/calendar';
import type { ServiceId } from '../core/catalog/services';
import { InputError } from '../core/errors';
import { selectGoldTables, type GoldConsumer } from './gold';
import type { LocalPipelinePlan } from './run';
import { SAMPLE_DATASET_IDS, type SampleDatasetId } from './sample-data';

/** Which sample datasets stand in for each kind of source the customer named. */
const DATASETS_BY_SOURCE: Readonly<Record<SourceKind, readonly SampleDatasetId[]>> = {
  'relational-databases': ['customers', 'orders'],
  'file-exports': ['customers', 'orders'],
  'saas-apis': ['customers'],
  'event-streams': ['events'],
  iot: ['sensor_readings'],
  logs: ['app_logs'],
};

/** Ingest services that imply a dataset even when the answers did not name the source. */
const DATASETS_BY_SERVICE: Partial<Readonly<Record<ServiceId, readonly SampleDatasetId[]>>> = {
  dms: ['customers', 'orders'],
  'kinesis-data-streams': ['events'],
  msk: ['events'],
  'data-firehose': ['events'],
};

const CONSUMERS_BY_ANSWER: Readonly<Record<ConsumerKind, GoldConsumer>> = {
  'bi-dashboards': 'dashboards',
  'adhoc-sql': 'ad-hoc-sql',
  'data-science-ml': 'machine-learning',
  'operational-apps': 'operational-serving',
  'data-products': 'data-products',
};

const CONSUMERS_BY_SERVICE: Partial<Readonly<Record<ServiceId, GoldConsumer>>> = {
  quicksight: 'dashboards',
  athena: 'ad-hoc-sql',
  sagemaker: 'machine-learning',
  dynamodb: 'operational-serving',
  opensearch: 'operational-serving',
  rds: 'operational-serving',
  aurora: 'operational-serving',
  'data-exchange': 'data-products',
};

/** Fixed so a re-run on another day writes the same bytes; the sample spans the 28 days before it. */
export const DEFAULT_AS_OF = '2025-11-30';
export const DEFAULT_ROWS = 20_000;
export const DEFAULT_BAD_ROW_RATE = 0.02;
export const MAX_ROWS = 20_000_000;

export interface LocalPipelineOptions {
  readonly rows?: number;
  readonly badRowRate?: number;
  readonly asOf?: string;
}

/** The datasets a customer's sources and ingest services stand for; orders and customers when nobody said. */
export function sampleDatasetsFor(answers: Answers, model: ArchitectureModel): SampleDatasetId[] {
  const wanted = new Set<SampleDatasetId>();
  for (const kind of answers.sources.kinds) for (const dataset of DATASETS_BY_SOURCE[kind]) wanted.add(dataset);
  for (const component of model.components) for (const dataset of DATASETS_BY_SERVICE[component.serviceId] ?? []) wanted.add(dataset);
  if (wanted.size === 0) {
    wanted.add('customers');
    wanted.add('orders');
  }
  return SAMPLE_DATASET_IDS.filter((dataset) => wanted.has(dataset));
}

/** What the architecture's consumers do with the data, from the answers and the serving services. */
export function goldConsumersFor(answers: Answers, model: ArchitectureModel): GoldConsumer[] {
  const consumers = new Set<GoldConsumer>(answers.consumers.kinds.map((kind) => CONSUMERS_BY_ANSWER[kind]));
  for (const component of model.components) {
    const consumer = CONSUMERS_BY_SERVICE[component.serviceId];
    if (consumer) consumers.add(consumer);
  }
  return [...consumers].sort();
}

/** The local run for these answers: datasets from the sources, gold tables from the consumers, seeded by the answers hash. */
export function planLocalPipeline(answers: Answers, model: ArchitectureModel, hash: string, options: LocalPipelineOptions = {}): LocalPipelinePlan {
  const rows = options.rows ?? DEFAULT_ROWS;
  if (!Number.isInteger(rows) || rows < 1 || rows > MAX_ROWS) {
    throw new InputError(`--rows: expected a whole number from 1 to ${MAX_ROWS.toLocaleString('en')}, received ${JSON.stringify(options.rows)}`);
  }
  const badRowRate = options.badRowRate ?? DEFAULT_BAD_ROW_RATE;
  if (!(badRowRate >= 0 && badRowRate <= 0.5)) throw new InputError(`--bad-rows: expected a share from 0 to 0.5, received ${JSON.stringify(options.badRowRate)}`);
  const asOf = options.asOf ?? DEFAULT_AS_OF;
  if (!isCalendarDay(asOf)) {
    throw new InputError(`--as-of: expected a calendar day as YYYY-MM-DD, received ${JSON.stringify(asOf)}`);
  }
  const datasets = sampleDatasetsFor(answers, model);
  if (rows < datasets.length) {
    throw new InputError(`--rows: expected at least ${datasets.length}, one record for each sample dataset of these answers (${datasets.join(', ')}), received ${rows}`);
  }
  return { answersHash: hash, datasets, gold: selectGoldTables(datasets, goldConsumersFor(answers, model)), rows, asOf, badRowRate };
}
