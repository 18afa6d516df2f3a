/**
 * The largest figures the answers and the usage overrides accept. Each sits far above any
 * customer Lakewise will meet, so no real answer is refused; the point is to refuse typos and
 * `1e308`, which would otherwise print a 300-digit monthly total.
 */

/** 10 PB a day, in GB. The largest data platforms known publicly ingest a few petabytes a day. */
export const MAX_DAILY_INGEST_GB = 10 * 1024 * 1024;

/** 1 EB, in GB. The largest lakes known publicly hold hundreds of petabytes. */
export const MAX_RETAINED_HISTORY_GB = 1024 * 1024 * 1024;

/** 100 million events per second, well above the largest streaming workloads AWS has published. */
export const MAX_EVENTS_PER_SECOND = 100_000_000;

/** 10 MB (10,240 KB): the largest record Amazon Kinesis Data Streams accepts. */
export const MAX_RECORD_SIZE_KB = 10_240;

/** A billion interactive queries a day, about 11,600 a second around the clock. */
export const MAX_QUERIES_PER_DAY = 1_000_000_000;

/** Ten million people reading dashboards. */
export const MAX_DASHBOARD_USERS = 10_000_000;

/** A million queries running at the same moment. */
export const MAX_CONCURRENT_QUERIES = 1_000_000;
