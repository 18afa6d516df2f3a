import { z } from '../zod';
import { NONE_WITH_OTHERS } from '../input-problem';
import { LOCALES } from '../locales';
import { ANSWER_FIELDS } from './fields';
import type { AnswerFieldId } from './field-ids';
import { choice, choices, quantity, record, text } from './field-schemas';
import {
  MAX_CONCURRENT_QUERIES,
  MAX_DAILY_INGEST_GB,
  MAX_DASHBOARD_USERS,
  MAX_EVENTS_PER_SECOND,
  MAX_QUERIES_PER_DAY,
  MAX_RECORD_SIZE_KB,
  MAX_RETAINED_HISTORY_GB,
} from './limits';
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
function described<Schema extends z.ZodMiniType>(schema: Schema, id: AnswerFieldId): Schema {
  const field = ANSWER_FIELDS[id];
  z.globalRegistry.add(schema, { title: field.label.en, description: field.help.en });
  return schema;
}

const regionCode = z
  .string({ error: (issue) => `expected an AWS region code such as sa-east-1, received ${JSON.stringify(issue.input) ?? 'nothing'}` })
  .check(z.regex(/^[a-z]{2}(?:-gov)?-[a-z]+-\d{1,2}$/, { error: (issue) => `expected an AWS region code such as sa-east-1, received ${JSON.stringify(issue.input)}` }));

/**
 * What the customer said on the call, in the shape a person may write by hand,
 * the wizard stores and a share link carries. Every quantity is optional: an
 * unknown answer is left out, never guessed. An empty list means nobody said.
 */
export const AnswersSchema = record({
  schemaVersion: z.literal(CURRENT_ANSWERS_VERSION, {
    error: (issue) => `expected ${CURRENT_ANSWERS_VERSION}, received ${JSON.stringify(issue.input) ?? 'nothing'}`,
  }),
  opportunity: z.prefault(
    record({
      customerName: z.optional(described(text(MAX_NAME_LENGTH), 'opportunity.customerName')),
      industry: z.optional(described(text(200), 'opportunity.industry')),
      region: z.optional(described(regionCode, 'opportunity.region')),
    }),
    {},
  ),
  locale: z._default(described(choice(LOCALES), 'locale'), 'en'),
  sources: z.prefault(
    record({
      kinds: z._default(described(choices(SOURCE_KINDS), 'sources.kinds'), []),
    }),
    {},
  ),
  volume: z.prefault(
    record({
      /** GB per day across all sources, before compression. */
      dailyIngestGb: z.optional(described(quantity({ min: 0, max: MAX_DAILY_INGEST_GB }), 'volume.dailyIngestGb')),
      /** GB of history kept queryable. */
      retainedHistoryGb: z.optional(described(quantity({ min: 0, max: MAX_RETAINED_HISTORY_GB }), 'volume.retainedHistoryGb')),
      /** Peak events per second on continuous sources. */
      eventsPerSecond: z.optional(described(quantity({ min: 0, max: MAX_EVENTS_PER_SECOND }), 'volume.eventsPerSecond')),
      /** KB in one streamed record, on average. */
      recordSizeKb: z.optional(described(quantity({ min: 0, exclusiveMin: true, max: MAX_RECORD_SIZE_KB }), 'volume.recordSizeKb')),
    }),
    {},
  ),
  freshness: z.optional(described(choice(FRESHNESS_LEVELS), 'freshness')),
  consumers: z.prefault(
    record({
      kinds: z._default(described(choices(CONSUMER_KINDS), 'consumers.kinds'), []),
      dashboardUsers: z.optional(described(quantity({ min: 0, max: MAX_DASHBOARD_USERS, integer: true }), 'consumers.dashboardUsers')),
      queriesPerDay: z.optional(described(quantity({ min: 0, max: MAX_QUERIES_PER_DAY, integer: true }), 'consumers.queriesPerDay')),
      concurrentQueries: z.optional(described(quantity({ min: 0, max: MAX_CONCURRENT_QUERIES, integer: true }), 'consumers.concurrentQueries')),
    }),
    {},
  ),
  estate: z.prefault(
    record({
      existing: z._default(
        described(choices(ESTATE_KINDS), 'estate.existing').check(
          z.refine((kinds) => !kinds.includes('none') || kinds.length === 1, {
            error: '"none" cannot be combined with other platforms',
            params: { problem: NONE_WITH_OTHERS },
          }),
        ),
        [],
      ),
    }),
    {},
  ),
  team: z.prefault(
    record({
      preference: z.optional(described(choice(TEAM_PREFERENCES), 'team.preference')),
      skills: z._default(described(choices(TEAM_SKILLS), 'team.skills'), []),
    }),
    {},
  ),
  governance: z.prefault(
    record({
      needs: z._default(described(choices(GOVERNANCE_NEEDS), 'governance.needs'), []),
    }),
    {},
  ),
  budget: z.prefault(
    record({
      sensitivity: z.optional(described(choice(BUDGET_SENSITIVITIES), 'budget.sensitivity')),
    }),
    {},
  ),
  goals: z.prefault(
    record({
      priorities: z._default(described(choices(PRIORITIES), 'goals.priorities'), []),
    }),
    {},
  ),
  notes: z.optional(described(text(MAX_NOTES_LENGTH), 'notes')),
}).register(z.globalRegistry, {
  title: 'Lakewise answers',
  description: 'What a customer said in discovery, read by the Lakewise advisor. Unknown answers are left out.',
});

/** Normalised answers: every list present, the locale filled in. */
export type Answers = z.output<typeof AnswersSchema>;
/** What a person may write: lists and nested objects optional. */
export type AnswersInput = z.input<typeof AnswersSchema>;
