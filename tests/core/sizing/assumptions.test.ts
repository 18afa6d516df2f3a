import { describe, expect, test } from 'vitest';
import { InputError } from '../../../src/core/errors';
import { parseUsageOverrides, resolveAssumptions, usageKeyFromFlag } from '../../../src/core/sizing/assumptions';
import { SIZING_PRESETS, USAGE_KEYS, USAGE_SCHEMA, type UsageDefinition } from '../../../src/core/sizing/usage-schema';

describe('resolveAssumptions', () => {
  test('the user\'s override beats the customer\'s answer, which beats the preset', () => {
    const assumptions = resolveAssumptions({ eventsPerSecond: 800, queriesPerDay: 30 }, { preset: 'large', overrides: { eventsPerSecond: '500' } });
    expect(assumptions.values.eventsPerSecond?.toString()).toBe('500');
    expect(assumptions.provenance.eventsPerSecond).toBe('override');
    expect(assumptions.values.queriesPerDay?.toString()).toBe('30');
    expect(assumptions.provenance.queriesPerDay).toBe('answer');
    expect(assumptions.values.dashboardReaders?.toString()).toBe('200');
    expect(assumptions.provenance.dashboardReaders).toBe('preset');
  });

  test('derives keys from others and records what they came from', () => {
    const assumptions = resolveAssumptions({ dailyIngestGb: 10, rawArchiveAfterDays: 30, retainedHistoryGb: 1000 });
    expect(assumptions.values.archivedGb?.toString()).toBe('700');
    expect(assumptions.provenance.archivedGb).toBe('derived');
    expect(assumptions.dependencies.archivedGb).toEqual(['retainedHistoryGb', 'dailyIngestGb', 'rawArchiveAfterDays']);
    expect(resolveAssumptions({ dailyIngestGb: 10 }).values.retainedHistoryGb?.toString()).toBe('3650');
  });

  test('150 GB a day of 1 KB events is exactly 4,784,128,000 events a month, not one more', () => {
    const assumptions = resolveAssumptions({ dailyIngestGb: 150, eventsPerSecond: 1_000_000, recordSizeKb: 1 });
    expect(assumptions.values.dailyStreamGb?.toString()).toBe('150');
    // 150 × 1,048,576 KB × 365 ÷ 12 months
    expect(assumptions.values.monthlyStreamEvents?.toString()).toBe('4784128000');
    expect(assumptions.values.monthlyLambdaRequests?.toString()).toBe('47841280');
  });

  test('refuses a customer figure above its limit, naming it and the limit', () => {
    expect(() => resolveAssumptions({ dailyIngestGb: 1e308, eventsPerSecond: 2e8 })).toThrowErrorMatchingInlineSnapshot(`
      [InputError: usage assumptions: sizing.dailyIngestGb: expected a number ≤ 10485760, received 1e+308
      usage assumptions: sizing.eventsPerSecond: expected a number ≤ 100000000, received 200000000]
    `);
  });

  test('every preset resolves every key within its bounds', () => {
    for (const preset of SIZING_PRESETS) {
      const assumptions = resolveAssumptions({}, { preset });
      for (const key of USAGE_KEYS) {
        const definition = USAGE_SCHEMA[key] as UsageDefinition;
        const value = assumptions.values[key];
        if (definition.kind === 'choice') expect(definition.options).toContain(value);
        else expect(Number((value as { toString(): string }).toString())).toBeGreaterThanOrEqual(definition.min);
      }
    }
  });

  test('names every bad sizing input and override at once', () => {
    expect(() => resolveAssumptions({ eventsPerSecond: -5, dashboardReaders: 2.5 }, { overrides: { lambdaMemoryMb: '64', kinesisCapacityMode: 'turbo' } })).toThrowErrorMatchingInlineSnapshot(`
      [InputError: usage assumptions: overrides.lambdaMemoryMb: expected a number ≥ 128, received 64
      usage assumptions: overrides.kinesisCapacityMode: expected one of provisioned, on-demand, received "turbo"
      usage assumptions: sizing.eventsPerSecond: expected a number ≥ 0, received -5
      usage assumptions: sizing.dashboardReaders: expected a whole number, received 2.5]
    `);
  });
});

describe('parseUsageOverrides', () => {
  test('accepts snake_case and camelCase keys', () => {
    expect(usageKeyFromFlag('events_per_second')).toBe('eventsPerSecond');
    expect(parseUsageOverrides(['events_per_second=500', 'lambdaArchitecture=arm', 'scanned_gb_per_query=0.25'])).toEqual({
      eventsPerSecond: '500',
      lambdaArchitecture: 'arm',
      scannedGbPerQuery: '0.25',
    });
  });

  test('explains every bad pair', () => {
    let message = '';
    try {
      parseUsageOverrides(['events_per_second=abc', 'eventz=1', 'noequals', 'lambda_architecture=sparc']);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      message = (error as Error).message;
    }
    expect(message).toMatchInlineSnapshot(`
      "--set events_per_second=abc: expected a number ≥ 0, received "abc"
      --set eventz=1: unknown usage key "eventz" (did you mean eventsPerSecond?)
      --set noequals: expected key=value, e.g. events_per_second=500
      --set lambda_architecture=sparc: expected one of x86, arm, received "sparc""
    `);
  });
});

describe('parseUsageOverrides limits', () => {
  test('refuses a value above the key\'s limit, or above the limit every usage figure has, naming key and limit', () => {
    expect(() => parseUsageOverrides(['eventsPerSecond=1e400', 'daily_ingest_gb=10485761', 'scanned_gb_per_query=1e30', 'daily_ingest_gb=10485760'])).toThrowErrorMatchingInlineSnapshot(`
      [InputError: --set eventsPerSecond=1e400: expected a number ≤ 100000000, received 1e+400
      --set daily_ingest_gb=10485761: expected a number ≤ 10485760, received 10485761
      --set scanned_gb_per_query=1e30: expected a number ≤ 1000000000000000000, received 1000000000000000000000000000000]
    `);
    expect(parseUsageOverrides(['daily_ingest_gb=10485760', 'events_per_second=100000000'])).toEqual({ dailyIngestGb: '10485760', eventsPerSecond: '100000000' });
  });
});

describe('USAGE_SCHEMA', () => {
  test('documents every key once: bilingual label, unit, default and its source', () => {
    for (const key of USAGE_KEYS) {
      const definition = USAGE_SCHEMA[key] as UsageDefinition;
      expect(definition.label.en && definition.label['pt-BR'], key).toBeTruthy();
      expect(definition.defaultSource.en && definition.defaultSource['pt-BR'], key).toBeTruthy();
      if (definition.kind === 'number') {
        expect(definition.unit.en && definition.unit['pt-BR'], key).toBeTruthy();
        expect((definition.preset === undefined) !== (definition.derive === undefined), `${key}: exactly one of preset and derive`).toBe(true);
      }
    }
  });

  test('keys put the unit last and per-month counts start with monthly', () => {
    for (const key of USAGE_KEYS) {
      expect(key).toMatch(/^[a-z][A-Za-z0-9]*$/);
      expect(key.toLowerCase().includes('average')).toBe(false);
      if (/PerMonth$/.test(key)) throw new Error(`${key}: use the monthly prefix`);
    }
  });
});
