import { z } from 'zod';
import { LOCALES } from '../locales';
import { ANSWER_FIELDS } from './fields';
import type { AnswerFieldId } from './field-ids';
import { choice, choices, quantity, record, text } from './field-schemas';
import {
  BUDGET_SENSITIVITIES,
  CONSUMER_KINDS,
  ESTATE_KINDS,
  FRESHNESS_LEVELS,
  GOVERNANCE_NEEDS,
  PRIORITIES,
  SOURCE_KINDS,
  TEAM_PREFERENCES,
  TEAM_SKILLS,
} from './options';

/** The answers format this build writes. Older files are migrated forward on read (see `versions.ts`). */
export const CURRENT_ANSWERS_VERSION = 2;

export const MAX_NAME_LENGTH = 10_000;
export const MAX_NOTES_LENGTH = 20_000;

/** English label and help of a field become the JSON Schema's title and description. */
function described<Schema extends z.ZodType>(schema: Schema, id: AnswerFieldId): Schema {
  const field = ANSWER_FIELDS[id];
  return schema.meta({ title: field.label.en, description: field.help.en });
}

const regionCode = z
  .string({ error: (issue) => `expected an AWS region code such as sa-east-1, received ${JSON.stringify(issue.input) ?? 'nothing'}` })
  .regex(/^[a-z]{2}(?:-gov)?-[a-z]+-\d{1,2}$/, { error: (issue) => `expected an AWS region code such as sa-east-1, received ${JSON.stringify(issue.input)}` });

/**
 * What the customer said on the call, in the shape a person may write by hand,
 * the wizard stores and a share link carries. Every quantity is optional: an
 * unknown answer is left out, never guessed. An empty list means nobody said.
 */
export const AnswersSchema = record({
  schemaVersion: z.literal(CURRENT_ANSWERS_VERSION, {
    error: (issue) => `expected ${CURRENT_ANSWERS_VERSION}, received ${JSON.stringify(issue.input) ?? 'nothing'}`,
  }),
  opportunity: record({
    customerName: described(text(MAX_NAME_LENGTH), 'opportunity.customerName').optional(),
    industry: described(text(200), 'opportunity.industry').optional(),
    region: described(regionCode, 'opportunity.region').optional(),
  }).prefault({}),
  locale: described(choice(LOCALES), 'locale').default('en'),
  sources: record({
    kinds: described(choices(SOURCE_KINDS), 'sources.kinds').default([]),
  }).prefault({}),
  volume: record({
    /** GB per day across all sources, before compression. */
    dailyIngestGb: described(quantity({ min: 0 }), 'volume.dailyIngestGb').optional(),
    /** GB of history kept queryable. */
    retainedHistoryGb: described(quantity({ min: 0 }), 'volume.retainedHistoryGb').optional(),
    /** Peak events per second on continuous sources. */
    eventsPerSecond: described(quantity({ min: 0 }), 'volume.eventsPerSecond').optional(),
    /** KB in one streamed record, on average. */
    recordSizeKb: described(quantity({ min: 0, exclusiveMin: true }), 'volume.recordSizeKb').optional(),
  }).prefault({}),
  freshness: described(choice(FRESHNESS_LEVELS), 'freshness').optional(),
  consumers: record({
    kinds: described(choices(CONSUMER_KINDS), 'consumers.kinds').default([]),
    dashboardUsers: described(quantity({ min: 0, integer: true }), 'consumers.dashboardUsers').optional(),
    queriesPerDay: described(quantity({ min: 0, integer: true }), 'consumers.queriesPerDay').optional(),
    concurrentQueries: described(quantity({ min: 0, integer: true }), 'consumers.concurrentQueries').optional(),
  }).prefault({}),
  estate: record({
    existing: described(choices(ESTATE_KINDS), 'estate.existing')
      .refine((kinds) => !kinds.includes('none') || kinds.length === 1, {
        error: '"none" cannot be combined with other platforms',
      })
      .default([]),
  }).prefault({}),
  team: record({
    preference: described(choice(TEAM_PREFERENCES), 'team.preference').optional(),
    skills: described(choices(TEAM_SKILLS), 'team.skills').default([]),
  }).prefault({}),
  governance: record({
    needs: described(choices(GOVERNANCE_NEEDS), 'governance.needs').default([]),
  }).prefault({}),
  budget: record({
    sensitivity: described(choice(BUDGET_SENSITIVITIES), 'budget.sensitivity').optional(),
  }).prefault({}),
  goals: record({
    priorities: described(choices(PRIORITIES), 'goals.priorities').default([]),
  }).prefault({}),
  notes: described(text(MAX_NOTES_LENGTH), 'notes').optional(),
}).meta({
  title: 'Lakewise answers',
  description: 'What a customer said in discovery, read by the Lakewise advisor. Unknown answers are left out.',
});

/** Normalised answers: every list present, the locale filled in. */
export type Answers = z.output<typeof AnswersSchema>;
/** What a person may write: lists and nested objects optional. */
export type AnswersInput = z.input<typeof AnswersSchema>;
