import { cite } from './citations';
import {
  BATCH_SOURCES,
  FRESH_WITHIN_THE_HOUR,
  LOW_LATENCY,
  ON_PREMISES_ESTATE,
  PERSONAL_DATA,
  RAW_ARCHIVE_AFTER_DAYS,
  SPARK_CLUSTER,
  SQL_CONSUMERS,
  STREAMING_SOURCES,
  THRESHOLDS,
  WAREHOUSE_SCALE,
} from './predicates';
import type { Rule } from './types';

/**
 * The advisor's decisions, in the order they run. Order matters where a rule
 * reads a role an earlier rule filled (`has`) or replaces it: the lake and its
 * processing engine come first, then ingestion, serving, stream processing,
 * governance, and last the orchestration and monitoring that wrap whatever the
 * earlier rules built.
 */
export const RULES: readonly Rule[] = [
  // ── The lake ────────────────────────────────────────────────────────────────
  {
    id: 'store.bronze-zone',
    when: { always: true },
    add: [{ role: 'bronze-zone', service: 's3' }],
    cites: [cite.journey('data-lake'), cite.service('s3')],
  },
  {
    id: 'store.silver-gold-zones',
    when: { always: true },
    add: [
      { role: 'silver-zone', service: 's3' },
      { role: 'gold-zone', service: 's3' },
    ],
    cites: [cite.journey('data-lake'), cite.objection('lake-becomes-swamp')],
  },
  {
    id: 'catalog.central-catalog',
    when: { always: true },
    add: [{ role: 'data-catalog', service: 'glue-data-catalog' }],
    edges: [
      { from: 'batch-etl', to: 'data-catalog', flow: { en: 'table schemas and partitions', 'pt-BR': 'esquemas e partições das tabelas' } },
      { from: 'data-catalog', to: 'interactive-sql', flow: { en: 'table definitions', 'pt-BR': 'definições das tabelas' } },
      { from: 'data-catalog', to: 'lake-query-from-warehouse', flow: { en: 'external schemas', 'pt-BR': 'esquemas externos' } },
      { from: 'data-catalog', to: 'access-control', flow: { en: 'tables to govern', 'pt-BR': 'tabelas a governar' } },
    ],
    cites: [cite.service('glue-data-catalog'), cite.objection('lake-becomes-swamp')],
  },

  // ── Processing engine ───────────────────────────────────────────────────────
  {
    id: 'process.serverless-spark',
    when: { always: true },
    add: [{ role: 'batch-etl', service: 'glue' }],
    edges: [
      { from: 'bronze-zone', to: 'batch-etl', flow: { en: 'raw files', 'pt-BR': 'arquivos brutos' } },
      { from: 'batch-etl', to: 'silver-zone', flow: { en: 'cleaned, deduplicated Parquet', 'pt-BR': 'Parquet limpo e sem duplicatas' } },
      { from: 'batch-etl', to: 'gold-zone', flow: { en: 'business aggregates', 'pt-BR': 'agregados de negócio' } },
    ],
    alternatives: [{ role: 'batch-etl', lost: 'emr' }],
    cites: [cite.service('glue'), cite.journey('data-lake')],
  },
  {
    id: 'process.spark-cluster',
    when: SPARK_CLUSTER,
    replace: [{ role: 'batch-etl', service: 'emr' }],
    alternatives: [{ role: 'batch-etl', lost: 'glue' }],
    cites: [cite.service('emr'), cite.objection('avoid-vendor-lock-in'), cite.journey('data-lake')],
  },

  // ── Ingestion ───────────────────────────────────────────────────────────────
  {
    id: 'ingest.warehouse-migration',
    when: { field: 'estate.existing', includesAny: ['onprem-dw'] },
    add: [
      { role: 'schema-conversion', service: 'schema-conversion-tool' },
      { role: 'warehouse-migration', service: 'dms' },
    ],
    edges: [
      { from: 'schema-conversion', to: 'warehouse', flow: { en: 'converted schema, views and procedures', 'pt-BR': 'esquema, views e procedures convertidos' } },
      { from: 'warehouse-migration', to: 'warehouse', flow: { en: 'historical tables, then ongoing changes', 'pt-BR': 'tabelas históricas e depois as alterações contínuas' } },
    ],
    cites: [
      cite.journey('data-warehouse-modernisation'),
      cite.service('schema-conversion-tool'),
      cite.service('dms'),
      cite.objection('migration-too-risky'),
    ],
  },
  {
    id: 'ingest.database-cdc',
    when: { all: [{ field: 'sources.kinds', includesAny: ['relational-databases'] }, FRESH_WITHIN_THE_HOUR] },
    add: [{ role: 'change-capture', service: 'dms' }],
    edges: [{ from: 'change-capture', to: 'bronze-zone', flow: { en: 'change records (CDC, Parquet)', 'pt-BR': 'registros de alteração (CDC, Parquet)' } }],
    alternatives: [{ role: 'change-capture', lost: 'glue' }],
    cites: [cite.service('dms'), cite.journey('data-lake')],
  },
  {
    id: 'ingest.database-batch-extract',
    when: { all: [{ field: 'sources.kinds', includesAny: ['relational-databases'] }, { not: FRESH_WITHIN_THE_HOUR }] },
    uses: ['batch-etl'],
    edges: [{ from: 'batch-etl', to: 'bronze-zone', flow: { en: 'nightly JDBC extracts', 'pt-BR': 'extrações JDBC noturnas' } }],
    alternatives: [{ role: 'batch-etl', lost: 'dms' }],
    cites: [cite.service('glue'), cite.objection('batch-is-good-enough')],
  },
  {
    id: 'ingest.saas-extract',
    when: { field: 'sources.kinds', includesAny: ['saas-apis'] },
    add: [{ role: 'api-extract', service: 'lambda' }],
    edges: [
      { from: 'scheduler', to: 'api-extract', flow: { en: 'extraction schedule', 'pt-BR': 'agenda de extração' } },
      { from: 'api-extract', to: 'bronze-zone', flow: { en: 'API extracts (JSON)', 'pt-BR': 'extrações das APIs (JSON)' } },
    ],
    alternatives: [{ role: 'api-extract', lost: 'glue' }],
    cites: [cite.service('lambda')],
  },
  {
    id: 'ingest.stream-buffer',
    when: {
      all: [STREAMING_SOURCES, { any: [{ field: 'freshness', in: ['realtime-seconds'] }, { field: 'consumers.kinds', includesAny: ['operational-apps'] }] }],
    },
    add: [{ role: 'stream-buffer', service: 'kinesis-data-streams' }],
    edges: [
      { from: 'stream-buffer', to: 'stream-delivery', flow: { en: 'event records', 'pt-BR': 'registros de eventos' } },
      { from: 'stream-buffer', to: 'stream-processing', flow: { en: 'event records', 'pt-BR': 'registros de eventos' } },
    ],
    alternatives: [
      { role: 'stream-buffer', lost: 'msk' },
      { role: 'stream-buffer', lost: 'data-firehose' },
    ],
    cites: [cite.service('kinesis-data-streams'), cite.journey('streaming-analytics'), cite.objection('streaming-too-complex')],
  },
  {
    id: 'ingest.kafka-continuity',
    when: {
      all: [
        { has: 'stream-buffer' },
        {
          any: [
            { field: 'estate.existing', includesAny: ['kafka'] },
            { field: 'team.preference', in: ['open-source-portability'] },
            { field: 'team.skills', includesAny: ['kafka'] },
          ],
        },
      ],
    },
    replace: [{ role: 'stream-buffer', service: 'msk' }],
    alternatives: [{ role: 'stream-buffer', lost: 'kinesis-data-streams' }],
    cites: [cite.service('msk'), cite.objection('kinesis-locks-us-in'), cite.objection('avoid-vendor-lock-in'), cite.journey('streaming-analytics')],
  },
  {
    id: 'ingest.stream-delivery',
    when: { any: [STREAMING_SOURCES, { field: 'sources.kinds', includesAny: ['logs'] }] },
    add: [{ role: 'stream-delivery', service: 'data-firehose' }],
    edges: [{ from: 'stream-delivery', to: 'bronze-zone', flow: { en: 'batched, compressed files', 'pt-BR': 'arquivos agrupados e comprimidos' } }],
    cites: [cite.service('data-firehose'), cite.journey('streaming-analytics'), cite.objection('batch-is-good-enough')],
  },
  {
    id: 'ingest.bulk-history',
    when: {
      all: [
        { field: 'estate.existing', includesAny: ['onprem-dw', 'hadoop-spark', 'existing-lake'] },
        { field: 'volume.retainedHistoryGb', atLeast: THRESHOLDS.bulkTransferHistoryGb },
      ],
    },
    add: [{ role: 'bulk-transfer', service: 'snowball' }],
    edges: [{ from: 'bulk-transfer', to: 'bronze-zone', flow: { en: 'historical export (one-off)', 'pt-BR': 'exportação do histórico (uma vez)' } }],
    alternatives: [{ role: 'bulk-transfer', lost: 'direct-connect' }],
    cites: [cite.service('snowball'), cite.objection('already-invested-in-on-prem-lake'), cite.objection('migration-too-risky')],
  },
  {
    id: 'ingest.private-link',
    when: { all: [ON_PREMISES_ESTATE, { field: 'volume.dailyIngestGb', atLeast: THRESHOLDS.privateLinkDailyGb }] },
    add: [{ role: 'private-link', service: 'direct-connect' }],
    edges: [{ from: 'private-link', to: 'bronze-zone', flow: { en: 'daily on-premises transfers', 'pt-BR': 'transferências diárias do on-premises' } }],
    cites: [cite.service('direct-connect'), cite.journey('data-warehouse-modernisation')],
  },
  {
    id: 'ingest.file-gateway',
    when: { all: [{ field: 'sources.kinds', includesAny: ['file-exports'] }, ON_PREMISES_ESTATE] },
    add: [{ role: 'file-gateway', service: 'storage-gateway' }],
    edges: [{ from: 'file-gateway', to: 'bronze-zone', flow: { en: 'file exports (NFS/SMB)', 'pt-BR': 'arquivos exportados (NFS/SMB)' } }],
    cites: [cite.service('storage-gateway'), cite.journey('data-lake')],
  },

  // ── Serving and analysis ────────────────────────────────────────────────────
  {
    id: 'serve.warehouse-modernisation',
    when: { field: 'estate.existing', includesAny: ['onprem-dw'] },
    add: [{ role: 'warehouse', service: 'redshift' }],
    edges: [
      { from: 'gold-zone', to: 'warehouse', flow: { en: 'hot gold tables (COPY)', 'pt-BR': 'tabelas ouro mais usadas (COPY)' } },
      { from: 'warehouse', to: 'dashboards', flow: { en: 'dashboard queries', 'pt-BR': 'consultas dos painéis' } },
    ],
    alternatives: [{ role: 'warehouse', lost: 'athena' }],
    cites: [
      cite.journey('data-warehouse-modernisation'),
      cite.service('redshift'),
      cite.objection('on-premises-is-enough'),
      cite.objection('redshift-costs-more-than-appliance'),
    ],
  },
  {
    id: 'serve.warehouse-for-concurrency',
    when: { all: [{ field: 'consumers.kinds', includesAny: ['bi-dashboards', 'adhoc-sql'] }, WAREHOUSE_SCALE] },
    add: [{ role: 'warehouse', service: 'redshift' }],
    edges: [
      { from: 'gold-zone', to: 'warehouse', flow: { en: 'hot gold tables (COPY)', 'pt-BR': 'tabelas ouro mais usadas (COPY)' } },
      { from: 'warehouse', to: 'dashboards', flow: { en: 'dashboard queries', 'pt-BR': 'consultas dos painéis' } },
    ],
    alternatives: [{ role: 'warehouse', lost: 'athena' }],
    cites: [cite.service('redshift'), cite.service('athena'), cite.journey('data-warehouse-modernisation')],
  },
  {
    id: 'analyse.lake-from-warehouse',
    when: { has: 'warehouse' },
    add: [{ role: 'lake-query-from-warehouse', service: 'redshift-spectrum' }],
    edges: [
      { from: 'silver-zone', to: 'lake-query-from-warehouse', flow: { en: 'external tables (Parquet)', 'pt-BR': 'tabelas externas (Parquet)' } },
      { from: 'lake-query-from-warehouse', to: 'warehouse', flow: { en: 'lake rows joined with warehouse tables', 'pt-BR': 'linhas do data lake unidas às tabelas do warehouse' } },
    ],
    cites: [cite.service('redshift-spectrum'), cite.objection('we-already-have-a-warehouse'), cite.journey('data-lake')],
  },
  {
    id: 'analyse.lake-sql',
    when: { all: [{ not: { has: 'warehouse' } }, SQL_CONSUMERS] },
    add: [{ role: 'interactive-sql', service: 'athena' }],
    edges: [
      { from: 'gold-zone', to: 'interactive-sql', flow: { en: 'curated tables', 'pt-BR': 'tabelas curadas' } },
      {
        from: 'silver-zone',
        to: 'interactive-sql',
        flow: { en: 'conformed detail for ad-hoc SQL', 'pt-BR': 'detalhe padronizado para SQL ad hoc' },
        when: { field: 'consumers.kinds', includesAny: ['adhoc-sql', 'data-science-ml'] },
      },
      { from: 'interactive-sql', to: 'dashboards', flow: { en: 'SQL query results', 'pt-BR': 'resultados das consultas SQL' } },
    ],
    alternatives: [{ role: 'interactive-sql', lost: 'redshift' }],
    cites: [cite.service('athena'), cite.journey('data-lake'), cite.objection('lake-takes-months')],
  },
  {
    id: 'analyse.dashboards',
    when: { field: 'consumers.kinds', includesAny: ['bi-dashboards'] },
    add: [{ role: 'dashboards', service: 'quicksight' }],
    cites: [cite.service('quicksight'), cite.journey('data-lake')],
  },
  {
    id: 'analyse.machine-learning',
    when: { any: [{ field: 'consumers.kinds', includesAny: ['data-science-ml'] }, { field: 'goals.priorities', includesAny: ['adopt-ml'] }] },
    add: [{ role: 'machine-learning', service: 'sagemaker' }],
    edges: [
      { from: 'gold-zone', to: 'machine-learning', flow: { en: 'curated training data', 'pt-BR': 'dados curados para treino' } },
      { from: 'machine-learning', to: 'key-value-serving', flow: { en: 'predictions for applications', 'pt-BR': 'previsões para as aplicações' } },
    ],
    cites: [cite.service('sagemaker'), cite.journey('ml-and-monetisation'), cite.objection('data-not-ready-for-ml'), cite.objection('no-ml-skills')],
  },
  {
    id: 'serve.key-value',
    when: { all: [{ field: 'consumers.kinds', includesAny: ['operational-apps'] }, { not: { field: 'sources.kinds', includesAny: ['logs'] } }] },
    add: [{ role: 'key-value-serving', service: 'dynamodb' }],
    edges: [{ from: 'batch-etl', to: 'key-value-serving', flow: { en: 'precomputed results by key', 'pt-BR': 'resultados pré-calculados por chave' } }],
    alternatives: [{ role: 'key-value-serving', lost: 'opensearch' }],
    cites: [cite.service('dynamodb'), cite.journey('ml-and-monetisation')],
  },
  {
    id: 'serve.search',
    when: { all: [{ field: 'consumers.kinds', includesAny: ['operational-apps'] }, { field: 'sources.kinds', includesAny: ['logs'] }] },
    add: [{ role: 'search-serving', service: 'opensearch' }],
    edges: [{ from: 'stream-delivery', to: 'search-serving', flow: { en: 'log and event documents', 'pt-BR': 'documentos de logs e eventos' } }],
    alternatives: [{ role: 'search-serving', lost: 'dynamodb' }],
    cites: [cite.service('opensearch'), cite.journey('streaming-analytics')],
  },
  {
    id: 'serve.data-products',
    when: { any: [{ field: 'consumers.kinds', includesAny: ['data-products'] }, { field: 'goals.priorities', includesAny: ['monetise-data'] }] },
    add: [{ role: 'data-sharing', service: 'data-exchange' }],
    edges: [{ from: 'gold-zone', to: 'data-sharing', flow: { en: 'published data sets', 'pt-BR': 'conjuntos de dados publicados' } }],
    cites: [cite.service('data-exchange'), cite.journey('ml-and-monetisation'), cite.objection('data-monetisation-not-our-business')],
  },

  // ── Stream processing ───────────────────────────────────────────────────────
  {
    id: 'process.stream-functions',
    when: { all: [{ has: 'stream-buffer' }, { field: 'freshness', in: ['realtime-seconds'] }] },
    add: [{ role: 'stream-processing', service: 'lambda' }],
    edges: [
      { from: 'stream-processing', to: 'key-value-serving', flow: { en: 'real-time updates', 'pt-BR': 'atualizações em tempo real' } },
      { from: 'stream-processing', to: 'search-serving', flow: { en: 'enriched events', 'pt-BR': 'eventos enriquecidos' } },
      {
        from: 'stream-processing',
        to: 'scheduler',
        flow: { en: 'real-time alerts (events)', 'pt-BR': 'alertas em tempo real (eventos)' },
        when: { all: [{ not: { has: 'key-value-serving' } }, { not: { has: 'search-serving' } }] },
      },
    ],
    alternatives: [{ role: 'stream-processing', lost: 'managed-flink' }],
    cites: [cite.service('lambda'), cite.journey('streaming-analytics')],
  },
  {
    id: 'process.stream-analytics',
    when: {
      all: [
        { has: 'stream-processing' },
        { any: [{ field: 'volume.eventsPerSecond', atLeast: THRESHOLDS.flinkEventsPerSecond }, { field: 'team.preference', in: ['open-source-portability'] }] },
      ],
    },
    replace: [{ role: 'stream-processing', service: 'managed-flink' }],
    alternatives: [{ role: 'stream-processing', lost: 'lambda' }],
    cites: [cite.service('managed-flink'), cite.objection('streaming-too-complex'), cite.objection('kinesis-locks-us-in')],
  },
  {
    id: 'serve.batch-and-speed-layers',
    when: { all: [{ has: 'stream-processing' }, { has: 'key-value-serving' }, BATCH_SOURCES] },
    uses: ['key-value-serving'],
    edges: [
      { from: 'batch-etl', to: 'key-value-serving', flow: { en: 'batch views, recomputed on schedule', 'pt-BR': 'visões em lote, recalculadas na agenda' } },
      { from: 'stream-processing', to: 'key-value-serving', flow: { en: 'real-time increments (speed layer)', 'pt-BR': 'incrementos em tempo real (camada de velocidade)' } },
    ],
    cites: [cite.journey('streaming-analytics'), cite.service('dynamodb')],
  },
  {
    id: 'serve.warehouse-streaming-ingestion',
    when: { all: [{ has: 'warehouse' }, { has: 'stream-buffer' }, LOW_LATENCY] },
    uses: ['warehouse'],
    edges: [{ from: 'stream-buffer', to: 'warehouse', flow: { en: 'streaming ingestion (materialised views)', 'pt-BR': 'ingestão de streaming (views materializadas)' } }],
    cites: [cite.service('redshift'), cite.journey('streaming-analytics')],
  },

  // ── Governance ──────────────────────────────────────────────────────────────
  {
    id: 'govern.fine-grained-access',
    when: {
      any: [
        { field: 'governance.needs', includesAny: ['pii', 'lgpd-gdpr', 'fine-grained-access', 'audit'] },
        { field: 'consumers.kinds', includesAny: ['data-products'] },
      ],
    },
    add: [{ role: 'access-control', service: 'lake-formation' }],
    edges: [
      { from: 'access-control', to: 'interactive-sql', flow: { en: 'column and row permissions', 'pt-BR': 'permissões por coluna e linha' } },
      { from: 'access-control', to: 'lake-query-from-warehouse', flow: { en: 'column and row permissions', 'pt-BR': 'permissões por coluna e linha' } },
      { from: 'access-control', to: 'machine-learning', flow: { en: 'governed data access', 'pt-BR': 'acesso governado aos dados' } },
      { from: 'access-control', to: 'data-sharing', flow: { en: 'grants for shared data', 'pt-BR': 'concessões para dados compartilhados' } },
    ],
    cites: [
      cite.service('lake-formation'),
      cite.journey('governance'),
      cite.objection('we-lose-control-of-our-data'),
      cite.objection('on-prem-security-is-enough'),
    ],
  },
  {
    id: 'govern.existing-lake-permissions',
    when: { field: 'estate.existing', includesAny: ['existing-lake'] },
    add: [{ role: 'access-control', service: 'lake-formation' }],
    edges: [
      { from: 'access-control', to: 'interactive-sql', flow: { en: 'column and row permissions', 'pt-BR': 'permissões por coluna e linha' } },
      { from: 'access-control', to: 'lake-query-from-warehouse', flow: { en: 'column and row permissions', 'pt-BR': 'permissões por coluna e linha' } },
    ],
    cites: [cite.objection('already-invested-in-on-prem-lake'), cite.service('lake-formation'), cite.journey('governance')],
  },
  {
    id: 'govern.pii-discovery',
    when: PERSONAL_DATA,
    add: [{ role: 'pii-discovery', service: 'macie' }],
    edges: [
      { from: 'bronze-zone', to: 'pii-discovery', flow: { en: 'objects sampled for sensitive data', 'pt-BR': 'objetos amostrados em busca de dados sensíveis' } },
      { from: 'pii-discovery', to: 'scheduler', flow: { en: 'sensitive-data findings', 'pt-BR': 'achados de dados sensíveis' } },
    ],
    cites: [cite.service('macie'), cite.objection('pii-in-the-lake'), cite.objection('cloud-cannot-meet-lgpd'), cite.journey('governance')],
  },
  {
    id: 'govern.pii-masking',
    when: PERSONAL_DATA,
    uses: ['batch-etl'],
    cites: [cite.objection('pii-in-the-lake'), cite.journey('governance'), cite.service('glue')],
  },
  {
    id: 'store.raw-archive',
    when: {
      any: [
        { field: 'volume.retainedHistoryGb', atLeast: THRESHOLDS.archiveHistoryGb },
        { field: 'governance.needs', includesAny: ['audit', 'lgpd-gdpr'] },
      ],
    },
    add: [{ role: 'raw-archive', service: 's3-glacier' }],
    edges: [
      {
        from: 'bronze-zone',
        to: 'raw-archive',
        flow: { en: `raw objects after ${RAW_ARCHIVE_AFTER_DAYS} days (lifecycle)`, 'pt-BR': `objetos brutos após ${RAW_ARCHIVE_AFTER_DAYS} dias (ciclo de vida)` },
      },
    ],
    cites: [cite.service('s3-glacier'), cite.journey('governance')],
  },

  // ── Orchestration and monitoring ────────────────────────────────────────────
  {
    id: 'orchestrate.pipeline-workflow',
    when: { has: 'batch-etl' },
    add: [
      { role: 'workflow', service: 'step-functions' },
      { role: 'scheduler', service: 'eventbridge' },
    ],
    edges: [
      { from: 'scheduler', to: 'workflow', flow: { en: 'pipeline schedule', 'pt-BR': 'agenda do pipeline' } },
      { from: 'workflow', to: 'batch-etl', flow: { en: 'starts jobs, retries failures', 'pt-BR': 'inicia jobs e refaz falhas' } },
      { from: 'workflow', to: 'warehouse', flow: { en: 'load and refresh statements', 'pt-BR': 'comandos de carga e atualização' } },
      { from: 'workflow', to: 'machine-learning', flow: { en: 'retraining jobs', 'pt-BR': 'jobs de retreino' } },
    ],
    alternatives: [{ role: 'workflow', lost: 'glue' }],
    cites: [cite.service('step-functions'), cite.service('eventbridge'), cite.journey('data-lake')],
  },
  {
    id: 'observe.pipeline-monitoring',
    when: { has: 'workflow' },
    add: [{ role: 'monitoring', service: 'cloudwatch' }],
    edges: [
      { from: 'batch-etl', to: 'monitoring', flow: { en: 'job metrics and logs', 'pt-BR': 'métricas e logs dos jobs' } },
      { from: 'workflow', to: 'monitoring', flow: { en: 'failed runs (alarms)', 'pt-BR': 'execuções com falha (alarmes)' } },
      { from: 'change-capture', to: 'monitoring', flow: { en: 'replication lag', 'pt-BR': 'atraso de replicação' } },
      { from: 'stream-buffer', to: 'monitoring', flow: { en: 'consumer lag', 'pt-BR': 'atraso dos consumidores' } },
      { from: 'stream-processing', to: 'monitoring', flow: { en: 'processing errors and latency', 'pt-BR': 'erros e latência de processamento' } },
    ],
    cites: [cite.service('cloudwatch'), cite.objection('streaming-too-complex')],
  },
  {
    id: 'govern.audit-trail',
    when: { all: [{ field: 'governance.needs', includesAny: ['audit'] }, { has: 'monitoring' }] },
    uses: ['monitoring'],
    cites: [cite.journey('governance'), cite.service('cloudwatch'), cite.objection('cloud-cannot-meet-lgpd')],
  },
];
