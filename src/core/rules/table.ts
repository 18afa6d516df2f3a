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
    rationale: {
      en: 'Every source lands unchanged in the bronze zone of Amazon S3, so any later step can be re-run from the original data, and the lake keeps one durable, low-cost copy of what arrived.',
      'pt-BR': 'Toda fonte chega sem alterações à zona bronze do Amazon S3; assim qualquer etapa posterior pode ser refeita a partir do dado original, e o data lake guarda uma cópia durável e barata do que chegou.',
    },
    cites: [cite.journey('data-lake'), cite.service('s3')],
  },
  {
    id: 'store.silver-gold-zones',
    when: { always: true },
    add: [
      { role: 'silver-zone', service: 's3' },
      { role: 'gold-zone', service: 's3' },
    ],
    rationale: {
      en: 'Cleaned, conformed data (silver) and business-ready tables (gold) live in their own S3 zones in an open columnar format (Parquet), so access, retention and cost are set per zone and any engine can read them.',
      'pt-BR': 'Os dados limpos e padronizados (prata) e as tabelas prontas para o negócio (ouro) ficam em zonas próprias do S3, em formato colunar aberto (Parquet); assim acesso, retenção e custo são definidos por zona e qualquer motor consegue lê-los.',
    },
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
    rationale: {
      en: 'One AWS Glue Data Catalog holds every table’s schema and location, so Athena, Redshift Spectrum, EMR and SageMaker read the same definitions; a lake nobody catalogues turns into a swamp.',
      'pt-BR': 'Um único AWS Glue Data Catalog guarda o esquema e a localização de cada tabela, e Athena, Redshift Spectrum, EMR e SageMaker leem as mesmas definições; um data lake sem catálogo vira um pântano de dados.',
    },
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
    alternatives: [
      {
        role: 'batch-etl',
        lost: 'emr',
        reason: {
          en: 'There is no Spark or Hadoop code base to carry over and the volume fits serverless jobs: Glue runs the same Spark code with no cluster to size, patch or leave running.',
          'pt-BR': 'Não há código Spark ou Hadoop a aproveitar e o volume cabe em jobs serverless: o Glue roda o mesmo código Spark sem cluster para dimensionar, atualizar ou deixar ligado.',
        },
      },
    ],
    rationale: {
      en: 'AWS Glue runs the Spark jobs that clean bronze data into silver and build the gold tables. It is serverless and bills per DPU-hour only while a job runs, so a nightly or hourly pipeline pays nothing in between.',
      'pt-BR': 'O AWS Glue roda os jobs Spark que limpam os dados da zona bronze para a prata e montam as tabelas da ouro. É serverless e cobra por DPU-hora só enquanto o job roda; um pipeline noturno ou de hora em hora não paga nada entre as execuções.',
    },
    cites: [cite.service('glue'), cite.journey('data-lake')],
  },
  {
    id: 'process.spark-cluster',
    when: SPARK_CLUSTER,
    replace: [{ role: 'batch-etl', service: 'emr' }],
    alternatives: [
      {
        role: 'batch-etl',
        lost: 'glue',
        reason: {
          en: `Spark code, and any existing Hive or Hadoop jobs, runs on EMR on the same open-source versions with little rewrite and full control of tuning; from about ${THRESHOLDS.sparkClusterDailyGb.toLocaleString('en')} GB a day, EMR clusters on Spot and Graviton instances cost less per hour of work than Glue DPUs.`,
          'pt-BR': `O código Spark, e qualquer job Hive ou Hadoop existente, roda no EMR nas mesmas versões de código aberto, quase sem reescrita e com controle total do ajuste fino; a partir de uns ${THRESHOLDS.sparkClusterDailyGb.toLocaleString('pt-BR')} GB por dia, clusters EMR com instâncias Spot e Graviton custam menos por hora de trabalho que DPUs do Glue.`,
        },
      },
    ],
    rationale: {
      en: 'Amazon EMR runs the team’s Spark (and Hive) code on managed clusters that read and write S3 instead of HDFS, keeping their open-source skills and tuning; clusters grow with the job and shut down when idle.',
      'pt-BR': 'O Amazon EMR roda o código Spark (e Hive) da equipe em clusters gerenciados que leem e gravam no S3 em vez do HDFS, preservando as habilidades de código aberto e o ajuste fino já feito; os clusters crescem com o job e desligam quando ociosos.',
    },
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
    rationale: {
      en: 'AWS SCT converts the on-premises warehouse’s schema, views and stored procedures for Amazon Redshift and flags what needs hand work; AWS DMS then copies the history and keeps replicating changes until cut-over, so both systems run side by side and the switch can be rolled back.',
      'pt-BR': 'O AWS SCT converte o esquema, as views e as stored procedures do data warehouse on-premises para o Amazon Redshift e aponta o que exige trabalho manual; depois o AWS DMS copia o histórico e segue replicando as alterações até a virada, com os dois sistemas lado a lado e a troca reversível.',
    },
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
    alternatives: [
      {
        role: 'change-capture',
        lost: 'glue',
        reason: {
          en: 'Frequent JDBC extracts re-read whole tables, load the production databases and miss deletes; DMS reads the transaction log once and ships only what changed.',
          'pt-BR': 'Extrações JDBC frequentes releem tabelas inteiras, sobrecarregam os bancos de produção e perdem exclusões; o DMS lê o log de transações uma vez e envia só o que mudou.',
        },
      },
    ],
    rationale: {
      en: 'AWS DMS reads the source databases’ transaction logs and writes every insert, update and delete to the bronze zone as Parquet within minutes, without heavy queries on production.',
      'pt-BR': 'O AWS DMS lê os logs de transação dos bancos de origem e grava cada inserção, atualização e exclusão na zona bronze em Parquet em poucos minutos, sem consultas pesadas na produção.',
    },
    cites: [cite.service('dms'), cite.journey('data-lake')],
  },
  {
    id: 'ingest.database-batch-extract',
    when: { all: [{ field: 'sources.kinds', includesAny: ['relational-databases'] }, { not: FRESH_WITHIN_THE_HOUR }] },
    uses: ['batch-etl'],
    edges: [{ from: 'batch-etl', to: 'bronze-zone', flow: { en: 'nightly JDBC extracts', 'pt-BR': 'extrações JDBC noturnas' } }],
    alternatives: [
      {
        role: 'batch-etl',
        lost: 'dms',
        reason: {
          en: 'A replication instance running around the clock is not worth it for one load a day; a nightly incremental extract does the job for the price of a short job run.',
          'pt-BR': 'Uma instância de replicação ligada o tempo todo não compensa para uma carga por dia; uma extração incremental noturna resolve pelo preço de uma execução curta.',
        },
      },
    ],
    rationale: {
      en: 'With a daily (or unstated) freshness, the same Spark jobs pull nightly incremental extracts from the relational sources over JDBC, tracking a last-updated column so each run reads only new rows.',
      'pt-BR': 'Com atualização diária (ou não informada), os mesmos jobs Spark fazem extrações incrementais noturnas dos bancos relacionais via JDBC, acompanhando uma coluna de última atualização para que cada execução leia só as linhas novas.',
    },
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
    alternatives: [
      {
        role: 'api-extract',
        lost: 'glue',
        reason: {
          en: 'Spark is oversized for paging through REST APIs that return a few megabytes; a Lambda function starts in milliseconds and costs cents per run.',
          'pt-BR': 'Spark é exagero para paginar APIs REST que devolvem poucos megabytes; uma função Lambda inicia em milissegundos e custa centavos por execução.',
        },
      },
    ],
    rationale: {
      en: 'Small AWS Lambda functions, started on a schedule, call the SaaS APIs, page through the results and drop the JSON into the bronze zone.',
      'pt-BR': 'Pequenas funções AWS Lambda, disparadas por agendamento, chamam as APIs SaaS, percorrem as páginas de resultado e gravam o JSON na zona bronze.',
    },
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
      {
        role: 'stream-buffer',
        lost: 'msk',
        reason: {
          en: 'There is no Kafka to keep and no open-source requirement: Kinesis Data Streams has no brokers, partitions or versions to manage and scales on demand.',
          'pt-BR': 'Não há Kafka a preservar nem exigência de código aberto: o Kinesis Data Streams não tem brokers, partições ou versões para administrar e escala sob demanda.',
        },
      },
      {
        role: 'stream-buffer',
        lost: 'data-firehose',
        reason: {
          en: 'Firehose alone only delivers to one destination and cannot be replayed, so a real-time consumer could not read the events alongside the lake delivery.',
          'pt-BR': 'O Firehose sozinho só entrega a um destino e não permite reprocessar, então um consumidor em tempo real não conseguiria ler os eventos junto com a entrega no data lake.',
        },
      },
    ],
    rationale: {
      en: 'Amazon Kinesis Data Streams takes the events in order per key, keeps them for replay (24 hours by default, up to a year) and lets several consumers read the same stream, so the real-time path and the lake delivery never compete.',
      'pt-BR': 'O Amazon Kinesis Data Streams recebe os eventos em ordem por chave, guarda-os para reprocessamento (24 horas por padrão, até um ano) e permite vários consumidores no mesmo fluxo; o caminho em tempo real e a entrega no data lake não disputam os dados.',
    },
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
    alternatives: [
      {
        role: 'stream-buffer',
        lost: 'kinesis-data-streams',
        reason: {
          en: 'They run or know Kafka, or require open-source portability: Kinesis would mean rewriting producers and consumers against a proprietary API, the lock-in they fear.',
          'pt-BR': 'Eles já usam ou conhecem Kafka, ou exigem portabilidade de código aberto: o Kinesis obrigaria a reescrever produtores e consumidores para uma API proprietária, exatamente o aprisionamento que temem.',
        },
      },
    ],
    rationale: {
      en: 'Amazon MSK runs Apache Kafka itself: existing producers, consumers, Kafka Connect and tooling keep working against the same API, while AWS handles brokers, patching and replication across Availability Zones.',
      'pt-BR': 'O Amazon MSK roda o próprio Apache Kafka: produtores, consumidores, Kafka Connect e ferramentas existentes continuam usando a mesma API, enquanto a AWS cuida dos brokers, das atualizações e da replicação entre zonas de disponibilidade.',
    },
    cites: [cite.service('msk'), cite.objection('kinesis-locks-us-in'), cite.objection('avoid-vendor-lock-in'), cite.journey('streaming-analytics')],
  },
  {
    id: 'ingest.stream-delivery',
    when: { any: [STREAMING_SOURCES, { field: 'sources.kinds', includesAny: ['logs'] }] },
    add: [{ role: 'stream-delivery', service: 'data-firehose' }],
    edges: [{ from: 'stream-delivery', to: 'bronze-zone', flow: { en: 'batched, compressed files', 'pt-BR': 'arquivos agrupados e comprimidos' } }],
    rationale: {
      en: 'Amazon Data Firehose batches streaming records and logs into compressed files in the bronze zone, converting them to Parquet on the way if wanted, with no servers or consumer code to run.',
      'pt-BR': 'O Amazon Data Firehose agrupa registros de streaming e logs em arquivos comprimidos na zona bronze, convertendo para Parquet no caminho se desejado, sem servidores nem código consumidor para operar.',
    },
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
    alternatives: [
      {
        role: 'bulk-transfer',
        lost: 'direct-connect',
        reason: {
          en: `Pushing ${THRESHOLDS.bulkTransferHistoryGb / 1000} TB or more through a network link takes more than a week on a 1 Gbps line shared with production; Snowball devices move it in one shipment without touching the line.`,
          'pt-BR': `Enviar ${THRESHOLDS.bulkTransferHistoryGb / 1000} TB ou mais pela rede leva mais de uma semana num link de 1 Gbps compartilhado com a produção; os dispositivos Snowball levam tudo em um único envio sem usar o link.`,
        },
      },
    ],
    rationale: {
      en: 'AWS Snowball devices carry the on-premises history to S3 in one encrypted, offline shipment, so the initial load does not compete with production traffic for weeks.',
      'pt-BR': 'Os dispositivos AWS Snowball levam o histórico on-premises para o S3 em um único envio offline e criptografado, e a carga inicial não disputa o link com o tráfego de produção por semanas.',
    },
    cites: [cite.service('snowball'), cite.objection('already-invested-in-on-prem-lake'), cite.objection('migration-too-risky')],
  },
  {
    id: 'ingest.private-link',
    when: { all: [ON_PREMISES_ESTATE, { field: 'volume.dailyIngestGb', atLeast: THRESHOLDS.privateLinkDailyGb }] },
    add: [{ role: 'private-link', service: 'direct-connect' }],
    edges: [{ from: 'private-link', to: 'bronze-zone', flow: { en: 'daily on-premises transfers', 'pt-BR': 'transferências diárias do on-premises' } }],
    rationale: {
      en: 'At a terabyte or more a day from the data centre, AWS Direct Connect gives a dedicated private link with a predictable throughput and latency that a VPN over the internet cannot promise.',
      'pt-BR': 'Com um terabyte ou mais por dia saindo do data center, o AWS Direct Connect oferece um link privado dedicado, com vazão e latência previsíveis que uma VPN pela internet não garante.',
    },
    cites: [cite.service('direct-connect'), cite.journey('data-warehouse-modernisation')],
  },
  {
    id: 'ingest.file-gateway',
    when: { all: [{ field: 'sources.kinds', includesAny: ['file-exports'] }, ON_PREMISES_ESTATE] },
    add: [{ role: 'file-gateway', service: 'storage-gateway' }],
    edges: [{ from: 'file-gateway', to: 'bronze-zone', flow: { en: 'file exports (NFS/SMB)', 'pt-BR': 'arquivos exportados (NFS/SMB)' } }],
    rationale: {
      en: 'On-premises jobs keep writing their CSV exports to a network share; AWS Storage Gateway (S3 File Gateway) stores each file as an object in the bronze zone, so no export job has to change.',
      'pt-BR': 'Os jobs on-premises continuam gravando suas exportações CSV num compartilhamento de rede; o AWS Storage Gateway (S3 File Gateway) guarda cada arquivo como objeto na zona bronze, sem mudar nenhum job de exportação.',
    },
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
    alternatives: [
      {
        role: 'warehouse',
        lost: 'athena',
        reason: {
          en: 'Existing reports, star schemas and stored procedures expect a warehouse; pointing them at Athena would mean rewriting them and giving up loaded, sorted tables for the busiest dashboards.',
          'pt-BR': 'Relatórios, modelos estrela e stored procedures existentes esperam um data warehouse; apontá-los para o Athena exigiria reescrevê-los e abrir mão de tabelas carregadas e ordenadas para os painéis mais usados.',
        },
      },
    ],
    rationale: {
      en: 'Amazon Redshift takes over the on-premises warehouse’s job with the same SQL, star schemas and BI tools, with compute that scales apart from storage and no appliance refresh cycle.',
      'pt-BR': 'O Amazon Redshift assume o papel do data warehouse on-premises com o mesmo SQL, os mesmos modelos estrela e ferramentas de BI, com computação que escala separada do armazenamento e sem ciclo de troca de appliance.',
    },
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
    alternatives: [
      {
        role: 'warehouse',
        lost: 'athena',
        reason: {
          en: 'Athena charges per terabyte scanned and queues queries beyond its account concurrency quota; at this query load a warehouse answers dashboards faster and at a steadier cost.',
          'pt-BR': 'O Athena cobra por terabyte lido e enfileira consultas acima da cota de concorrência da conta; com essa carga de consultas, um data warehouse responde aos painéis mais rápido e com custo mais estável.',
        },
      },
    ],
    rationale: {
      en: `With ${THRESHOLDS.warehouseConcurrentQueries}+ concurrent queries, ${THRESHOLDS.warehouseDashboardUsers}+ dashboard users or ${THRESHOLDS.warehouseQueriesPerDay.toLocaleString('en')}+ queries a day, Amazon Redshift serves the gold tables from local, cached storage with concurrency scaling, keeping dashboards fast and the bill predictable.`,
      'pt-BR': `Com ${THRESHOLDS.warehouseConcurrentQueries}+ consultas simultâneas, ${THRESHOLDS.warehouseDashboardUsers}+ usuários de painéis ou ${THRESHOLDS.warehouseQueriesPerDay.toLocaleString('pt-BR')}+ consultas por dia, o Amazon Redshift serve as tabelas ouro a partir de armazenamento local com cache e concurrency scaling, mantendo os painéis rápidos e a conta previsível.`,
    },
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
    rationale: {
      en: 'Redshift Spectrum queries the silver and gold zones in place and joins them with warehouse tables, so history and detail stay in low-cost S3 instead of being loaded into the warehouse.',
      'pt-BR': 'O Redshift Spectrum consulta as zonas prata e ouro onde estão e as une às tabelas do warehouse; histórico e detalhe ficam no S3, mais barato, em vez de serem carregados no warehouse.',
    },
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
    alternatives: [
      {
        role: 'interactive-sql',
        lost: 'redshift',
        reason: {
          en: 'At this query load a warehouse would sit idle most of the day; Athena has nothing to run and bills only the data each query scans.',
          'pt-BR': 'Com essa carga de consultas, um data warehouse ficaria ocioso a maior parte do dia; o Athena não tem nada para operar e cobra só pelos dados que cada consulta lê.',
        },
      },
    ],
    rationale: {
      en: 'Amazon Athena runs standard SQL directly on the gold and silver zones through the Glue Data Catalog: serverless, billed per terabyte scanned, and kept cheap by Parquet and partitioning.',
      'pt-BR': 'O Amazon Athena executa SQL padrão direto nas zonas ouro e prata pelo Glue Data Catalog: serverless, cobrado por terabyte lido e barato graças ao Parquet e ao particionamento.',
    },
    cites: [cite.service('athena'), cite.journey('data-lake'), cite.objection('lake-takes-months')],
  },
  {
    id: 'analyse.dashboards',
    when: { field: 'consumers.kinds', includesAny: ['bi-dashboards'] },
    add: [{ role: 'dashboards', service: 'quicksight' }],
    rationale: {
      en: 'Amazon QuickSight serves the dashboards: serverless, billed per reader and author rather than per server, with SPICE caching so popular dashboards do not re-query the data on every view.',
      'pt-BR': 'O Amazon QuickSight entrega os painéis: serverless, cobrado por leitor e autor em vez de por servidor, com cache SPICE para que painéis populares não consultem os dados a cada visualização.',
    },
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
    rationale: {
      en: 'Amazon SageMaker gives data scientists managed notebooks, training jobs and model endpoints on the curated gold data, with compute billed only while it runs, so experiments need no cluster of their own; SageMaker Canvas lets analysts build models without code while the team grows its skills.',
      'pt-BR': 'O Amazon SageMaker dá aos cientistas de dados notebooks gerenciados, jobs de treino e endpoints de modelos sobre os dados curados da zona ouro, com computação cobrada só enquanto roda, sem cluster próprio para os experimentos; o SageMaker Canvas permite que analistas criem modelos sem código enquanto a equipe ganha experiência.',
    },
    cites: [cite.service('sagemaker'), cite.journey('ml-and-monetisation'), cite.objection('data-not-ready-for-ml'), cite.objection('no-ml-skills')],
  },
  {
    id: 'serve.key-value',
    when: { all: [{ field: 'consumers.kinds', includesAny: ['operational-apps'] }, { not: { field: 'sources.kinds', includesAny: ['logs'] } }] },
    add: [{ role: 'key-value-serving', service: 'dynamodb' }],
    edges: [{ from: 'batch-etl', to: 'key-value-serving', flow: { en: 'precomputed results by key', 'pt-BR': 'resultados pré-calculados por chave' } }],
    alternatives: [
      {
        role: 'key-value-serving',
        lost: 'opensearch',
        reason: {
          en: 'The applications look results up by key (a customer, a device, an account); OpenSearch’s strengths, full-text search and log analytics, are not needed and would cost a cluster running around the clock.',
          'pt-BR': 'As aplicações buscam resultados por chave (um cliente, um dispositivo, uma conta); os pontos fortes do OpenSearch, busca textual e análise de logs, não são necessários e custariam um cluster ligado o tempo todo.',
        },
      },
    ],
    rationale: {
      en: 'Amazon DynamoDB serves precomputed results to applications and APIs by key in single-digit milliseconds, scaling on demand with no servers; the analytics side writes to it and the applications only read.',
      'pt-BR': 'O Amazon DynamoDB entrega resultados pré-calculados para aplicações e APIs por chave em poucos milissegundos, escalando sob demanda e sem servidores; o lado analítico grava nele e as aplicações só leem.',
    },
    cites: [cite.service('dynamodb'), cite.journey('ml-and-monetisation')],
  },
  {
    id: 'serve.search',
    when: { all: [{ field: 'consumers.kinds', includesAny: ['operational-apps'] }, { field: 'sources.kinds', includesAny: ['logs'] }] },
    add: [{ role: 'search-serving', service: 'opensearch' }],
    edges: [{ from: 'stream-delivery', to: 'search-serving', flow: { en: 'log and event documents', 'pt-BR': 'documentos de logs e eventos' } }],
    alternatives: [
      {
        role: 'search-serving',
        lost: 'dynamodb',
        reason: {
          en: 'The applications search and filter logs and events by text, time and many fields at once; DynamoDB only looks items up by key, so every new question would need a new table or index.',
          'pt-BR': 'As aplicações buscam e filtram logs e eventos por texto, período e vários campos ao mesmo tempo; o DynamoDB só encontra itens por chave, e cada pergunta nova exigiria outra tabela ou índice.',
        },
      },
    ],
    rationale: {
      en: 'Amazon OpenSearch Service indexes logs and events for full-text search, filters and near-real-time aggregations, with OpenSearch Dashboards for the operations team; Firehose feeds it directly.',
      'pt-BR': 'O Amazon OpenSearch Service indexa logs e eventos para busca textual, filtros e agregações quase em tempo real, com o OpenSearch Dashboards para a equipe de operações; o Firehose o alimenta diretamente.',
    },
    cites: [cite.service('opensearch'), cite.journey('streaming-analytics')],
  },
  {
    id: 'serve.data-products',
    when: { any: [{ field: 'consumers.kinds', includesAny: ['data-products'] }, { field: 'goals.priorities', includesAny: ['monetise-data'] }] },
    add: [{ role: 'data-sharing', service: 'data-exchange' }],
    edges: [{ from: 'gold-zone', to: 'data-sharing', flow: { en: 'published data sets', 'pt-BR': 'conjuntos de dados publicados' } }],
    rationale: {
      en: 'AWS Data Exchange publishes curated gold data sets as products that subscribers find, license and load straight into their own S3, so data can be shared or sold without building a delivery platform.',
      'pt-BR': 'O AWS Data Exchange publica conjuntos de dados curados da zona ouro como produtos que assinantes encontram, licenciam e carregam direto no próprio S3; os dados podem ser compartilhados ou vendidos sem construir uma plataforma de entrega.',
    },
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
    alternatives: [
      {
        role: 'stream-processing',
        lost: 'managed-flink',
        reason: {
          en: `Below about ${THRESHOLDS.flinkEventsPerSecond.toLocaleString('en')} events per second, per-record enrichment and routing fit Lambda functions triggered by the stream; a Flink application would bill its processing units around the clock for state it does not need.`,
          'pt-BR': `Abaixo de uns ${THRESHOLDS.flinkEventsPerSecond.toLocaleString('pt-BR')} eventos por segundo, enriquecer e rotear cada registro cabe em funções Lambda acionadas pelo fluxo; uma aplicação Flink cobraria suas unidades de processamento o tempo todo por um estado de que não precisa.`,
        },
      },
    ],
    rationale: {
      en: 'AWS Lambda reads the stream in small batches and enriches or routes each record within seconds, scaling with the stream and costing nothing between bursts.',
      'pt-BR': 'O AWS Lambda lê o fluxo em pequenos lotes e enriquece ou roteia cada registro em segundos, escalando com o fluxo e sem custo entre os picos.',
    },
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
    alternatives: [
      {
        role: 'stream-processing',
        lost: 'lambda',
        reason: {
          en: 'Lambda invocations are stateless and tied to AWS: windowed aggregations at this rate would need an external store for every window, while a Flink application keeps the state, handles late events, checkpoints exactly once and runs on any Flink cluster.',
          'pt-BR': 'Invocações Lambda não guardam estado e são específicas da AWS: agregações em janelas nessa taxa precisariam de um armazenamento externo para cada janela, enquanto uma aplicação Flink guarda o estado, trata eventos atrasados, faz checkpoints com processamento exatamente uma vez e roda em qualquer cluster Flink.',
        },
      },
    ],
    rationale: {
      en: 'Amazon Managed Service for Apache Flink runs stateful stream processing (windows, joins, deduplication) on open-source Apache Flink with checkpoints and autoscaling, answering in seconds; the same application runs on any Flink cluster.',
      'pt-BR': 'O Amazon Managed Service for Apache Flink faz processamento de fluxo com estado (janelas, junções, deduplicação) sobre o Apache Flink de código aberto, com checkpoints e escalonamento automático, respondendo em segundos; a mesma aplicação roda em qualquer cluster Flink.',
    },
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
    rationale: {
      en: 'This is a Lambda architecture: the batch layer recomputes complete, corrected views from the lake on schedule while the speed layer applies each new event within seconds; applications read one table that merges both, and late or corrected data is fixed by the next batch run.',
      'pt-BR': 'Esta é uma arquitetura Lambda: a camada em lote recalcula visões completas e corrigidas a partir do data lake na agenda, enquanto a camada de velocidade aplica cada evento novo em segundos; as aplicações leem uma tabela que junta as duas, e dados atrasados ou corrigidos se acertam na próxima execução em lote.',
    },
    cites: [cite.journey('streaming-analytics'), cite.service('dynamodb')],
  },
  {
    id: 'serve.warehouse-streaming-ingestion',
    when: { all: [{ has: 'warehouse' }, { has: 'stream-buffer' }, LOW_LATENCY] },
    uses: ['warehouse'],
    edges: [{ from: 'stream-buffer', to: 'warehouse', flow: { en: 'streaming ingestion (materialised views)', 'pt-BR': 'ingestão de streaming (views materializadas)' } }],
    rationale: {
      en: 'Redshift streaming ingestion reads the stream straight into materialised views, so warehouse dashboards see events within seconds without an extra load job.',
      'pt-BR': 'A ingestão de streaming do Redshift lê o fluxo direto em views materializadas, e os painéis do warehouse veem os eventos em segundos sem um job de carga extra.',
    },
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
    rationale: {
      en: 'AWS Lake Formation grants table, column, row and cell permissions once, on the catalog, and Athena, Redshift Spectrum, EMR and Glue all enforce them: sensitive columns are hidden from most users without copying data, and every access is logged in CloudTrail.',
      'pt-BR': 'O AWS Lake Formation concede permissões por tabela, coluna, linha e célula uma única vez, no catálogo, e Athena, Redshift Spectrum, EMR e Glue as aplicam: colunas sensíveis ficam ocultas para a maioria dos usuários sem copiar dados, e todo acesso fica registrado no CloudTrail.',
    },
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
    rationale: {
      en: 'The security work already done on the existing lake is not lost: its databases, tables and grants are re-created once in Lake Formation, as tags and permissions every AWS engine enforces, instead of per tool.',
      'pt-BR': 'O trabalho de segurança já feito no data lake existente não se perde: bancos, tabelas e permissões são recriados uma vez no Lake Formation, como tags e permissões que todos os motores da AWS aplicam, em vez de ferramenta por ferramenta.',
    },
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
    rationale: {
      en: 'Amazon Macie scans the S3 zones for personal and sensitive data (such as CPF numbers, e-mail addresses and card numbers) and raises findings as events, so PII that slips into the wrong zone is found in days rather than in an audit.',
      'pt-BR': 'O Amazon Macie varre as zonas do S3 em busca de dados pessoais e sensíveis (como CPF, e-mail e número de cartão) e publica os achados como eventos; um dado pessoal que cai na zona errada é encontrado em dias, não numa auditoria.',
    },
    cites: [cite.service('macie'), cite.objection('pii-in-the-lake'), cite.objection('cloud-cannot-meet-lgpd'), cite.journey('governance')],
  },
  {
    id: 'govern.pii-masking',
    when: PERSONAL_DATA,
    uses: ['batch-etl'],
    rationale: {
      en: 'The jobs that build the silver zone detect and mask or tokenise personal data, so analysts query de-identified tables and raw identifiers stay in a locked-down bronze zone.',
      'pt-BR': 'Os jobs que montam a zona prata detectam e mascaram ou tokenizam os dados pessoais; os analistas consultam tabelas desidentificadas e os identificadores originais ficam numa zona bronze de acesso restrito.',
    },
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
    rationale: {
      en: `An S3 lifecycle rule moves bronze objects older than ${RAW_ARCHIVE_AFTER_DAYS} days to S3 Glacier: raw originals stay available for an audit or a full re-run at a fraction of the storage price, while silver and gold stay queryable.`,
      'pt-BR': `Uma regra de ciclo de vida do S3 move para o S3 Glacier os objetos da zona bronze com mais de ${RAW_ARCHIVE_AFTER_DAYS} dias: os originais continuam disponíveis para auditoria ou reprocessamento completo por uma fração do preço, e as zonas prata e ouro seguem consultáveis.`,
    },
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
    alternatives: [
      {
        role: 'workflow',
        lost: 'glue',
        reason: {
          en: 'Glue workflows orchestrate only Glue jobs and crawlers; Step Functions also drives DMS tasks, EMR steps, Redshift loads and SageMaker jobs, with retries and error branches across all of them.',
          'pt-BR': 'Os workflows do Glue orquestram só jobs e crawlers do Glue; o Step Functions também comanda tarefas do DMS, steps do EMR, cargas no Redshift e jobs do SageMaker, com novas tentativas e desvios de erro em todos eles.',
        },
      },
    ],
    rationale: {
      en: 'AWS Step Functions runs the scheduled pipeline as a visible state machine (extract, clean, build gold, load, notify) with retries and error branches, and Amazon EventBridge Scheduler starts it on the agreed cadence; both are serverless and billed per use.',
      'pt-BR': 'O AWS Step Functions executa o pipeline agendado como uma máquina de estados visível (extrair, limpar, montar a zona ouro, carregar, avisar) com novas tentativas e desvios de erro, e o Amazon EventBridge Scheduler o dispara na cadência combinada; ambos são serverless e cobrados por uso.',
    },
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
    rationale: {
      en: 'Amazon CloudWatch collects the jobs’ metrics and logs and alarms on failed runs, replication lag and stream consumer lag, so the team hears about a broken pipeline before the dashboard users do.',
      'pt-BR': 'O Amazon CloudWatch coleta métricas e logs dos jobs e dispara alarmes para execuções com falha, atraso de replicação e atraso dos consumidores do fluxo; a equipe fica sabendo de um pipeline quebrado antes dos usuários dos painéis.',
    },
    cites: [cite.service('cloudwatch'), cite.objection('streaming-too-complex')],
  },
  {
    id: 'govern.audit-trail',
    when: { all: [{ field: 'governance.needs', includesAny: ['audit'] }, { has: 'monitoring' }] },
    uses: ['monitoring'],
    rationale: {
      en: 'For the audit trail, CloudTrail data events on the lake buckets and Lake Formation access records go to CloudWatch Logs with the retention the audit policy sets, and alarms flag unusual access.',
      'pt-BR': 'Para a trilha de auditoria, os eventos de dados do CloudTrail nos buckets do data lake e os registros de acesso do Lake Formation vão para o CloudWatch Logs com a retenção definida pela política de auditoria, e alarmes sinalizam acessos incomuns.',
    },
    cites: [cite.journey('governance'), cite.service('cloudwatch'), cite.objection('cloud-cannot-meet-lgpd')],
  },
];
