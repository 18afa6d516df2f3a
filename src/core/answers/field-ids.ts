/**
 * Stable ids of the answers a discovery conversation collects. Discovery questions
 * (content frontmatter `feeds`) and the answers schema both use these ids, so a
 * question always points at a field that exists. Dotted path into the answers object.
 * Ids are never renamed: playbook content and saved answers refer to them.
 */
export const ANSWER_FIELD_IDS = [
  'opportunity.customerName',
  'opportunity.industry',
  'opportunity.region',
  'sources.kinds',
  'volume.dailyIngestGb',
  'volume.retainedHistoryGb',
  'volume.eventsPerSecond',
  'freshness',
  'consumers.kinds',
  'consumers.dashboardUsers',
  'consumers.queriesPerDay',
  'estate.existing',
  'team.preference',
  'team.skills',
  'governance.needs',
  'budget.sensitivity',
  'goals.priorities',
  'volume.recordSizeKb',
  'consumers.concurrentQueries',
  'locale',
  'notes',
] as const;

export type AnswerFieldId = (typeof ANSWER_FIELD_IDS)[number];
