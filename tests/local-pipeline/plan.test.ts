import { describe, expect, test } from 'vitest';
import { parseAnswersOrThrow } from '../../src/core/answers/parse';
import { recommend } from '../../src/core/architecture/recommend';
import { goldConsumersFor, planLocalPipeline, sampleDatasetsFor } from '../../src/local-pipeline/plan';

const answers = (input: Record<string, unknown>) => parseAnswersOrThrow({ schemaVersion: 2, ...input }, 'test answers');

describe('planLocalPipeline', () => {
  test('stands sample datasets in for the sources the customer named', () => {
    const iot = answers({ sources: { kinds: ['iot', 'logs'] }, freshness: 'daily-batch' });
    expect(sampleDatasetsFor(iot, { ...recommend(iot), components: [] })).toEqual(['sensor_readings', 'app_logs']);
    const none = answers({});
    expect(sampleDatasetsFor(none, { ...recommend(none), components: [] })).toEqual(['customers', 'orders']);
  });

  test('builds the gold tables the consumers need and only those whose data exists', () => {
    const ml = answers({ sources: { kinds: ['relational-databases', 'event-streams'] }, consumers: { kinds: ['data-science-ml'] } });
    const model = recommend(ml);
    expect(goldConsumersFor(ml, model)).toContain('machine-learning');
    const plan = planLocalPipeline(ml, model, 'hash');
    expect(plan.gold).toContain('customer_features');
    expect(plan.gold).toContain('event_daily');
    expect(plan.gold).not.toContain('device_hourly');
  });

  test('names the flag and the allowed range when an option is out of bounds', () => {
    const input = answers({});
    const model = recommend(input);
    expect(() => planLocalPipeline(input, model, 'h', { rows: 0 })).toThrow(/--rows: expected a whole number from 1/);
    expect(() => planLocalPipeline(input, model, 'h', { rows: 1.5 })).toThrow(/--rows/);
    expect(() => planLocalPipeline(input, model, 'h', { rows: 1 })).toThrow('--rows: expected at least 2, one record for each sample dataset of these answers (customers, orders), received 1');
    expect(() => planLocalPipeline(input, model, 'h', { badRowRate: 0.9 })).toThrow(/--bad-rows: expected a share from 0 to 0.5/);
    expect(() => planLocalPipeline(input, model, 'h', { asOf: '2025-02-30x' })).toThrow(/--as-of: expected a calendar day/);
    expect(() => planLocalPipeline(input, model, 'h', { asOf: '2025-02-30' })).toThrow('--as-of: expected a calendar day as YYYY-MM-DD, received "2025-02-30"');
  });
});
