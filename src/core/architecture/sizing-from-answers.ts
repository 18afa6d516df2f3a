import type { Freshness } from '../answers/options';
import type { Answers } from '../answers/schema';
import { RAW_ARCHIVE_AFTER_DAYS } from '../rules/predicates';
import type { SizingInputs } from '../sizing/inputs';
import type { Role } from './roles';

/**
 * How often the batch pipeline runs for each freshness. Real-time needs are met
 * by the stream path, so the lake itself is refreshed hourly; near-real-time
 * lakes refresh every 15 minutes. Unanswered freshness plans a daily batch
 * (and the model warns about it).
 */
export const ETL_RUNS_PER_DAY: Record<Freshness, number> = {
  'realtime-seconds': 24,
  'near-real-time-minutes': 96,
  hourly: 24,
  'daily-batch': 1,
};

/** The customer's quantities, plus the plan's own schedule and lifecycle choices, for the cost model. */
export function sizingFromAnswers(answers: Answers, hasRole: (role: Role) => boolean): SizingInputs {
  const sizing: { -readonly [Key in keyof SizingInputs]: SizingInputs[Key] } = {};
  const set = <Key extends keyof SizingInputs>(key: Key, value: SizingInputs[Key]) => {
    if (value !== undefined) sizing[key] = value;
  };
  set('dailyIngestGb', answers.volume.dailyIngestGb);
  set('retainedHistoryGb', answers.volume.retainedHistoryGb);
  set('eventsPerSecond', answers.volume.eventsPerSecond);
  set('recordSizeKb', answers.volume.recordSizeKb);
  set('queriesPerDay', answers.consumers.queriesPerDay);
  set('concurrentQueries', answers.consumers.concurrentQueries);
  set('dashboardReaders', answers.consumers.dashboardUsers);
  if (hasRole('batch-etl')) set('etlRunsPerDay', ETL_RUNS_PER_DAY[answers.freshness ?? 'daily-batch']);
  if (hasRole('raw-archive')) set('rawArchiveAfterDays', RAW_ARCHIVE_AFTER_DAYS);
  set('region', answers.opportunity.region);
  return sizing;
}
