import type Big from 'big.js';
import { ceilOfRatio, exactProduct, GB_PER_KB, HOURS_PER_DAY, HOURS_PER_MONTH, KB_PER_GB, largest, Money, smallest } from '../cost/money';
import type { Localized } from '../locales';
import { countedUnit, type UnitLabel } from '../i18n/unit-label';
import {
  AURORA_INSTANCE_CLASSES,
  AURORA_STORAGE_CONFIGS,
  DEPLOYMENTS,
  DMS_INSTANCE_CLASSES,
  EMR_INSTANCE_TYPES,
  LAMBDA_ARCHITECTURES,
  MSK_BROKER_TYPES,
  OPENSEARCH_INSTANCE_TYPES,
  RDS_POSTGRES_INSTANCE_CLASSES,
  REDSHIFT_NODE_TYPES,
  SAGEMAKER_NOTEBOOK_INSTANCES,
} from '../pricing/price-keys';
import { MAX_DAILY_INGEST_GB, MAX_DASHBOARD_USERS, MAX_EVENTS_PER_SECOND, MAX_QUERIES_PER_DAY, MAX_RECORD_SIZE_KB, MAX_RETAINED_HISTORY_GB } from '../answers/limits';
import { RAW_ARCHIVE_AFTER_DAYS } from '../rules/predicates';
import type { SizingInputs } from './inputs';

/** Starting points for every usage quantity the customer did not give (infracost's usage presets). */
export const SIZING_PRESETS = ['small', 'medium', 'large'] as const;
export type SizingPreset = (typeof SIZING_PRESETS)[number];
export const DEFAULT_SIZING_PRESET: SizingPreset = 'medium';

interface UsageDefinitionBase {
  readonly label: Localized;
  /** Where the default comes from, in words a customer's finance team can check. */
  readonly defaultSource: Localized;
}

export interface NumberUsageDefinition extends UsageDefinitionBase {
  readonly kind: 'number';
  readonly unit: UnitLabel;
  readonly min: number;
  /** A bound of the service itself (Lambda memory, hours in a day): scaled values are held to it too. */
  readonly max?: number;
  /**
   * The largest value a person may give, as an answer or with `--set`, when it is lower than
   * {@link USAGE_INPUT_CEILING}. Only input is checked: the band and the 10× view may go past it.
   */
  readonly inputMax?: number;
  readonly integer?: boolean;
  /** The sizing input the advisor fills from the customer's answers; it wins over the default. */
  readonly fromSizing?: keyof SizingInputs;
  /** Default per preset. Exactly one of `preset` and `derive` is set. */
  readonly preset?: Readonly<Record<SizingPreset, number>>;
  /** Default computed from other usage keys. */
  readonly derive?: (get: (key: string) => Big) => Big;
  /**
   * In the low/high band. Only keys whose growth raises cost are (a bigger object size lowers
   * request counts, so it is not).
   */
  readonly uncertain: boolean;
  /** Multiplied in the "10× data" sensitivity view. */
  readonly growsWithData: boolean;
}

export interface ChoiceUsageDefinition extends UsageDefinitionBase {
  readonly kind: 'choice';
  readonly options: readonly string[];
  readonly preset: Readonly<Record<SizingPreset, string>>;
}

export type UsageDefinition = NumberUsageDefinition | ChoiceUsageDefinition;

/**
 * No usage figure a person gives may exceed 10^18 (a billion billion), whatever its unit: far
 * above what the largest answers derive (10 PB a day of 1-byte events is about 3 × 10^17 a
 * month), low enough that `--set scanned_gb_per_query=1e400` is refused instead of priced.
 */
export const USAGE_INPUT_CEILING = 1e18;

const l = (en: string, ptBR: string): Localized => ({ en, 'pt-BR': ptBR });
const same = <T>(value: T): Readonly<Record<SizingPreset, T>> => ({ small: value, medium: value, large: value });
const scale = <T>(small: T, medium: T, large: T): Readonly<Record<SizingPreset, T>> => ({ small, medium, large });

const PRESET_SOURCE = l('Lakewise sizing preset (small / medium / large); replace it with the customer\'s figure', 'Preset de dimensionamento do Lakewise (pequeno / médio / grande); troque pelo número do cliente');
const ANSWER_OR_PRESET = l('the customer\'s answer; without one, the Lakewise sizing preset', 'a resposta do cliente; sem ela, o preset de dimensionamento do Lakewise');

const GB = l('GB', 'GB');
const REQUESTS = countedUnit(l('request', 'requisição'), l('requests', 'requisições'));
const PER_MONTH = l('per month', 'por mês');
const HOURS_MONTH = countedUnit(l('hour/month', 'hora/mês'), l('hours/month', 'horas/mês'));

/**
 * Every usage quantity the cost model reads, documented once: label, unit, default and where the
 * default comes from. `--set <key>=<value>` overrides one key (snake_case is accepted too).
 */
export const USAGE_SCHEMA = {
  dailyIngestGb: { kind: 'number', label: l('Data landing in the lake per day', 'Dados que chegam ao lake por dia'), unit: l('GB/day', 'GB/dia'), min: 0, inputMax: MAX_DAILY_INGEST_GB, fromSizing: 'dailyIngestGb', preset: scale(5, 50, 500), defaultSource: ANSWER_OR_PRESET, uncertain: true, growsWithData: true },
  retainedHistoryGb: {
    kind: 'number', label: l('Raw history kept queryable (bronze zone)', 'Histórico bruto mantido consultável (zona bronze)'), unit: GB, min: 0, inputMax: MAX_RETAINED_HISTORY_GB, fromSizing: 'retainedHistoryGb',
    derive: (get) => get('dailyIngestGb').times(365),
    defaultSource: l('the customer\'s answer; without one, one year of daily ingest (Lakewise assumption)', 'a resposta do cliente; sem ela, um ano de ingestão diária (premissa do Lakewise)'),
    uncertain: true, growsWithData: true,
  },
  eventsPerSecond: { kind: 'number', label: l('Events per second on streaming paths', 'Eventos por segundo nos fluxos de streaming'), unit: countedUnit(l('event/s', 'evento/s'), l('events/s', 'eventos/s')), min: 0, inputMax: MAX_EVENTS_PER_SECOND, fromSizing: 'eventsPerSecond', preset: scale(10, 200, 2000), defaultSource: ANSWER_OR_PRESET, uncertain: true, growsWithData: true },
  // Not in the band: with the daily volume fixed, bigger records mean fewer events, so cost can fall.
  recordSizeKb: { kind: 'number', label: l('Average streamed record size', 'Tamanho médio de um registro de streaming'), unit: l('KB', 'KB'), min: 0.001, max: MAX_RECORD_SIZE_KB, fromSizing: 'recordSizeKb', preset: same(1), defaultSource: ANSWER_OR_PRESET, uncertain: false, growsWithData: false },
  dailyStreamGb: {
    kind: 'number', label: l('Data streamed per day', 'Dados transmitidos por dia'), unit: l('GB/day', 'GB/dia'), min: 0, inputMax: MAX_DAILY_INGEST_GB,
    derive: (get) => smallest(exactProduct(get('eventsPerSecond'), get('recordSizeKb'), 86400, GB_PER_KB), get('dailyIngestGb')),
    defaultSource: l('events/s is a peak: the data landing per day, at most the peak rate all day long', 'eventos/s é um pico: os dados que chegam por dia, no máximo a taxa de pico o dia inteiro'),
    uncertain: true, growsWithData: true,
  },
  monthlyStreamEvents: {
    kind: 'number', label: l('Events streamed per month', 'Eventos transmitidos por mês'), unit: countedUnit(l('event/month', 'evento/mês'), l('events/month', 'eventos/mês')), min: 0, integer: true,
    // Ceil only the exact quotient: a ceil after a rounded 365/12 once counted an event too many.
    derive: (get) => ceilOfRatio([get('dailyStreamGb'), KB_PER_GB, HOURS_PER_MONTH], [HOURS_PER_DAY, get('recordSizeKb')]),
    defaultSource: l('data streamed per day × days per month ÷ record size', 'dados transmitidos por dia × dias por mês ÷ tamanho do registro'),
    uncertain: true, growsWithData: true,
  },
  queriesPerDay: { kind: 'number', label: l('Interactive SQL queries per day', 'Consultas SQL interativas por dia'), unit: countedUnit(l('query/day', 'consulta/dia'), l('queries/day', 'consultas/dia')), min: 0, inputMax: MAX_QUERIES_PER_DAY, fromSizing: 'queriesPerDay', preset: scale(50, 500, 5000), defaultSource: ANSWER_OR_PRESET, uncertain: true, growsWithData: false },
  scannedGbPerQuery: { kind: 'number', label: l('Data scanned per query (after partitioning and compression)', 'Dados lidos por consulta (após particionamento e compressão)'), unit: GB, min: 0, preset: scale(0.2, 1, 5), defaultSource: PRESET_SOURCE, uncertain: true, growsWithData: true },
  dashboardReaders: { kind: 'number', label: l('Dashboard readers', 'Leitores de dashboards'), unit: countedUnit(l('user', 'usuário'), l('users', 'usuários')), min: 0, inputMax: MAX_DASHBOARD_USERS, integer: true, fromSizing: 'dashboardReaders', preset: scale(5, 25, 200), defaultSource: ANSWER_OR_PRESET, uncertain: true, growsWithData: false },
  dashboardAuthors: { kind: 'number', label: l('Dashboard authors', 'Autores de dashboards'), unit: countedUnit(l('user', 'usuário'), l('users', 'usuários')), min: 0, inputMax: MAX_DASHBOARD_USERS, integer: true, fromSizing: 'dashboardAuthors', preset: scale(1, 3, 10), defaultSource: ANSWER_OR_PRESET, uncertain: true, growsWithData: false },
  quicksightReaderPlan: { kind: 'choice', label: l('QuickSight reader plan', 'Plano de leitor do QuickSight'), options: ['reader', 'reader-pro'], preset: same('reader'), defaultSource: l('the plain Reader seat, the cheaper of the two in the price data', 'o assento Reader simples, o mais barato dos dois nos dados de preço') },
  etlRunsPerDay: { kind: 'number', label: l('Scheduled ETL runs per day', 'Execuções de ETL agendadas por dia'), unit: countedUnit(l('run/day', 'execução/dia'), l('runs/day', 'execuções/dia')), min: 0, fromSizing: 'etlRunsPerDay', preset: scale(1, 24, 96), defaultSource: ANSWER_OR_PRESET, uncertain: true, growsWithData: false },
  etlJobDpus: { kind: 'number', label: l('DPUs per ETL run', 'DPUs por execução de ETL'), unit: l('DPU', 'DPU'), min: 1, preset: scale(2, 10, 20), defaultSource: l('Lakewise preset; AWS Glue Spark jobs default to 10 DPUs', 'Preset do Lakewise; jobs Spark do AWS Glue usam 10 DPUs por padrão'), uncertain: false, growsWithData: false },
  etlJobMinutes: { kind: 'number', label: l('Minutes per ETL run', 'Minutos por execução de ETL'), unit: countedUnit(l('minute', 'minuto'), l('minutes', 'minutos')), min: 0, preset: scale(5, 15, 30), defaultSource: PRESET_SOURCE, uncertain: true, growsWithData: true },
  etlExecutionClass: { kind: 'choice', label: l('Glue execution class', 'Classe de execução do Glue'), options: ['standard', 'flex'], preset: same('standard'), defaultSource: l('Standard: runs start at once; Flex is cheaper for jobs that can wait', 'Standard: a execução começa na hora; Flex é mais barato para jobs que podem esperar') },
  catalogObjects: { kind: 'number', label: l('Glue Data Catalog objects (tables, partitions, databases)', 'Objetos no Glue Data Catalog (tabelas, partições, bancos)'), unit: countedUnit(l('object', 'objeto'), l('objects', 'objetos')), min: 0, integer: true, preset: scale(1000, 20000, 200000), defaultSource: PRESET_SOURCE, uncertain: true, growsWithData: true },
  monthlyCatalogRequests: {
    kind: 'number', label: l('Glue Data Catalog requests per month', 'Requisições ao Glue Data Catalog por mês'), unit: countedUnit(l('request/month', 'requisição/mês'), l('requests/month', 'requisições/mês')), min: 0, integer: true,
    derive: (get) => ceilOfRatio([get('queriesPerDay').plus(get('etlRunsPerDay')), HOURS_PER_MONTH, 10], [HOURS_PER_DAY]),
    defaultSource: l('about 10 catalog calls (GetTable, GetPartitions…) per query or ETL run (Lakewise assumption)', 'cerca de 10 chamadas ao catálogo (GetTable, GetPartitions…) por consulta ou execução de ETL (premissa do Lakewise)'),
    uncertain: true, growsWithData: false,
  },
  kinesisCapacityMode: { kind: 'choice', label: l('Kinesis Data Streams capacity mode', 'Modo de capacidade do Kinesis Data Streams'), options: ['provisioned', 'on-demand'], preset: same('provisioned'), defaultSource: l('provisioned: shards sized from events/s and record size', 'provisionado: shards dimensionados por eventos/s e tamanho do registro') },
  streamConsumers: { kind: 'number', label: l('Applications reading each stream', 'Aplicações que leem cada stream'), unit: countedUnit(l('application', 'aplicação'), l('applications', 'aplicações')), min: 1, integer: true, preset: scale(1, 2, 3), defaultSource: PRESET_SOURCE, uncertain: false, growsWithData: false },
  mskBrokerType: { kind: 'choice', label: l('Amazon MSK broker type', 'Tipo de broker do Amazon MSK'), options: MSK_BROKER_TYPES, preset: scale('kafka.t3.small', 'kafka.m7g.large', 'kafka.m7g.xlarge'), defaultSource: PRESET_SOURCE },
  mskBrokerCount: { kind: 'number', label: l('Amazon MSK brokers', 'Brokers do Amazon MSK'), unit: countedUnit(l('broker', 'broker'), l('brokers', 'brokers')), min: 1, integer: true, preset: scale(2, 3, 6), defaultSource: l('Lakewise preset: one broker per Availability Zone (two or three zones)', 'Preset do Lakewise: um broker por zona de disponibilidade (duas ou três zonas)'), uncertain: false, growsWithData: false },
  mskRetentionDays: { kind: 'number', label: l('Kafka retention', 'Retenção do Kafka'), unit: countedUnit(l('day', 'dia'), l('days', 'dias')), min: 0, preset: same(7), defaultSource: l('Apache Kafka\'s default log retention (168 hours)', 'a retenção padrão de log do Apache Kafka (168 horas)'), uncertain: false, growsWithData: false },
  mskReplicationFactor: { kind: 'number', label: l('Kafka replication factor', 'Fator de replicação do Kafka'), unit: countedUnit(l('copy', 'cópia'), l('copies', 'cópias')), min: 1, integer: true, preset: same(3), defaultSource: l('Amazon MSK\'s default replication factor for clusters in three zones', 'o fator de replicação padrão do Amazon MSK para clusters em três zonas'), uncertain: false, growsWithData: false },
  mskStorageGbPerBroker: {
    kind: 'number', label: l('Amazon MSK storage per broker', 'Armazenamento do Amazon MSK por broker'), unit: GB, min: 1, integer: true,
    derive: (get) => largest(1, ceilOfRatio([get('dailyStreamGb'), get('mskRetentionDays'), get('mskReplicationFactor')], [get('mskBrokerCount')])),
    defaultSource: l('data streamed per day × retention days × replication ÷ brokers', 'dados transmitidos por dia × dias de retenção × replicação ÷ brokers'),
    uncertain: false, growsWithData: true,
  },
  sqsRequestsPerMessage: { kind: 'number', label: l('SQS requests per message', 'Requisições SQS por mensagem'), unit: REQUESTS, min: 1, preset: same(3), defaultSource: l('send, receive and delete: one request each', 'envio, recebimento e exclusão: uma requisição cada'), uncertain: false, growsWithData: false },
  monthlyEventBridgeEvents: {
    kind: 'number', label: l('EventBridge custom events per month', 'Eventos personalizados do EventBridge por mês'), unit: PER_MONTH, min: 0, integer: true,
    derive: (get) => ceilOfRatio([get('etlRunsPerDay'), HOURS_PER_MONTH, 10], [HOURS_PER_DAY]),
    defaultSource: l('about 10 custom events per pipeline run (start, finish, one per table) (Lakewise assumption)', 'cerca de 10 eventos personalizados por execução do pipeline (início, fim, um por tabela) (premissa do Lakewise)'),
    uncertain: true, growsWithData: false,
  },
  stateTransitionsPerRun: { kind: 'number', label: l('Step Functions state transitions per ETL run', 'Transições de estado do Step Functions por execução de ETL'), unit: countedUnit(l('transition', 'transição'), l('transitions', 'transições')), min: 0, integer: true, preset: scale(10, 20, 40), defaultSource: PRESET_SOURCE, uncertain: true, growsWithData: false },
  lambdaBatchSize: { kind: 'number', label: l('Records per Lambda invocation', 'Registros por invocação do Lambda'), unit: countedUnit(l('record', 'registro'), l('records', 'registros')), min: 1, integer: true, preset: same(100), defaultSource: l('the default batch size of Lambda\'s Kinesis event source', 'o tamanho de lote padrão da fonte de eventos Kinesis do Lambda'), uncertain: false, growsWithData: false },
  lambdaInvocationsPerEtlRun: { kind: 'number', label: l('Lambda invocations per extraction run (SaaS APIs)', 'Invocações do Lambda por execução de extração (APIs SaaS)'), unit: countedUnit(l('invocation', 'invocação'), l('invocations', 'invocações')), min: 0, integer: true, preset: scale(10, 50, 200), defaultSource: l('Lakewise assumption: one invocation per API endpoint or page fetched in a run', 'premissa do Lakewise: uma invocação por endpoint ou página de API lida em cada execução'), uncertain: true, growsWithData: true },
  monthlyLambdaRequests: {
    kind: 'number', label: l('Lambda invocations per month on streaming paths', 'Invocações do Lambda por mês nos fluxos de streaming'), unit: PER_MONTH, min: 0, integer: true,
    derive: (get) => ceilOfRatio([get('monthlyStreamEvents')], [get('lambdaBatchSize')]),
    defaultSource: l('events streamed per month ÷ records per invocation', 'eventos transmitidos por mês ÷ registros por invocação'),
    uncertain: true, growsWithData: true,
  },
  lambdaDurationMs: { kind: 'number', label: l('Lambda duration per invocation', 'Duração do Lambda por invocação'), unit: l('ms', 'ms'), min: 1, preset: scale(200, 300, 500), defaultSource: PRESET_SOURCE, uncertain: true, growsWithData: false },
  lambdaMemoryMb: { kind: 'number', label: l('Lambda memory', 'Memória do Lambda'), unit: l('MB', 'MB'), min: 128, max: 10240, integer: true, preset: scale(512, 1024, 2048), defaultSource: PRESET_SOURCE, uncertain: false, growsWithData: false },
  lambdaArchitecture: { kind: 'choice', label: l('Lambda processor architecture', 'Arquitetura de processador do Lambda'), options: LAMBDA_ARCHITECTURES, preset: same('x86'), defaultSource: l('x86, Lambda\'s default; Arm (Graviton) costs less per GB-second', 'x86, o padrão do Lambda; Arm (Graviton) custa menos por GB-segundo') },
  redshiftDeployment: { kind: 'choice', label: l('Amazon Redshift deployment', 'Implantação do Amazon Redshift'), options: ['serverless', 'provisioned'], preset: same('serverless'), defaultSource: l('Redshift Serverless: pay for compute only while queries run', 'Redshift Serverless: paga computação só enquanto consultas rodam') },
  redshiftBaseRpus: { kind: 'number', label: l('Redshift Serverless base capacity', 'Capacidade base do Redshift Serverless'), unit: l('RPU', 'RPU'), min: 8, max: 1024, integer: true, preset: scale(8, 32, 128), defaultSource: PRESET_SOURCE, uncertain: false, growsWithData: false },
  redshiftActiveHoursPerDay: { kind: 'number', label: l('Hours per day Redshift Serverless is busy', 'Horas por dia em que o Redshift Serverless trabalha'), unit: countedUnit(l('hour/day', 'hora/dia'), l('hours/day', 'horas/dia')), min: 0, max: 24, preset: scale(2, 8, 16), defaultSource: PRESET_SOURCE, uncertain: true, growsWithData: true },
  redshiftNodeType: { kind: 'choice', label: l('Redshift provisioned node type', 'Tipo de nó provisionado do Redshift'), options: REDSHIFT_NODE_TYPES, preset: scale('ra3.large', 'ra3.xlplus', 'ra3.4xlarge'), defaultSource: PRESET_SOURCE },
  redshiftNodeCount: { kind: 'number', label: l('Redshift provisioned nodes', 'Nós provisionados do Redshift'), unit: countedUnit(l('node', 'nó'), l('nodes', 'nós')), min: 1, integer: true, preset: scale(1, 2, 4), defaultSource: PRESET_SOURCE, uncertain: false, growsWithData: false },
  sagemakerNotebookInstance: { kind: 'choice', label: l('SageMaker notebook instance', 'Instância de notebook do SageMaker'), options: SAGEMAKER_NOTEBOOK_INSTANCES, preset: scale('ml.t3.medium', 'ml.m5.large', 'ml.m5.xlarge'), defaultSource: PRESET_SOURCE },
  monthlyNotebookHours: { kind: 'number', label: l('SageMaker notebook hours per month', 'Horas de notebook do SageMaker por mês'), unit: HOURS_MONTH, min: 0, preset: scale(40, 160, 640), defaultSource: PRESET_SOURCE, uncertain: true, growsWithData: false },
  monthlyTrainingHours: { kind: 'number', label: l('SageMaker training instance hours per month', 'Horas de instância de treinamento do SageMaker por mês'), unit: HOURS_MONTH, min: 0, preset: scale(10, 50, 200), defaultSource: PRESET_SOURCE, uncertain: true, growsWithData: true },
  monthlyInferenceHours: { kind: 'number', label: l('SageMaker inference endpoint hours per month', 'Horas de endpoint de inferência do SageMaker por mês'), unit: HOURS_MONTH, min: 0, preset: scale(0, 730, 2190), defaultSource: PRESET_SOURCE, uncertain: true, growsWithData: false },
  monthlyDynamodbWriteUnits: { kind: 'number', label: l('DynamoDB write request units per month', 'Unidades de requisição de escrita do DynamoDB por mês'), unit: PER_MONTH, min: 0, integer: true, preset: scale(1_000_000, 20_000_000, 200_000_000), defaultSource: PRESET_SOURCE, uncertain: true, growsWithData: true },
  monthlyDynamodbReadUnits: { kind: 'number', label: l('DynamoDB read request units per month', 'Unidades de requisição de leitura do DynamoDB por mês'), unit: PER_MONTH, min: 0, integer: true, preset: scale(5_000_000, 100_000_000, 1_000_000_000), defaultSource: PRESET_SOURCE, uncertain: true, growsWithData: true },
  dynamodbStorageGb: { kind: 'number', label: l('DynamoDB table storage', 'Armazenamento das tabelas DynamoDB'), unit: GB, min: 0, preset: scale(1, 20, 200), defaultSource: PRESET_SOURCE, uncertain: true, growsWithData: true },
  rdsInstanceClass: { kind: 'choice', label: l('RDS for PostgreSQL instance class', 'Classe de instância do RDS for PostgreSQL'), options: RDS_POSTGRES_INSTANCE_CLASSES, preset: scale('db.t4g.medium', 'db.m6g.large', 'db.r6g.large'), defaultSource: PRESET_SOURCE },
  rdsDeployment: { kind: 'choice', label: l('RDS deployment', 'Implantação do RDS'), options: DEPLOYMENTS, preset: scale('single-az', 'multi-az', 'multi-az'), defaultSource: PRESET_SOURCE },
  rdsStorageGb: { kind: 'number', label: l('RDS gp3 storage', 'Armazenamento gp3 do RDS'), unit: GB, min: 20, preset: scale(20, 100, 500), defaultSource: PRESET_SOURCE, uncertain: true, growsWithData: true },
  auroraInstanceClass: { kind: 'choice', label: l('Aurora PostgreSQL instance class', 'Classe de instância do Aurora PostgreSQL'), options: AURORA_INSTANCE_CLASSES, preset: scale('db.t4g.medium', 'db.r6g.large', 'db.r6g.large'), defaultSource: PRESET_SOURCE },
  auroraInstanceCount: { kind: 'number', label: l('Aurora instances (writer + readers)', 'Instâncias do Aurora (escritora + leitoras)'), unit: countedUnit(l('instance', 'instância'), l('instances', 'instâncias')), min: 1, integer: true, preset: scale(1, 2, 3), defaultSource: PRESET_SOURCE, uncertain: false, growsWithData: false },
  auroraStorageConfig: { kind: 'choice', label: l('Aurora storage configuration', 'Configuração de armazenamento do Aurora'), options: AURORA_STORAGE_CONFIGS, preset: same('standard'), defaultSource: l('Aurora Standard: I/O billed per request', 'Aurora Standard: E/S cobrada por requisição') },
  auroraStorageGb: { kind: 'number', label: l('Aurora storage', 'Armazenamento do Aurora'), unit: GB, min: 0, preset: scale(20, 100, 1000), defaultSource: PRESET_SOURCE, uncertain: true, growsWithData: true },
  monthlyAuroraIoRequests: { kind: 'number', label: l('Aurora I/O requests per month', 'Requisições de E/S do Aurora por mês'), unit: PER_MONTH, min: 0, integer: true, preset: scale(10_000_000, 100_000_000, 1_000_000_000), defaultSource: PRESET_SOURCE, uncertain: true, growsWithData: true },
  dmsInstanceClass: { kind: 'choice', label: l('AWS DMS replication instance', 'Instância de replicação do AWS DMS'), options: DMS_INSTANCE_CLASSES, preset: scale('dms.t3.medium', 'dms.c5.large', 'dms.r5.large'), defaultSource: PRESET_SOURCE },
  dmsDeployment: { kind: 'choice', label: l('AWS DMS deployment', 'Implantação do AWS DMS'), options: DEPLOYMENTS, preset: scale('single-az', 'single-az', 'multi-az'), defaultSource: PRESET_SOURCE },
  dmsHoursPerDay: { kind: 'number', label: l('Hours per day the DMS instance runs', 'Horas por dia em que a instância DMS roda'), unit: countedUnit(l('hour/day', 'hora/dia'), l('hours/day', 'horas/dia')), min: 0, max: 24, preset: same(24), defaultSource: l('continuous change data capture keeps the instance up all day', 'a captura contínua de alterações mantém a instância ligada o dia todo'), uncertain: false, growsWithData: false },
  opensearchInstanceType: { kind: 'choice', label: l('OpenSearch data node type', 'Tipo de nó de dados do OpenSearch'), options: OPENSEARCH_INSTANCE_TYPES, preset: scale('t3.small.search', 'm6g.large.search', 'r6g.large.search'), defaultSource: PRESET_SOURCE },
  opensearchInstanceCount: { kind: 'number', label: l('OpenSearch data nodes', 'Nós de dados do OpenSearch'), unit: countedUnit(l('node', 'nó'), l('nodes', 'nós')), min: 1, integer: true, preset: scale(1, 3, 6), defaultSource: PRESET_SOURCE, uncertain: false, growsWithData: false },
  emrInstanceType: { kind: 'choice', label: l('Amazon EMR instance type', 'Tipo de instância do Amazon EMR'), options: EMR_INSTANCE_TYPES, preset: scale('m6g.xlarge', 'm5.xlarge', 'm5.2xlarge'), defaultSource: PRESET_SOURCE },
  emrInstanceCount: { kind: 'number', label: l('Amazon EMR instances', 'Instâncias do Amazon EMR'), unit: countedUnit(l('instance', 'instância'), l('instances', 'instâncias')), min: 1, integer: true, preset: scale(3, 5, 10), defaultSource: PRESET_SOURCE, uncertain: false, growsWithData: false },
  emrHoursPerDay: { kind: 'number', label: l('Hours per day the EMR cluster runs', 'Horas por dia em que o cluster EMR roda'), unit: countedUnit(l('hour/day', 'hora/dia'), l('hours/day', 'horas/dia')), min: 0, max: 24, preset: scale(2, 8, 24), defaultSource: PRESET_SOURCE, uncertain: true, growsWithData: true },
  monthlyLogIngestGb: { kind: 'number', label: l('CloudWatch Logs ingested per month', 'Logs ingeridos no CloudWatch por mês'), unit: l('GB/month', 'GB/mês'), min: 0, preset: scale(1, 10, 100), defaultSource: PRESET_SOURCE, uncertain: true, growsWithData: true },
  customMetrics: { kind: 'number', label: l('CloudWatch custom metrics', 'Métricas personalizadas do CloudWatch'), unit: countedUnit(l('metric', 'métrica'), l('metrics', 'métricas')), min: 0, integer: true, preset: scale(10, 50, 200), defaultSource: PRESET_SOURCE, uncertain: true, growsWithData: false },
  alarms: { kind: 'number', label: l('CloudWatch alarms', 'Alarmes do CloudWatch'), unit: countedUnit(l('alarm', 'alarme'), l('alarms', 'alarmes')), min: 0, integer: true, preset: scale(5, 20, 50), defaultSource: PRESET_SOURCE, uncertain: true, growsWithData: false },
  silverSizeRatio: { kind: 'number', label: l('Silver zone size per GB of bronze', 'Tamanho da zona prata por GB da bronze'), unit: l('GB/GB', 'GB/GB'), min: 0, max: 10, preset: same(0.25), defaultSource: l('Lakewise assumption: columnar Parquet with compression often stores raw JSON or CSV in about a quarter of the space; measure it on a sample', 'premissa do Lakewise: Parquet colunar comprimido costuma guardar JSON ou CSV bruto em cerca de um quarto do espaço; meça numa amostra'), uncertain: true, growsWithData: false },
  goldSizeRatio: { kind: 'number', label: l('Gold zone size per GB of bronze', 'Tamanho da zona ouro por GB da bronze'), unit: l('GB/GB', 'GB/GB'), min: 0, max: 10, preset: same(0.05), defaultSource: l('Lakewise assumption: curated aggregates are a small fraction of the raw data', 'premissa do Lakewise: agregados curados são uma fração pequena dos dados brutos'), uncertain: true, growsWithData: false },
  s3ObjectSizeMb: { kind: 'number', label: l('Average object size written to S3', 'Tamanho médio dos objetos gravados no S3'), unit: l('MB', 'MB'), min: 0.001, preset: same(64), defaultSource: l('Lakewise assumption: writers buffer into files of tens of MB (Firehose buffers up to 128 MB)', 'premissa do Lakewise: quem grava agrupa em arquivos de dezenas de MB (o Firehose agrupa até 128 MB)'), uncertain: false, growsWithData: false },
  s3GetRequestsPerQuery: { kind: 'number', label: l('S3 GET requests per query', 'Requisições GET ao S3 por consulta'), unit: REQUESTS, min: 0, integer: true, preset: scale(50, 200, 1000), defaultSource: PRESET_SOURCE, uncertain: true, growsWithData: true },
  archiveStorageClass: { kind: 'choice', label: l('Archive storage class', 'Classe de armazenamento do arquivo'), options: ['deep-archive', 'flexible-retrieval'], preset: same('deep-archive'), defaultSource: l('S3 Glacier Deep Archive, the cheapest class for data read less than once a year', 'S3 Glacier Deep Archive, a classe mais barata para dados lidos menos de uma vez por ano') },
  rawArchiveAfterDays: {
    kind: 'number', label: l('Days raw objects stay in the bronze zone before moving to S3 Glacier', 'Dias que os objetos brutos ficam na zona bronze antes de ir para o S3 Glacier'), unit: countedUnit(l('day', 'dia'), l('days', 'dias')), min: 0, integer: true,
    fromSizing: 'rawArchiveAfterDays', preset: same(RAW_ARCHIVE_AFTER_DAYS),
    defaultSource: l('the lifecycle rule of the recommended plan (read only when the plan has a raw-data archive)', 'a regra de ciclo de vida do plano recomendado (usada só quando o plano tem arquivo de dados brutos)'),
    uncertain: false, growsWithData: false,
  },
  archivedGb: {
    kind: 'number', label: l('Raw history kept in the archive', 'Histórico bruto mantido no arquivo'), unit: GB, min: 0,
    derive: (get) => largest(0, get('retainedHistoryGb').minus(get('dailyIngestGb').times(get('rawArchiveAfterDays')))),
    defaultSource: l('the raw history older than the lifecycle rule\'s days: history − daily ingest × days', 'o histórico bruto mais antigo que os dias da regra de ciclo de vida: histórico − ingestão diária × dias'),
    uncertain: true, growsWithData: true,
  },
} as const satisfies Record<string, UsageDefinition>;

export type UsageKey = keyof typeof USAGE_SCHEMA;
export type NumberUsageKey = { [K in UsageKey]: (typeof USAGE_SCHEMA)[K] extends { kind: 'number' } ? K : never }[UsageKey];
export type ChoiceUsageKey = Exclude<UsageKey, NumberUsageKey>;

export const USAGE_KEYS = Object.keys(USAGE_SCHEMA) as UsageKey[];

export function isUsageKey(value: string): value is UsageKey {
  return Object.hasOwn(USAGE_SCHEMA, value);
}

export function usageDefinition(key: UsageKey): UsageDefinition {
  return USAGE_SCHEMA[key];
}
