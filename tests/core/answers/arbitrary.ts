import fc from 'fast-check';
import { parseAnswersOrThrow } from '../../../src/core/answers/parse';
import {
  BUDGET_SENSITIVITIES,
  CONSUMER_KINDS,
  ESTATE_KINDS,
  type EstateKind,
  FRESHNESS_LEVELS,
  GOVERNANCE_NEEDS,
  PRIORITIES,
  SOURCE_KINDS,
  TEAM_PREFERENCES,
  TEAM_SKILLS,
} from '../../../src/core/answers/options';
import type { Answers, AnswersInput } from '../../../src/core/answers/schema';
import { LOCALES } from '../../../src/core/locales';

/** Text people type: any code points (emoji, quotes, markup), sometimes hostile on purpose. */
export const customerText = fc.oneof(
  fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
  fc.constantFrom('ACME "Quoted" Ltd', 'a --> b', '%% comment', '<script>alert(1)</script>', '[x]{y}(z)|w|', 'end', '😀 Café ☕', '#quot; #35;', 'style a fill:#f00;', '`code` **bold** _x_'),
).filter((text) => text.trim() !== '');

/** Quantities around the rules' thresholds as well as anywhere in range. */
const quantity = fc.oneof(
  fc.constantFrom(0, 1, 20, 250, 999, 1000, 2000, 10_000, 50_000, 400_000),
  fc.double({ min: 0, max: 1e7, noNaN: true, noDefaultInfinity: true }),
);
const count = fc.oneof(fc.constantFrom(0, 19, 20, 249, 250, 9_999, 10_000), fc.nat({ max: 1_000_000 }));

function subset<const Values extends readonly string[]>(values: Values) {
  return fc.subarray([...values] as Values[number][]);
}

/** Any answers a person could validly write, every field optional. */
export const answersInputArbitrary: fc.Arbitrary<AnswersInput> = fc.record(
  {
    schemaVersion: fc.constant(2 as const),
    opportunity: fc.record(
      { customerName: customerText, industry: fc.constantFrom('Retail', 'Banking', 'Saúde', 'Telecom'), region: fc.constantFrom('sa-east-1', 'us-east-1', 'eu-west-1', 'ap-southeast-2') },
      { requiredKeys: [] },
    ),
    locale: fc.constantFrom(...LOCALES),
    sources: fc.record({ kinds: subset(SOURCE_KINDS) }, { requiredKeys: [] }),
    volume: fc.record(
      { dailyIngestGb: quantity, retainedHistoryGb: quantity, eventsPerSecond: quantity, recordSizeKb: fc.double({ min: 0.01, max: 1024, noNaN: true }) },
      { requiredKeys: [] },
    ),
    freshness: fc.constantFrom(...FRESHNESS_LEVELS),
    consumers: fc.record({ kinds: subset(CONSUMER_KINDS), dashboardUsers: count, queriesPerDay: count, concurrentQueries: count }, { requiredKeys: [] }),
    estate: fc.record({ existing: fc.oneof(fc.constant<EstateKind[]>(['none']), subset(ESTATE_KINDS.filter((kind) => kind !== 'none'))) }, { requiredKeys: [] }),
    team: fc.record({ preference: fc.constantFrom(...TEAM_PREFERENCES), skills: subset(TEAM_SKILLS) }, { requiredKeys: [] }),
    governance: fc.record({ needs: subset(GOVERNANCE_NEEDS) }, { requiredKeys: [] }),
    budget: fc.record({ sensitivity: fc.constantFrom(...BUDGET_SENSITIVITIES) }, { requiredKeys: [] }),
    goals: fc.record({ priorities: subset(PRIORITIES) }, { requiredKeys: [] }),
    notes: customerText,
  },
  { requiredKeys: ['schemaVersion'] },
);

/** Valid answers, normalised by the schema as the engine receives them. */
export const answersArbitrary: fc.Arbitrary<Answers> = answersInputArbitrary.map((input) => parseAnswersOrThrow(input, 'arbitrary'));
