/**
 * The quantities the customer gave (or that the advisor derived from their answers)
 * that the cost model turns into usage. `undefined` means the customer did not say:
 * the cost model then falls back to a documented default and says so.
 * Filled by `sizingFromAnswers` in `core/architecture/sizing-from-answers.ts`.
 */
export interface SizingInputs {
  /** GB landing in the lake per day, as received (before compression). */
  readonly dailyIngestGb?: number;
  /** GB of history kept queryable. */
  readonly retainedHistoryGb?: number;
  /** Peak events per second on streaming paths. */
  readonly eventsPerSecond?: number;
  /** Average size of one streamed record, in KB. */
  readonly recordSizeKb?: number;
  /** Interactive SQL queries per day across all users. */
  readonly queriesPerDay?: number;
  /** SQL queries running at the same moment at the busiest hour. */
  readonly concurrentQueries?: number;
  /** People who read dashboards (every dashboard user the customer counted). */
  readonly dashboardReaders?: number;
  /** People who build dashboards; discovery does not ask it, so the cost model assumes. */
  readonly dashboardAuthors?: number;
  /** Scheduled ETL runs per day, from the freshness the pipeline is planned for. */
  readonly etlRunsPerDay?: number;
  /** Days after which raw (bronze) objects move to S3 Glacier; set only when the archive tier is in the plan. */
  readonly rawArchiveAfterDays?: number;
  /** AWS Region code the customer named, e.g. `sa-east-1`. */
  readonly region?: string;
}
