import type { Localized } from '../locales';
import { countedUnit, type UnitLabel } from '../i18n/unit-label';

/**
 * The prices the cost model reads. Each key is one billing dimension of one service; a snapshot
 * record carries the key it prices, so validation can check that the record is the kind of
 * price the model expects (right service, right unit, tiers that join up).
 */
export interface PriceKeyDefinition {
  readonly serviceCode: string;
  /** The unit the cost model multiplies by, as the price data writes it. */
  readonly unit: string;
  /** Other spellings of that same unit seen in Price List answers. */
  readonly unitAliases?: readonly string[];
  /** Records of one variant form consecutive volume tiers over beginRange/endRange. */
  readonly tiered: boolean;
  /** One record (or tier set) per variant, e.g. per instance type; absent = a single price. */
  readonly variants?: readonly string[];
  /** Plural unit shown next to quantities. */
  readonly displayUnit: UnitLabel;
}

export const MSK_BROKER_TYPES = [
  'kafka.t3.small',
  'kafka.m5.large',
  'kafka.m5.xlarge',
  'kafka.m5.2xlarge',
  'kafka.m7g.large',
  'kafka.m7g.xlarge',
  'kafka.m7g.2xlarge',
] as const;
export const LAMBDA_ARCHITECTURES = ['x86', 'arm'] as const;
export const REDSHIFT_NODE_TYPES = ['ra3.large', 'ra3.xlplus', 'ra3.4xlarge', 'ra3.16xlarge', 'dc2.large'] as const;
export const DEPLOYMENTS = ['single-az', 'multi-az'] as const;
export const DMS_INSTANCE_CLASSES = ['dms.t3.medium', 'dms.c5.large', 'dms.r5.large'] as const;
export const RDS_POSTGRES_INSTANCE_CLASSES = ['db.t4g.micro', 'db.t4g.medium', 'db.m6g.large', 'db.r6g.large'] as const;
export const AURORA_INSTANCE_CLASSES = ['db.t4g.medium', 'db.r6g.large'] as const;
export const AURORA_STORAGE_CONFIGS = ['standard', 'io-optimized'] as const;
export const OPENSEARCH_INSTANCE_TYPES = [
  't3.small.search',
  'm6g.large.search',
  'm7g.large.search',
  'r6g.large.search',
  'r7g.large.search',
] as const;
export const EMR_INSTANCE_TYPES = ['m5.xlarge', 'm5.2xlarge', 'm6g.xlarge', 'm6g.2xlarge', 'r5.xlarge', 'r6g.xlarge', 'c5.xlarge'] as const;
export const SAGEMAKER_NOTEBOOK_INSTANCES = ['ml.t3.medium', 'ml.m5.large', 'ml.m5.xlarge', 'ml.c5.xlarge'] as const;

/** `<class>/<deployment>` variants, e.g. `dms.r5.large/multi-az`. */
function crossVariants(first: readonly string[], second: readonly string[]): string[] {
  return first.flatMap((a) => second.map((b) => `${a}/${b}`));
}

const u = (en: string, ptBR: string): Localized => ({ en, 'pt-BR': ptBR });
const counted = countedUnit;

const REQUESTS = counted(u('request', 'requisição'), u('requests', 'requisições'));
const GB = u('GB', 'GB');
const GB_MONTHS = counted(u('GB-month', 'GB-mês'), u('GB-months', 'GB-mês'));
/** Hours of one instance; also the unit of the instance lines no price covers (EMR's EC2, SageMaker training). */
export const INSTANCE_HOURS = counted(u('instance-hour', 'instância-hora'), u('instance-hours', 'instância-horas'));

export const PRICE_KEYS = {
  's3.standard-storage': { serviceCode: 'AmazonS3', unit: 'GB-Mo', tiered: true, displayUnit: GB_MONTHS },
  's3.standard-put-requests': { serviceCode: 'AmazonS3', unit: 'Requests', tiered: false, displayUnit: REQUESTS },
  's3.standard-get-requests': { serviceCode: 'AmazonS3', unit: 'Requests', tiered: false, displayUnit: REQUESTS },
  's3.glacier-flexible-storage': { serviceCode: 'AmazonS3', unit: 'GB-Mo', tiered: false, displayUnit: GB_MONTHS },
  's3.transition-glacier-flexible': { serviceCode: 'AmazonS3', unit: 'Requests', tiered: false, displayUnit: REQUESTS },
  's3.transition-deep-archive': { serviceCode: 'AmazonS3', unit: 'Requests', tiered: false, displayUnit: REQUESTS },
  's3.deep-archive-storage': { serviceCode: 'AmazonS3GlacierDeepArchive', unit: 'GB-Mo', tiered: false, displayUnit: GB_MONTHS },
  'athena.data-scanned': { serviceCode: 'AmazonAthena', unit: 'TB', unitAliases: ['Terabytes'], tiered: false, displayUnit: counted(u('TB scanned', 'TB lido'), u('TB scanned', 'TB lidos')) },
  'glue.etl-job': { serviceCode: 'AWSGlue', unit: 'DPU-Hour', unitAliases: ['DPU-Hours'], tiered: false, displayUnit: counted(u('DPU-hour', 'DPU-hora'), u('DPU-hours', 'DPU-horas')) },
  'glue.etl-job-flex': { serviceCode: 'AWSGlue', unit: 'DPU-Hour', unitAliases: ['DPU-Hours'], tiered: false, displayUnit: counted(u('DPU-hour', 'DPU-hora'), u('DPU-hours', 'DPU-horas')) },
  'glue.catalog-storage': { serviceCode: 'AWSGlue', unit: 'Objects-Mo', tiered: false, displayUnit: counted(u('object-month', 'objeto-mês'), u('object-months', 'objeto-mês')) },
  'glue.catalog-requests': { serviceCode: 'AWSGlue', unit: 'Requests', tiered: false, displayUnit: REQUESTS },
  'kinesis.shard-hours': { serviceCode: 'AmazonKinesis', unit: 'ShardHour', unitAliases: ['ShardHours'], tiered: false, displayUnit: counted(u('shard-hour', 'shard-hora'), u('shard-hours', 'shard-horas')) },
  'kinesis.put-payload-units': { serviceCode: 'AmazonKinesis', unit: 'PutRequestPayloadUnits', tiered: false, displayUnit: counted(u('PUT payload unit', 'unidade de payload PUT'), u('PUT payload units', 'unidades de payload PUT')) },
  'kinesis.on-demand-stream-hours': { serviceCode: 'AmazonKinesis', unit: 'StreamHr', tiered: false, displayUnit: counted(u('stream-hour', 'stream-hora'), u('stream-hours', 'stream-horas')) },
  'kinesis.on-demand-data-in': { serviceCode: 'AmazonKinesis', unit: 'GB', tiered: false, displayUnit: GB },
  'kinesis.on-demand-data-out': { serviceCode: 'AmazonKinesis', unit: 'GB', tiered: false, displayUnit: GB },
  'firehose.ingest': { serviceCode: 'AmazonKinesisFirehose', unit: 'GB', tiered: true, displayUnit: counted(u('GB ingested', 'GB ingerido'), u('GB ingested', 'GB ingeridos')) },
  'msk.broker-hours': { serviceCode: 'AmazonMSK', unit: 'Hrs', unitAliases: ['Hours'], tiered: false, variants: MSK_BROKER_TYPES, displayUnit: counted(u('broker-hour', 'broker-hora'), u('broker-hours', 'broker-horas')) },
  'msk.storage': { serviceCode: 'AmazonMSK', unit: 'GB-Mo', tiered: false, displayUnit: GB_MONTHS },
  'lambda.requests': { serviceCode: 'AWSLambda', unit: 'Requests', tiered: false, variants: LAMBDA_ARCHITECTURES, displayUnit: REQUESTS },
  'lambda.duration': { serviceCode: 'AWSLambda', unit: 'Lambda-GB-Second', unitAliases: ['GB-Second', 'GB-Seconds'], tiered: true, variants: LAMBDA_ARCHITECTURES, displayUnit: counted(u('GB-second', 'GB-segundo'), u('GB-seconds', 'GB-segundos')) },
  'sqs.standard-requests': { serviceCode: 'AWSQueueService', unit: 'Requests', tiered: false, displayUnit: REQUESTS },
  'dynamodb.write-request-units': { serviceCode: 'AmazonDynamoDB', unit: 'WriteRequestUnits', tiered: false, displayUnit: counted(u('write request unit', 'unidade de requisição de escrita'), u('write request units', 'unidades de requisição de escrita')) },
  'dynamodb.read-request-units': { serviceCode: 'AmazonDynamoDB', unit: 'ReadRequestUnits', tiered: false, displayUnit: counted(u('read request unit', 'unidade de requisição de leitura'), u('read request units', 'unidades de requisição de leitura')) },
  'dynamodb.storage': { serviceCode: 'AmazonDynamoDB', unit: 'GB-Mo', tiered: false, displayUnit: GB_MONTHS },
  'redshift.serverless-rpu-hours': { serviceCode: 'AmazonRedshift', unit: 'RPU-Hr', unitAliases: ['RPU-Hours'], tiered: false, displayUnit: counted(u('RPU-hour', 'RPU-hora'), u('RPU-hours', 'RPU-horas')) },
  'redshift.node-hours': { serviceCode: 'AmazonRedshift', unit: 'Hrs', unitAliases: ['Hours'], tiered: false, variants: REDSHIFT_NODE_TYPES, displayUnit: counted(u('node-hour', 'nó-hora'), u('node-hours', 'nó-horas')) },
  'quicksight.author-pro': { serviceCode: 'AmazonQuickSight', unit: 'User-Mo', unitAliases: ['Users'], tiered: false, displayUnit: counted(u('user-month', 'usuário-mês'), u('user-months', 'usuário-mês')) },
  'quicksight.reader': { serviceCode: 'AmazonQuickSight', unit: 'User-Mo', unitAliases: ['Users'], tiered: false, displayUnit: counted(u('user-month', 'usuário-mês'), u('user-months', 'usuário-mês')) },
  'quicksight.reader-pro': { serviceCode: 'AmazonQuickSight', unit: 'User-Mo', unitAliases: ['Users'], tiered: false, displayUnit: counted(u('user-month', 'usuário-mês'), u('user-months', 'usuário-mês')) },
  'cloudwatch.log-ingestion': { serviceCode: 'AmazonCloudWatch', unit: 'GB', tiered: false, displayUnit: counted(u('GB ingested', 'GB ingerido'), u('GB ingested', 'GB ingeridos')) },
  'cloudwatch.custom-metrics': { serviceCode: 'AmazonCloudWatch', unit: 'Metrics', tiered: true, displayUnit: counted(u('metric-month', 'métrica-mês'), u('metric-months', 'métrica-mês')) },
  'cloudwatch.alarms': { serviceCode: 'AmazonCloudWatch', unit: 'Alarms', tiered: false, displayUnit: counted(u('alarm-month', 'alarme-mês'), u('alarm-months', 'alarme-mês')) },
  'step-functions.state-transitions': { serviceCode: 'AmazonStates', unit: 'StateTransitions', tiered: false, displayUnit: counted(u('state transition', 'transição de estado'), u('state transitions', 'transições de estado')) },
  'eventbridge.custom-events': { serviceCode: 'AWSEvents', unit: 'Events', tiered: false, displayUnit: counted(u('event', 'evento'), u('events', 'eventos')) },
  'dms.instance-hours': { serviceCode: 'AWSDatabaseMigrationSvc', unit: 'Hrs', unitAliases: ['Hours'], tiered: false, variants: crossVariants(DMS_INSTANCE_CLASSES, DEPLOYMENTS), displayUnit: INSTANCE_HOURS },
  'rds.postgres-instance-hours': { serviceCode: 'AmazonRDS', unit: 'Hrs', unitAliases: ['Hours'], tiered: false, variants: crossVariants(RDS_POSTGRES_INSTANCE_CLASSES, DEPLOYMENTS), displayUnit: INSTANCE_HOURS },
  'rds.gp3-storage': { serviceCode: 'AmazonRDS', unit: 'GB-Mo', tiered: false, variants: DEPLOYMENTS, displayUnit: GB_MONTHS },
  'aurora.instance-hours': { serviceCode: 'AmazonRDS', unit: 'Hrs', unitAliases: ['Hours'], tiered: false, variants: crossVariants(AURORA_INSTANCE_CLASSES, AURORA_STORAGE_CONFIGS), displayUnit: INSTANCE_HOURS },
  'aurora.storage': { serviceCode: 'AmazonRDS', unit: 'GB-Mo', tiered: false, variants: AURORA_STORAGE_CONFIGS, displayUnit: GB_MONTHS },
  'aurora.io-requests': { serviceCode: 'AmazonRDS', unit: 'IOs', tiered: false, displayUnit: counted(u('I/O request', 'requisição de E/S'), u('I/O requests', 'requisições de E/S')) },
  'opensearch.instance-hours': { serviceCode: 'AmazonES', unit: 'Hrs', unitAliases: ['Hours'], tiered: false, variants: OPENSEARCH_INSTANCE_TYPES, displayUnit: INSTANCE_HOURS },
  'emr.ec2-surcharge': { serviceCode: 'ElasticMapReduce', unit: 'Hrs', unitAliases: ['Hours'], tiered: false, variants: EMR_INSTANCE_TYPES, displayUnit: INSTANCE_HOURS },
  'sagemaker.notebook-hours': { serviceCode: 'AmazonSageMaker', unit: 'Hrs', unitAliases: ['Hours'], tiered: false, variants: SAGEMAKER_NOTEBOOK_INSTANCES, displayUnit: INSTANCE_HOURS },
} as const satisfies Record<string, PriceKeyDefinition>;

export type PriceKey = keyof typeof PRICE_KEYS;

export const PRICE_KEY_IDS = Object.keys(PRICE_KEYS) as PriceKey[];

export function isPriceKey(value: string): value is PriceKey {
  return Object.hasOwn(PRICE_KEYS, value);
}

export function priceKeyDefinition(key: PriceKey): PriceKeyDefinition {
  return PRICE_KEYS[key];
}

/** True when `unit` is the key's unit or one of its known spellings. */
export function unitMatches(definition: PriceKeyDefinition, unit: string): boolean {
  return unit === definition.unit || (definition.unitAliases ?? []).includes(unit);
}
