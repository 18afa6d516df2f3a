import { z } from '../zod';
import { LOCALES } from '../locales';
import { choice, choices, quantity, record, text } from './field-schemas';
import { MAX_DAILY_INGEST_GB, MAX_DASHBOARD_USERS, MAX_EVENTS_PER_SECOND, MAX_QUERIES_PER_DAY, MAX_RETAINED_HISTORY_GB } from './limits';
import { BUDGET_SENSITIVITIES, PRIORITIES, TEAM_SKILLS, type ConsumerKind, type EstateKind, type Freshness, type GovernanceNeed, type SourceKind } from './options';
import { MAX_NAME_LENGTH, MAX_NOTES_LENGTH, type AnswersInput } from './schema';

/**
 * Version 1 of the answers format: the flat draft the first wizard wrote, one
 * level deep, with shorter vocabulary. It is read only to be migrated to the
 * current version; nothing writes it any more.
 *
 * ```json
 * { "schemaVersion": 1, "customer": "…", "industry": "…", "region": "sa-east-1", "language": "pt-BR",
 *   "sources": ["databases", "files", "saas", "streams", "iot", "logs"],
 *   "dailyVolumeGb": 40, "historyGb": 8000, "eventsPerSecond": 0,
 *   "latency": "seconds" | "minutes" | "hours" | "days",
 *   "consumers": ["dashboards", "sql", "ml", "apps", "sharing"], "dashboardUsers": 60, "queriesPerDay": 800,
 *   "existing": ["warehouse", "hadoop", "kafka", "lake"], "prefersOpenSource": false,
 *   "skills": ["sql", "python"], "governance": ["pii", "lgpd", "row-level-security", "audit"],
 *   "budget": "low" | "medium" | "high", "goals": ["cut-costs"], "notes": "…" }
 * ```
 *
 * Differences the migration resolves: nested groups in v2; `latency` became
 * `freshness`; v1 had no way to say "no existing platform", so an empty
 * `existing` stays unknown; `prefersOpenSource` became `team.preference`.
 */

const V1_SOURCES = ['databases', 'files', 'saas', 'streams', 'iot', 'logs'] as const;
const V1_LATENCIES = ['seconds', 'minutes', 'hours', 'days'] as const;
const V1_CONSUMERS = ['dashboards', 'sql', 'ml', 'apps', 'sharing'] as const;
const V1_EXISTING = ['warehouse', 'hadoop', 'kafka', 'lake'] as const;
const V1_GOVERNANCE = ['pii', 'lgpd', 'row-level-security', 'audit'] as const;

export const AnswersV1Schema = record({
  schemaVersion: z.literal(1),
  customer: z.optional(text(MAX_NAME_LENGTH)),
  industry: z.optional(text(200)),
  region: z.optional(z.string().check(z.regex(/^[a-z]{2}(?:-gov)?-[a-z]+-\d{1,2}$/, { error: 'expected an AWS region code such as sa-east-1' }))),
  language: z.optional(choice(LOCALES)),
  sources: z.optional(choices(V1_SOURCES)),
  dailyVolumeGb: z.optional(quantity({ min: 0, max: MAX_DAILY_INGEST_GB })),
  historyGb: z.optional(quantity({ min: 0, max: MAX_RETAINED_HISTORY_GB })),
  eventsPerSecond: z.optional(quantity({ min: 0, max: MAX_EVENTS_PER_SECOND })),
  latency: z.optional(choice(V1_LATENCIES)),
  consumers: z.optional(choices(V1_CONSUMERS)),
  dashboardUsers: z.optional(quantity({ min: 0, max: MAX_DASHBOARD_USERS, integer: true })),
  queriesPerDay: z.optional(quantity({ min: 0, max: MAX_QUERIES_PER_DAY, integer: true })),
  existing: z.optional(choices(V1_EXISTING)),
  prefersOpenSource: z.optional(z.boolean({ error: 'expected true or false' })),
  skills: z.optional(choices(TEAM_SKILLS)),
  governance: z.optional(choices(V1_GOVERNANCE)),
  budget: z.optional(choice(BUDGET_SENSITIVITIES)),
  goals: z.optional(choices(PRIORITIES)),
  notes: z.optional(text(MAX_NOTES_LENGTH)),
});

export type AnswersV1 = z.output<typeof AnswersV1Schema>;

const SOURCE_FROM_V1: Record<(typeof V1_SOURCES)[number], SourceKind> = {
  databases: 'relational-databases',
  files: 'file-exports',
  saas: 'saas-apis',
  streams: 'event-streams',
  iot: 'iot',
  logs: 'logs',
};
const FRESHNESS_FROM_V1: Record<(typeof V1_LATENCIES)[number], Freshness> = {
  seconds: 'realtime-seconds',
  minutes: 'near-real-time-minutes',
  hours: 'hourly',
  days: 'daily-batch',
};
const CONSUMER_FROM_V1: Record<(typeof V1_CONSUMERS)[number], ConsumerKind> = {
  dashboards: 'bi-dashboards',
  sql: 'adhoc-sql',
  ml: 'data-science-ml',
  apps: 'operational-apps',
  sharing: 'data-products',
};
const ESTATE_FROM_V1: Record<(typeof V1_EXISTING)[number], EstateKind> = {
  warehouse: 'onprem-dw',
  hadoop: 'hadoop-spark',
  kafka: 'kafka',
  lake: 'existing-lake',
};
const GOVERNANCE_FROM_V1: Record<(typeof V1_GOVERNANCE)[number], GovernanceNeed> = {
  pii: 'pii',
  lgpd: 'lgpd-gdpr',
  'row-level-security': 'fine-grained-access',
  audit: 'audit',
};

/** Drops keys whose value is undefined, at every depth, so an unknown answer is absent rather than present-but-empty. */
function withoutUndefined<Value>(value: Value): Value {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  const kept = Object.entries(value).filter(([, inner]) => inner !== undefined).map(([key, inner]) => [key, withoutUndefined(inner)]);
  return Object.fromEntries(kept) as Value;
}

/** Maps a validated v1 file onto the v2 shape, leaving every unknown answer out. */
export function migrateV1ToV2(v1: AnswersV1): AnswersInput {
  const preference = v1.prefersOpenSource === undefined ? undefined : v1.prefersOpenSource ? 'open-source-portability' : 'serverless-managed';
  return withoutUndefined<AnswersInput>({
    schemaVersion: 2,
    opportunity: { customerName: v1.customer, industry: v1.industry, region: v1.region },
    locale: v1.language,
    sources: { kinds: v1.sources?.map((kind) => SOURCE_FROM_V1[kind]) },
    volume: { dailyIngestGb: v1.dailyVolumeGb, retainedHistoryGb: v1.historyGb, eventsPerSecond: v1.eventsPerSecond },
    freshness: v1.latency === undefined ? undefined : FRESHNESS_FROM_V1[v1.latency],
    consumers: {
      kinds: v1.consumers?.map((kind) => CONSUMER_FROM_V1[kind]),
      dashboardUsers: v1.dashboardUsers,
      queriesPerDay: v1.queriesPerDay,
    },
    estate: { existing: v1.existing?.map((kind) => ESTATE_FROM_V1[kind]) },
    team: { preference, skills: v1.skills },
    governance: { needs: v1.governance?.map((need) => GOVERNANCE_FROM_V1[need]) },
    budget: { sensitivity: v1.budget },
    goals: { priorities: v1.goals },
    notes: v1.notes,
  });
}
