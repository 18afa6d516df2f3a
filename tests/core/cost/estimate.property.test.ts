import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { ArchitectureModel, Component } from '../../../src/core/architecture/model';
import { SERVICE_IDS, type ServiceId } from '../../../src/core/catalog/services';
import { type Estimate, estimateCost } from '../../../src/core/cost/estimate';
import { ceilWhole, largest, Money, smallest } from '../../../src/core/cost/money';
import { chargeTiers } from '../../../src/core/cost/tiers';
import type { PriceBook } from '../../../src/core/pricing/price-book';
import { PRICE_KEY_IDS, priceKeyDefinition } from '../../../src/core/pricing/price-keys';
import { PRICING_REGIONS } from '../../../src/core/pricing/regions';
import type { SizingInputs } from '../../../src/core/sizing/inputs';
import { resolveAssumptions, type UsageOverrides } from '../../../src/core/sizing/assumptions';
import { type NumberUsageDefinition, USAGE_KEYS, USAGE_SCHEMA, type UsageDefinition, type UsageKey } from '../../../src/core/sizing/usage-schema';
import { committedBook } from '../pricing/snapshot-records';
import { component, model } from './fixtures/models';

const books: Record<string, PriceBook> = Object.fromEntries(PRICING_REGIONS.map((region) => [region, committedBook(region)]));

const ROLES: Partial<Record<ServiceId, readonly string[]>> = { lambda: ['api-extract', 'stream-processing'] };

const architecture: fc.Arbitrary<ArchitectureModel> = fc
  .record({
    services: fc.subarray(SERVICE_IDS.filter((id) => id !== 's3'), { minLength: 0 }),
    zones: fc.subarray(['bronze', 'silver', 'gold'] as const),
    lambdaRole: fc.constantFrom(...(ROLES.lambda ?? [])),
    sizing: fc.record(
      {
        dailyIngestGb: fc.double({ min: 0, max: 50_000, noNaN: true }),
        retainedHistoryGb: fc.double({ min: 0, max: 2_000_000, noNaN: true }),
        eventsPerSecond: fc.integer({ min: 0, max: 200_000 }),
        recordSizeKb: fc.double({ min: 0.01, max: 1000, noNaN: true }),
        queriesPerDay: fc.integer({ min: 0, max: 100_000 }),
        dashboardReaders: fc.integer({ min: 0, max: 5000 }),
        dashboardAuthors: fc.integer({ min: 0, max: 200 }),
        etlRunsPerDay: fc.integer({ min: 0, max: 288 }),
        rawArchiveAfterDays: fc.integer({ min: 0, max: 3650 }),
      },
      { requiredKeys: [] },
    ),
  })
  .map(({ services, zones, lambdaRole, sizing }) => {
    const components: Component[] = [
      ...zones.map((zone) => component('s3', `${zone}-zone`, `s3-${zone}`)),
      ...services.map((id) => component(id, id === 'lambda' ? lambdaRole : 'any')),
    ];
    return model(components, sizing as SizingInputs);
  });

const CHOICE_KEYS = USAGE_KEYS.filter((key) => (USAGE_SCHEMA[key] as UsageDefinition).kind === 'choice');
const choices: fc.Arbitrary<UsageOverrides> = fc
  .array(fc.constantFrom(...CHOICE_KEYS), { maxLength: 6 })
  .chain((keys) => fc.tuple(...keys.map((key) => fc.constantFrom(...(USAGE_SCHEMA[key] as { options: readonly string[] }).options).map((value) => [key, value] as const))))
  .map((pairs) => Object.fromEntries(pairs) as UsageOverrides);

const scenario: fc.Arbitrary<Scenario> = fc.record({ architecture, choices, region: fc.constantFrom(...PRICING_REGIONS), freeTier: fc.boolean() });

interface Scenario {
  readonly architecture: ArchitectureModel;
  readonly choices: UsageOverrides;
  readonly region: string;
  readonly freeTier: boolean;
}

function estimate({ architecture: plan, choices: overrides, region, freeTier }: Scenario, extra: UsageOverrides = {}): Estimate {
  return estimateCost(plan, resolveAssumptions(plan.sizing, { overrides: { ...overrides, ...extra } }), books[region] as PriceBook, { freeTier });
}

describe('estimateCost properties', () => {
  test('the total is the sum of the rounded lines; the band brackets it', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        const result = estimate(input);
        let total = new Money(0);
        for (const item of result.components) {
          let sum = new Money(0);
          for (const line of item.lines) if (line.status === 'priced') sum = sum.plus(line.usd);
          expect(sum.toFixed(2)).toBe(item.usd);
          total = total.plus(sum);
        }
        expect(total.toFixed(2)).toBe(result.totals.expectedUsd);
        expect(new Money(result.totals.lowUsd).lte(result.totals.expectedUsd)).toBe(true);
        expect(new Money(result.totals.expectedUsd).lte(result.totals.highUsd)).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test('no line is NaN, negative or silently zero', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        for (const line of estimate(input).components.flatMap((item) => item.lines)) {
          if (line.status !== 'priced') {
            expect(line.reason.en.length).toBeGreaterThan(0);
            continue;
          }
          expect(line.usd).toMatch(/^\d+\.\d{2}$/);
          expect(line.exactUsd).toMatch(/^\d+(\.\d+)?$/);
          expect(new Money(line.quantity).gt(0)).toBe(true);
          if (line.usd === '0.00') expect(line.belowOneCent || line.freeQuantity !== null).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  test('more usage never costs less', () => {
    const growing = USAGE_KEYS.filter((key) => {
      const definition = USAGE_SCHEMA[key] as UsageDefinition;
      return definition.kind === 'number' && definition.uncertain;
    });
    fc.assert(
      fc.property(scenario, fc.constantFrom(...growing), fc.double({ min: 1, max: 20, noNaN: true }), (input, key, factor) => {
        const base = resolveAssumptions(input.architecture.sizing, { overrides: input.choices });
        const definition = USAGE_SCHEMA[key as UsageKey] as NumberUsageDefinition;
        let grown = (base.values[key] as InstanceType<typeof Money>).times(factor);
        if (definition.integer) grown = ceilWhole(grown);
        if (definition.max !== undefined) grown = smallest(grown, definition.max);
        const before = estimate(input);
        const after = estimate(input, { [key]: grown.toFixed() });
        expect(new Money(after.totals.expectedUsd).gte(before.totals.expectedUsd), `${key} ×${factor}`).toBe(true);
      }),
      { numRuns: 150 },
    );
  });

  test('the same inputs give the same cents', () => {
    fc.assert(
      fc.property(scenario, (input) => {
        expect(JSON.stringify(estimate(input))).toBe(JSON.stringify(estimate(input)));
      }),
      { numRuns: 30 },
    );
  });
});

describe('tier properties', () => {
  const tiered = PRICE_KEY_IDS.filter((key) => priceKeyDefinition(key).tiered);

  test('charges are continuous: a small step costs between the cheapest and dearest tier price times the step', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...PRICING_REGIONS),
        fc.constantFrom(...tiered),
        fc.double({ min: 0, max: 3e10, noNaN: true }),
        fc.double({ min: 1e-6, max: 1000, noNaN: true }),
        (region, key, quantity, step) => {
          const variants: readonly (string | null)[] = priceKeyDefinition(key).variants ?? [null];
          for (const variant of variants) {
            const tiers = books[region]?.tiers(key, variant) ?? [];
            const q = new Money(quantity);
            const delta = new Money(step);
            const a = chargeTiers(q, tiers);
            const b = chargeTiers(q.plus(delta), tiers);
            const pricedStep = delta.minus(b.unpricedQuantity.minus(a.unpricedQuantity));
            const prices = tiers.map((tier) => tier.usd);
            const difference = b.exactUsd.minus(a.exactUsd);
            // Slack far below a cent absorbs the last digit of 28-digit decimal arithmetic.
            expect(difference.minus(pricedStep.times(prices.reduce((low, price) => smallest(low, price)))).gte('-1e-15')).toBe(true);
            expect(difference.minus(pricedStep.times(prices.reduce((high, price) => largest(high, price)))).lte('1e-15')).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  test('splitting a quantity at any point and continuing from the offset costs the same', () => {
    fc.assert(
      fc.property(fc.constantFrom(...tiered), fc.double({ min: 0, max: 2e10, noNaN: true }), fc.double({ min: 0, max: 2e10, noNaN: true }), (key, first, second) => {
        const variants: readonly (string | null)[] = priceKeyDefinition(key).variants ?? [null];
        const tiers = books['us-east-1']?.tiers(key, variants[0] ?? null) ?? [];
        const whole = chargeTiers(new Money(first).plus(second), tiers);
        const split = chargeTiers(new Money(first), tiers).exactUsd.plus(chargeTiers(new Money(second), tiers, new Money(first)).exactUsd);
        expect(split.minus(whole.exactUsd).abs().lt('1e-12')).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});
