import Big from 'big.js';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_DAILY_INGEST_GB, MAX_EVENTS_PER_SECOND, MAX_QUERIES_PER_DAY, MAX_RECORD_SIZE_KB } from '../../../src/core/answers/limits';
import { resolveAssumptions } from '../../../src/core/sizing/assumptions';

/** A fraction of big integers, reduced: the exact value the cost model must agree with. */
interface Fraction {
  readonly n: bigint;
  readonly d: bigint;
}
const gcd = (a: bigint, b: bigint): bigint => (b === 0n ? (a < 0n ? -a : a) : gcd(b, a % b));
const fraction = (n: bigint, d = 1n): Fraction => {
  const g = gcd(n, d) || 1n;
  return { n: n / g, d: d / g };
};
const times = (a: Fraction, b: Fraction) => fraction(a.n * b.n, a.d * b.d);
const over = (a: Fraction, b: Fraction) => fraction(a.n * b.d, a.d * b.n);
const plus = (a: Fraction, b: Fraction) => fraction(a.n * b.d + b.n * a.d, a.d * b.d);
const min = (a: Fraction, b: Fraction) => (a.n * b.d <= b.n * a.d ? a : b);
const max = (a: Fraction, b: Fraction) => (a.n * b.d >= b.n * a.d ? a : b);
const ceil = (a: Fraction) => fraction(a.n / a.d + (a.n % a.d === 0n ? 0n : 1n));
const whole = (value: number) => fraction(BigInt(value));

/** The decimal equals the fraction exactly (no rounding allowed either way). */
function expectExact(actual: Big | string | undefined, expected: Fraction, key: string): void {
  // big.js multiplies with every digit kept, so the check itself rounds nothing.
  const value = new Big((actual as Big).toFixed());
  expect(value.times(expected.d.toString()).eq(expected.n.toString()), `${key}: ${value.toFixed()} ≠ ${expected.n}/${expected.d}`).toBe(true);
}

describe('derived usage figures (property)', () => {
  test('with whole-number inputs, every derived figure equals its formula computed with exact fractions', () => {
    fc.assert(
      fc.property(
        fc.record({
          dailyIngestGb: fc.oneof(fc.constant(150), fc.integer({ min: 0, max: MAX_DAILY_INGEST_GB })),
          eventsPerSecond: fc.oneof(fc.constant(1_000_000), fc.integer({ min: 0, max: MAX_EVENTS_PER_SECOND })),
          recordSizeKb: fc.oneof(fc.constant(1), fc.integer({ min: 1, max: MAX_RECORD_SIZE_KB })),
          queriesPerDay: fc.integer({ min: 0, max: MAX_QUERIES_PER_DAY }),
          etlRunsPerDay: fc.integer({ min: 0, max: 1440 }),
          rawArchiveAfterDays: fc.integer({ min: 0, max: 3650 }),
          lambdaBatchSize: fc.integer({ min: 1, max: 10_000 }),
          mskBrokerCount: fc.integer({ min: 1, max: 30 }),
          mskRetentionDays: fc.integer({ min: 0, max: 365 }),
          mskReplicationFactor: fc.integer({ min: 1, max: 3 }),
        }),
        (input) => {
          const { lambdaBatchSize, mskBrokerCount, mskRetentionDays, mskReplicationFactor, ...sizing } = input;
          const overrides = Object.fromEntries(Object.entries({ lambdaBatchSize, mskBrokerCount, mskRetentionDays, mskReplicationFactor }).map(([key, value]) => [key, String(value)]));
          const { values } = resolveAssumptions(sizing, { overrides });

          const month = fraction(730n, 24n);
          const ingest = whole(sizing.dailyIngestGb);
          const dailyStream = min(over(times(times(whole(sizing.eventsPerSecond), whole(sizing.recordSizeKb)), whole(86_400)), whole(1_048_576)), ingest);
          const streamEvents = ceil(over(times(times(dailyStream, whole(1_048_576)), month), whole(sizing.recordSizeKb)));
          const history = times(ingest, whole(365));
          const expected: Record<string, Fraction> = {
            retainedHistoryGb: history,
            dailyStreamGb: dailyStream,
            monthlyStreamEvents: streamEvents,
            monthlyCatalogRequests: ceil(times(times(plus(whole(sizing.queriesPerDay), whole(sizing.etlRunsPerDay)), month), whole(10))),
            monthlyEventBridgeEvents: ceil(times(times(whole(sizing.etlRunsPerDay), month), whole(10))),
            monthlyLambdaRequests: ceil(over(streamEvents, whole(lambdaBatchSize))),
            mskStorageGbPerBroker: max(whole(1), ceil(over(times(times(dailyStream, whole(mskRetentionDays)), whole(mskReplicationFactor)), whole(mskBrokerCount)))),
            archivedGb: max(whole(0), plus(history, fraction(-BigInt(sizing.dailyIngestGb * sizing.rawArchiveAfterDays)))),
          };
          for (const [key, fractionValue] of Object.entries(expected)) expectExact(values[key as keyof typeof values], fractionValue, key);
        },
      ),
      { numRuns: 300 },
    );
  });
});
