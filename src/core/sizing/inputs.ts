/**
 * The quantities the customer gave (or that the advisor derived from their answers)
 * that the cost model turns into usage. `undefined` means the customer did not say:
 * the cost model then falls back to a documented default and says so.
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
  /** People who read dashboards. */
  readonly dashboardReaders?: number;
  /** People who build dashboards. */
  readonly dashboardAuthors?: number;
  /** Scheduled ETL runs per day. */
  readonly etlRunsPerDay?: number;
}
