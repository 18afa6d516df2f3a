import { PERSONAL_DATA, STREAMING_SOURCES } from './predicates';
import type { WarningRule } from './types';

/**
 * Caveats raised after the rules have run: answers that are missing or pull in
 * different directions, so the seller knows which question to go back to.
 * `has` conditions here see the finished architecture.
 */
export const WARNING_RULES: readonly WarningRule[] = [
  {
    id: 'streaming-without-freshness',
    when: { all: [STREAMING_SOURCES, { field: 'freshness', unanswered: true }] },
    fields: ['freshness', 'sources.kinds'],
  },
  {
    id: 'freshness-unknown',
    when: { all: [{ not: STREAMING_SOURCES }, { field: 'freshness', unanswered: true }] },
    fields: ['freshness'],
  },
  {
    id: 'realtime-without-streams',
    when: { all: [{ field: 'freshness', in: ['realtime-seconds'] }, { not: STREAMING_SOURCES }] },
    fields: ['freshness', 'sources.kinds'],
  },
  {
    id: 'sources-unknown',
    when: { field: 'sources.kinds', unanswered: true },
    fields: ['sources.kinds'],
  },
  {
    id: 'consumers-unknown',
    when: { field: 'consumers.kinds', unanswered: true },
    fields: ['consumers.kinds'],
  },
  {
    id: 'volume-unknown',
    when: { field: 'volume.dailyIngestGb', unanswered: true },
    fields: ['volume.dailyIngestGb'],
  },
  {
    id: 'event-rate-unknown',
    when: { all: [{ has: 'stream-buffer' }, { field: 'volume.eventsPerSecond', unanswered: true }] },
    fields: ['volume.eventsPerSecond'],
  },
  {
    id: 'history-size-unknown',
    when: {
      all: [
        { field: 'estate.existing', includesAny: ['onprem-dw', 'hadoop-spark', 'existing-lake'] },
        { field: 'volume.retainedHistoryGb', unanswered: true },
      ],
    },
    fields: ['volume.retainedHistoryGb', 'estate.existing'],
  },
  {
    id: 'pii-without-access-rules',
    when: { all: [PERSONAL_DATA, { not: { field: 'governance.needs', includesAny: ['fine-grained-access'] } }] },
    fields: ['governance.needs'],
  },
  {
    id: 'sharing-without-governance',
    when: { all: [{ field: 'consumers.kinds', includesAny: ['data-products'] }, { field: 'governance.needs', unanswered: true }] },
    fields: ['governance.needs', 'consumers.kinds'],
  },
  {
    id: 'ml-without-skills',
    when: { all: [{ has: 'machine-learning' }, { not: { field: 'team.skills', includesAny: ['machine-learning'] } }] },
    fields: ['team.skills'],
  },
  {
    id: 'region-unknown',
    when: { field: 'opportunity.region', unanswered: true },
    fields: ['opportunity.region'],
  },
];
