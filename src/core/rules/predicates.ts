import type { Condition } from './condition';

/**
 * Thresholds the rules decide on. They are design choices of the advisor, stated
 * once here and quoted by the rules page, never repeated as literals.
 */
export const THRESHOLDS = {
  /** Concurrent queries from which a warehouse serves dashboards better than Athena. */
  warehouseConcurrentQueries: 20,
  /** Dashboard users from which a warehouse serves dashboards better than Athena. */
  warehouseDashboardUsers: 250,
  /** Queries per day from which a warehouse costs less than paying per scan. */
  warehouseQueriesPerDay: 10_000,
  /** GB per day from which an EMR cluster costs less than Glue DPUs for a Spark team. */
  sparkClusterDailyGb: 2_000,
  /** Events per second from which stateful stream processing (Flink) is worth its always-on cost. */
  flinkEventsPerSecond: 1_000,
  /** GB of on-premises history from which an offline Snowball shipment beats the network. */
  bulkTransferHistoryGb: 50_000,
  /** GB per day from the data centre from which a dedicated Direct Connect link is warranted. */
  privateLinkDailyGb: 1_000,
  /** GB of history from which raw originals move to an archive tier. */
  archiveHistoryGb: 10_000,
} as const;

/** Days after which bronze objects move to S3 Glacier; the cost model reads it from the sizing inputs. */
export const RAW_ARCHIVE_AFTER_DAYS = 90;

/** Some source sends events continuously (or a Kafka estate already carries them). */
export const STREAMING_SOURCES: Condition = {
  any: [
    { field: 'sources.kinds', includesAny: ['event-streams', 'iot'] },
    { field: 'estate.existing', includesAny: ['kafka'] },
  ],
};

/** Some source is read in batches: databases, files or SaaS APIs. */
export const BATCH_SOURCES: Condition = { field: 'sources.kinds', includesAny: ['relational-databases', 'file-exports', 'saas-apis'] };

/** Data must be at most an hour old. */
export const FRESH_WITHIN_THE_HOUR: Condition = { field: 'freshness', in: ['realtime-seconds', 'near-real-time-minutes', 'hourly'] };

/** Data must be seconds or minutes old. */
export const LOW_LATENCY: Condition = { field: 'freshness', in: ['realtime-seconds', 'near-real-time-minutes'] };

/** The customer runs its data platform in its own data centre. */
export const ON_PREMISES_ESTATE: Condition = { field: 'estate.existing', includesAny: ['onprem-dw', 'hadoop-spark'] };

/** Query load at which a warehouse beats pay-per-scan SQL. */
export const WAREHOUSE_SCALE: Condition = {
  any: [
    { field: 'consumers.concurrentQueries', atLeast: THRESHOLDS.warehouseConcurrentQueries },
    { field: 'consumers.dashboardUsers', atLeast: THRESHOLDS.warehouseDashboardUsers },
    { field: 'consumers.queriesPerDay', atLeast: THRESHOLDS.warehouseQueriesPerDay },
  ],
};

/** Existing Spark code, or a Spark-minded team at a scale where clusters pay off. */
export const SPARK_CLUSTER: Condition = {
  any: [
    { field: 'estate.existing', includesAny: ['hadoop-spark'] },
    {
      all: [
        { any: [{ field: 'team.skills', includesAny: ['spark'] }, { field: 'team.preference', in: ['open-source-portability'] }] },
        { field: 'volume.dailyIngestGb', atLeast: THRESHOLDS.sparkClusterDailyGb },
      ],
    },
  ],
};

/** Someone queries the lake with SQL, or nobody said who consumes the data. */
export const SQL_CONSUMERS: Condition = {
  any: [
    { field: 'consumers.kinds', includesAny: ['bi-dashboards', 'adhoc-sql', 'data-science-ml'] },
    { field: 'consumers.kinds', unanswered: true },
  ],
};

export const PERSONAL_DATA: Condition = { field: 'governance.needs', includesAny: ['pii', 'lgpd-gdpr'] };
