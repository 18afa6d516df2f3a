import type { RuleExplanations } from '../explain';

/** The rules table and its warnings explained in English. */
export const EN_EXPLANATIONS: RuleExplanations = {
  rationale: {
    'store.bronze-zone': 'Every source lands unchanged in the bronze zone of Amazon S3, so any later step can be re-run from the original data, and the lake keeps one durable, low-cost copy of what arrived.',
    'store.silver-gold-zones': 'Cleaned, conformed data (silver) and business-ready tables (gold) live in their own S3 zones in an open columnar format (Parquet), so access, retention and cost are set per zone and any engine can read them.',
    'catalog.central-catalog': 'One AWS Glue Data Catalog holds every table’s schema and location, so Athena, Redshift Spectrum, EMR and SageMaker read the same definitions; a lake nobody catalogues turns into a swamp.',
    'process.serverless-spark': 'AWS Glue runs the Spark jobs that clean bronze data into silver and build the gold tables. It is serverless and bills per DPU-hour only while a job runs, so a nightly or hourly pipeline pays nothing in between.',
    'process.spark-cluster': 'Amazon EMR runs the team’s Spark (and Hive) code on managed clusters that read and write S3 instead of HDFS, keeping their open-source skills and tuning; clusters grow with the job and shut down when idle.',
    'ingest.warehouse-migration': 'AWS SCT converts the on-premises warehouse’s schema, views and stored procedures for Amazon Redshift and flags what needs hand work; AWS DMS then copies the history and keeps replicating changes until cut-over, so both systems run side by side and the switch can be rolled back.',
    'ingest.database-cdc': 'AWS DMS reads the source databases’ transaction logs and writes every insert, update and delete to the bronze zone as Parquet within minutes, without heavy queries on production.',
    'ingest.database-batch-extract': 'With a daily (or unstated) freshness, the same Spark jobs pull nightly incremental extracts from the relational sources over JDBC, tracking a last-updated column so each run reads only new rows.',
    'ingest.saas-extract': 'Small AWS Lambda functions, started on a schedule, call the SaaS APIs, page through the results and drop the JSON into the bronze zone.',
    'ingest.stream-buffer': 'Amazon Kinesis Data Streams takes the events in order per key, keeps them for replay (24 hours by default, up to a year) and lets several consumers read the same stream, so the real-time path and the lake delivery never compete.',
    'ingest.kafka-continuity': 'Amazon MSK runs Apache Kafka itself: existing producers, consumers, Kafka Connect and tooling keep working against the same API, while AWS handles brokers, patching and replication across Availability Zones.',
    'ingest.stream-delivery': 'Amazon Data Firehose batches streaming records and logs into compressed files in the bronze zone, converting them to Parquet on the way if wanted, with no servers or consumer code to run.',
    'ingest.bulk-history': 'AWS Snowball devices carry the on-premises history to S3 in one encrypted, offline shipment, so the initial load does not compete with production traffic for weeks.',
    'ingest.private-link': 'At a terabyte or more a day from the data centre, AWS Direct Connect gives a dedicated private link with a predictable throughput and latency that a VPN over the internet cannot promise.',
    'ingest.file-gateway': 'On-premises jobs keep writing their CSV exports to a network share; AWS Storage Gateway (S3 File Gateway) stores each file as an object in the bronze zone, so no export job has to change.',
    'serve.warehouse-modernisation': 'Amazon Redshift takes over the on-premises warehouse’s job with the same SQL, star schemas and BI tools, with compute that scales apart from storage and no appliance refresh cycle.',
    'serve.warehouse-for-concurrency': 'With 20+ concurrent queries, 250+ dashboard users or 10,000+ queries a day, Amazon Redshift serves the gold tables from local, cached storage with concurrency scaling, keeping dashboards fast and the bill predictable.',
    'analyse.lake-from-warehouse': 'Redshift Spectrum queries the silver and gold zones in place and joins them with warehouse tables, so history and detail stay in low-cost S3 instead of being loaded into the warehouse.',
    'analyse.lake-sql': 'Amazon Athena runs standard SQL directly on the gold and silver zones through the Glue Data Catalog: serverless, billed per terabyte scanned, and kept cheap by Parquet and partitioning.',
    'analyse.dashboards': 'Amazon QuickSight serves the dashboards: serverless, billed per reader and author rather than per server, with SPICE caching so popular dashboards do not re-query the data on every view.',
    'analyse.machine-learning': 'Amazon SageMaker gives data scientists managed notebooks, training jobs and model endpoints on the curated gold data, with compute billed only while it runs, so experiments need no cluster of their own; SageMaker Canvas lets analysts build models without code while the team grows its skills.',
    'serve.key-value': 'Amazon DynamoDB serves precomputed results to applications and APIs by key in single-digit milliseconds, scaling on demand with no servers; the analytics side writes to it and the applications only read.',
    'serve.search': 'Amazon OpenSearch Service indexes logs and events for full-text search, filters and near-real-time aggregations, with OpenSearch Dashboards for the operations team; Firehose feeds it directly.',
    'serve.data-products': 'AWS Data Exchange publishes curated gold data sets as products that subscribers find, license and load straight into their own S3, so data can be shared or sold without building a delivery platform.',
    'process.stream-functions': 'AWS Lambda reads the stream in small batches and enriches or routes each record within seconds, scaling with the stream and costing nothing between bursts.',
    'process.stream-analytics': 'Amazon Managed Service for Apache Flink runs stateful stream processing (windows, joins, deduplication) on open-source Apache Flink with checkpoints and autoscaling, answering in seconds; the same application runs on any Flink cluster.',
    'serve.batch-and-speed-layers': 'This is a Lambda architecture: the batch layer recomputes complete, corrected views from the lake on schedule while the speed layer applies each new event within seconds; applications read one table that merges both, and late or corrected data is fixed by the next batch run.',
    'serve.warehouse-streaming-ingestion': 'Redshift streaming ingestion reads the stream straight into materialised views, so warehouse dashboards see events within seconds without an extra load job.',
    'govern.fine-grained-access': 'AWS Lake Formation grants table, column, row and cell permissions once, on the catalog, and Athena, Redshift Spectrum, EMR and Glue all enforce them: sensitive columns are hidden from most users without copying data, and every access is logged in CloudTrail.',
    'govern.existing-lake-permissions': 'The security work already done on the existing lake is not lost: its databases, tables and grants are re-created once in Lake Formation, as tags and permissions every AWS engine enforces, instead of per tool.',
    'govern.pii-discovery': 'Amazon Macie scans the S3 zones for personal and sensitive data (such as CPF numbers, e-mail addresses and card numbers) and raises findings as events, so PII that slips into the wrong zone is found in days rather than in an audit.',
    'govern.pii-masking': 'The jobs that build the silver zone detect and mask or tokenise personal data, so analysts query de-identified tables and raw identifiers stay in a locked-down bronze zone.',
    'store.raw-archive': 'An S3 lifecycle rule moves bronze objects older than 90 days to S3 Glacier: raw originals stay available for an audit or a full re-run at a fraction of the storage price, while silver and gold stay queryable.',
    'orchestrate.pipeline-workflow': 'AWS Step Functions runs the scheduled pipeline as a visible state machine (extract, clean, build gold, load, notify) with retries and error branches, and Amazon EventBridge Scheduler starts it on the agreed cadence; both are serverless and billed per use.',
    'observe.pipeline-monitoring': 'Amazon CloudWatch collects the jobs’ metrics and logs and alarms on failed runs, replication lag and stream consumer lag, so the team hears about a broken pipeline before the dashboard users do.',
    'govern.audit-trail': 'For the audit trail, CloudTrail data events on the lake buckets and Lake Formation access records go to CloudWatch Logs with the retention the audit policy sets, and alarms flag unusual access.',
  },
  alternatives: {
    'process.serverless-spark': {
      emr: 'There is no Spark or Hadoop code base to carry over and the volume fits serverless jobs: Glue runs the same Spark code with no cluster to size, patch or leave running.',
    },
    'process.spark-cluster': {
      glue: 'Spark code, and any existing Hive or Hadoop jobs, runs on EMR on the same open-source versions with little rewrite and full control of tuning; from about 2,000 GB a day, EMR clusters on Spot and Graviton instances cost less per hour of work than Glue DPUs.',
    },
    'ingest.database-cdc': {
      glue: 'Frequent JDBC extracts re-read whole tables, load the production databases and miss deletes; DMS reads the transaction log once and ships only what changed.',
    },
    'ingest.database-batch-extract': {
      dms: 'A replication instance running around the clock is not worth it for one load a day; a nightly incremental extract does the job for the price of a short job run.',
    },
    'ingest.saas-extract': {
      glue: 'Spark is oversized for paging through REST APIs that return a few megabytes; a Lambda function starts in milliseconds and costs cents per run.',
    },
    'ingest.stream-buffer': {
      msk: 'There is no Kafka to keep and no open-source requirement: Kinesis Data Streams has no brokers, partitions or versions to manage and scales on demand.',
      'data-firehose': 'Firehose alone only delivers to one destination and cannot be replayed, so a real-time consumer could not read the events alongside the lake delivery.',
    },
    'ingest.kafka-continuity': {
      'kinesis-data-streams': 'They run or know Kafka, or require open-source portability: Kinesis would mean rewriting producers and consumers against a proprietary API, the lock-in they fear.',
    },
    'ingest.bulk-history': {
      'direct-connect': 'Pushing 50 TB or more through a network link takes more than a week on a 1 Gbps line shared with production; Snowball devices move it in one shipment without touching the line.',
    },
    'serve.warehouse-modernisation': {
      athena: 'Existing reports, star schemas and stored procedures expect a warehouse; pointing them at Athena would mean rewriting them and giving up loaded, sorted tables for the busiest dashboards.',
    },
    'serve.warehouse-for-concurrency': {
      athena: 'Athena charges per terabyte scanned and queues queries beyond its account concurrency quota; at this query load a warehouse answers dashboards faster and at a steadier cost.',
    },
    'analyse.lake-sql': {
      redshift: 'At this query load a warehouse would sit idle most of the day; Athena has nothing to run and bills only the data each query scans.',
    },
    'serve.key-value': {
      opensearch: 'The applications look results up by key (a customer, a device, an account); OpenSearch’s strengths, full-text search and log analytics, are not needed and would cost a cluster running around the clock.',
    },
    'serve.search': {
      dynamodb: 'The applications search and filter logs and events by text, time and many fields at once; DynamoDB only looks items up by key, so every new question would need a new table or index.',
    },
    'process.stream-functions': {
      'managed-flink': 'Below about 1,000 events per second, per-record enrichment and routing fit Lambda functions triggered by the stream; a Flink application would bill its processing units around the clock for state it does not need.',
    },
    'process.stream-analytics': {
      lambda: 'Lambda invocations are stateless and tied to AWS: windowed aggregations at this rate would need an external store for every window, while a Flink application keeps the state, handles late events, checkpoints exactly once and runs on any Flink cluster.',
    },
    'orchestrate.pipeline-workflow': {
      glue: 'Glue workflows orchestrate only Glue jobs and crawlers; Step Functions also drives DMS tasks, EMR steps, Redshift loads and SageMaker jobs, with retries and error branches across all of them.',
    },
  },
  warnings: {
    'streaming-without-freshness': 'Streaming sources were named but no freshness was given: events land in the lake through Firehose within minutes, with no real-time processing. Ask whether anyone must act on them within seconds.',
    'freshness-unknown': 'Freshness was not answered, so the pipeline is planned as a daily batch. Ask how old the data can be when someone acts on it.',
    'realtime-without-streams': 'Real-time freshness was asked for, but no source sends events continuously: database changes reach the lake in minutes through DMS at best. Confirm which source must be seen within seconds.',
    'sources-unknown': 'No data sources were given, so the architecture assumes files arrive in the bronze zone. Ask where the data comes from today.',
    'consumers-unknown': 'No data consumers were given, so Athena is included for SQL on the lake by default. Ask who uses the data once it is ready, and how.',
    'volume-unknown': 'The daily volume is unknown, so storage, processing and query costs use the estimator’s default volume. Ask for an order of magnitude: gigabytes or terabytes a day.',
    'event-rate-unknown': 'The event rate is unknown: stream capacity falls back to the estimator’s default, and stream processing assumes a modest rate (Lambda rather than Flink). Ask for the peak events per second.',
    'history-size-unknown': 'An existing platform will be migrated but the size of its history is unknown; whether to ship it on Snowball or copy it over the network depends on it. Ask how many terabytes must move.',
    'pii-without-access-rules': 'Personal data (or LGPD/GDPR) was named but fine-grained access was not: Lake Formation is included anyway, because someone must decide who sees raw identifiers. Confirm who that is.',
    'sharing-without-governance': 'Data is to be shared or sold but no governance need was stated. Confirm consent, personal data and licensing before any data set leaves the company.',
    'ml-without-skills': 'Machine learning is planned but the team has no ML skills yet: plan for SageMaker Canvas or a partner, and use the "no data scientists" objection answer.',
    'region-unknown': 'No AWS Region was given, so prices come from the estimator’s default Region. Ask where the data must live.',
  },
};
