import { describe, expect, test } from 'vitest';
import type { CostLine } from '../../../src/core/cost/cost-line';
import { type Estimate, estimateCost } from '../../../src/core/cost/estimate';
import { Money } from '../../../src/core/cost/money';
import { InputError } from '../../../src/core/errors';
import { createPriceBook } from '../../../src/core/pricing/price-book';
import { resolveAssumptions } from '../../../src/core/sizing/assumptions';
import { committedBook, committedSnapshot } from '../pricing/snapshot-records';
import { component, everyService, model, S3_ZONES, STREAMING_LAKE, WAREHOUSE_MIGRATION } from './fixtures/models';

const us = committedBook('us-east-1');
const sa = committedBook('sa-east-1');

function lines(estimate: Estimate): CostLine[] {
  return estimate.components.flatMap((item) => item.lines);
}

function componentOf(estimate: Estimate, id: string) {
  const found = estimate.components.find((item) => item.componentId === id);
  if (found === undefined) throw new Error(`no component ${id}`);
  return found;
}

describe('estimateCost', () => {
  const lake = estimateCost(STREAMING_LAKE, resolveAssumptions(STREAMING_LAKE.sizing), us);

  test('the total is the sum of the rounded lines, and each component the sum of its lines', () => {
    const priced = lines(lake).flatMap((line) => (line.status === 'priced' ? [line.usd] : []));
    expect(priced.reduce((total, usd) => total.plus(usd), new Money(0)).toFixed(2)).toBe(lake.totals.expectedUsd);
    for (const item of lake.components) {
      const sum = item.lines.reduce((total, line) => (line.status === 'priced' ? total.plus(line.usd) : total), new Money(0));
      expect(sum.toFixed(2)).toBe(item.usd);
    }
  });

  test('every priced line carries quantity, unit, unit price, formula in both languages, SKU and price date', () => {
    for (const line of lines(lake)) {
      if (line.status !== 'priced') continue;
      expect(line.quantity).toMatch(/^\d+(\.\d+)?$/);
      expect(line.unit.en.length).toBeGreaterThan(0);
      expect(line.unitPriceUsd).toMatch(/^\d+(\.\d+)?$/);
      expect(line.formula.en).toContain(' = ');
      expect(line.formula['pt-BR']).toContain('US$');
      expect(line.price.sku).toMatch(/^[A-Z0-9]{16}$/);
      expect(line.price.priceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  test('the low / expected / high band brackets the total', () => {
    const { lowUsd, expectedUsd, highUsd } = lake.totals;
    expect(new Money(lowUsd).lte(expectedUsd)).toBe(true);
    expect(new Money(expectedUsd).lte(highUsd)).toBe(true);
    expect(new Money(lowUsd).lt(highUsd)).toBe(true);
  });

  test('shows tiers for S3 storage and fills them bronze → silver → gold', () => {
    const big = model(S3_ZONES, { dailyIngestGb: 1000, retainedHistoryGb: 400_000 });
    const estimate = estimateCost(big, resolveAssumptions(big.sizing), us);
    const storage = (id: string) => componentOf(estimate, id).lines.find((line) => line.id === 's3.storage');
    const bronze = storage('s3-bronze');
    const silver = storage('s3-silver');
    expect(bronze?.status === 'priced' && bronze.tiers?.map((tier) => [tier.beginRange, tier.quantity])).toEqual([
      ['0', '51200'],
      ['51200', '348800'],
    ]);
    // Silver starts where bronze stopped: 400,000 GB into the 51,200–512,000 tier.
    expect(silver?.status === 'priced' && silver.tiers?.map((tier) => [tier.beginRange, tier.quantity, tier.unitPriceUsd])).toEqual([
      ['51200', '100000', '0.022'],
    ]);
  });

  test('a service the data cannot price is "not priced" with the reason, never $0', () => {
    const estimate = estimateCost(WAREHOUSE_MIGRATION, resolveAssumptions(WAREHOUSE_MIGRATION.sizing), us);
    expect(componentOf(estimate, 'snowball')).toMatchObject({ status: 'not-priced', usd: '0.00', lines: [] });
    expect(componentOf(estimate, 'snowball').reason?.en).toContain('not in the price data');
    expect(componentOf(estimate, 'emr').status).toBe('partially-priced');
    expect(componentOf(estimate, 'redshift').lines.find((line) => line.id === 'redshift.managed-storage')?.status).toBe('not-priced');
    expect(componentOf(estimate, 'schema-conversion-tool')).toMatchObject({ status: 'free' });
    expect(estimate.totals.excludesUnpriced).toBe(true);
    expect(estimate.notPriced.map((item) => `${item.componentId}/${item.lineId ?? ''}`)).toEqual([
      'snowball/',
      'redshift/redshift.managed-storage',
      'redshift-spectrum/',
      'emr/emr.ec2-instances',
    ]);
  });

  test('a price missing from a region snapshot becomes a not-priced line', () => {
    const snapshot = committedSnapshot('sa-east-1');
    const book = createPriceBook({ ...snapshot, records: snapshot.records.filter((record) => record.priceKey !== 'athena.data-scanned') });
    const estimate = estimateCost(model([component('athena', 'interactive-sql')]), resolveAssumptions({}), book);
    const [only] = componentOf(estimate, 'athena').lines;
    expect(only).toMatchObject({ status: 'not-priced', id: 'athena.data-scanned', reason: { en: 'The price snapshot has no athena.data-scanned price for sa-east-1.' } });
    expect(estimate.totals.expectedUsd).toBe('0.00');
  });

  test('switching region reprices every line from that region\'s snapshot', () => {
    const inSaoPaulo = estimateCost(STREAMING_LAKE, resolveAssumptions(STREAMING_LAKE.sizing), sa);
    expect(inSaoPaulo.region).toBe('sa-east-1');
    expect(new Money(inSaoPaulo.totals.expectedUsd).gt(lake.totals.expectedUsd)).toBe(true);
    const athenaPrice = (estimate: Estimate) => {
      const [first] = componentOf(estimate, 'athena').lines;
      return first?.status === 'priced' ? first.unitPriceUsd : undefined;
    };
    expect([athenaPrice(lake), athenaPrice(inSaoPaulo)]).toEqual(['5', '9']);
  });

  test('the free tier is off by default and, when on, shows what it took', () => {
    const serverless = model([component('lambda', 'stream-processing'), component('glue-data-catalog', 'data-catalog')], { eventsPerSecond: 10 });
    const off = estimateCost(serverless, resolveAssumptions(serverless.sizing), us);
    const on = estimateCost(serverless, resolveAssumptions(serverless.sizing), us, { freeTier: true });
    expect(off.freeTier.applied).toBe(false);
    expect(lines(off).every((line) => line.status !== 'priced' || line.freeQuantity === null)).toBe(true);
    expect(on.freeTier.applied).toBe(true);
    const catalogStorage = componentOf(on, 'glue-data-catalog').lines.find((line) => line.id === 'glue-data-catalog.storage');
    expect(catalogStorage).toMatchObject({ status: 'priced', quantity: '20000', freeQuantity: '20000', usd: '0.00', belowOneCent: false });
    expect(new Money(on.totals.expectedUsd).lt(off.totals.expectedUsd)).toBe(true);
  });

  test('a component with no usage says so instead of showing $0 lines', () => {
    const noQueries = model([component('athena', 'interactive-sql')], { queriesPerDay: 0 });
    const estimate = estimateCost(noQueries, resolveAssumptions(noQueries.sizing), us);
    expect(componentOf(estimate, 'athena')).toMatchObject({ status: 'no-usage', lines: [], reason: { en: 'No usage under the current assumptions.' } });
  });

  test('adds BRL at the user\'s dated rate and keeps USD', () => {
    const estimate = estimateCost(STREAMING_LAKE, resolveAssumptions(STREAMING_LAKE.sizing), us, { exchangeRate: { brlPerUsd: '5.40', date: '2026-11-20' }, today: '2026-12-05' });
    expect(estimate.totals.expectedUsd).toBe(lake.totals.expectedUsd);
    expect(estimate.brl).toMatchObject({ brlPerUsd: '5.40', date: '2026-11-20' });
    const brlSum = lines(estimate).reduce((total, line) => (line.status === 'priced' ? total.plus(line.brl ?? 'NaN') : total), new Money(0));
    expect(brlSum.toFixed(2)).toBe(estimate.brl?.expected);
    expect(() => estimateCost(STREAMING_LAKE, resolveAssumptions({}), us, { exchangeRate: { brlPerUsd: '-5', date: '20/11/2026' }, today: '2026-12-05' })).toThrowErrorMatchingInlineSnapshot(`
      [InputError: exchange rate: expected BRL per USD as a positive decimal such as 5.40, received "-5"
      exchange rate date: expected a calendar day as YYYY-MM-DD, received "20/11/2026"]
    `);
    expect(() => estimateCost(STREAMING_LAKE, resolveAssumptions({}), us, { exchangeRate: { brlPerUsd: '5.40', date: '2026-02-30' }, today: '2026-12-05' })).toThrow(
      'exchange rate date: expected a calendar day as YYYY-MM-DD, received "2026-02-30"',
    );
  });

  test('refuses a rate dated after the user\'s today, naming both days, and takes one dated today', () => {
    const assumptions = resolveAssumptions(STREAMING_LAKE.sizing);
    expect(estimateCost(STREAMING_LAKE, assumptions, us, { exchangeRate: { brlPerUsd: '5.40', date: '2026-12-05' }, today: '2026-12-05' }).brl?.date).toBe('2026-12-05');
    let refusal: unknown;
    try {
      estimateCost(STREAMING_LAKE, assumptions, us, { exchangeRate: { brlPerUsd: '5.40', date: '2026-12-06' }, today: '2026-12-05' });
    } catch (error) {
      refusal = error;
    }
    expect(refusal).toBeInstanceOf(InputError);
    expect((refusal as InputError).message).toBe('exchange rate date: 2026-12-06 is in the future (today is 2026-12-05); give the day you read the rate');
    expect((refusal as InputError).issues).toEqual([
      { path: ['exchangeRate', 'date'], message: (refusal as InputError).message, problem: { kind: 'after-today', day: '2026-12-06', today: '2026-12-05' } },
    ]);
    // The core has no clock: a rate without the day to check it against is a caller's mistake, not the user's.
    expect(() => estimateCost(STREAMING_LAKE, assumptions, us, { exchangeRate: { brlPerUsd: '5.40', date: '2026-12-05' } })).toThrow('an exchange rate is checked against today');
  });

  test('the 10× view says what dominates as data grows', () => {
    const { sensitivity } = lake;
    expect(sensitivity.factor).toBe(10);
    expect(sensitivity.rows[0]?.componentId).toBe(sensitivity.dominant);
    expect(new Money(sensitivity.totalUsd).gt(lake.totals.expectedUsd)).toBe(true);
    const quicksight = sensitivity.rows.find((row) => row.componentId === 'quicksight');
    expect(quicksight?.growth).toBe('1.00');
  });

  test('lists the assumptions it used, with where each value came from', () => {
    const keys = lake.assumptions.map((row) => row.key);
    expect(keys).toContain('eventsPerSecond');
    expect(keys).toContain('retainedHistoryGb');
    expect(keys).toContain('dailyIngestGb');
    expect(lake.assumptions.find((row) => row.key === 'eventsPerSecond')).toMatchObject({ value: '1000', provenance: 'answer' });
    expect(lake.assumptions.find((row) => row.key === 'retainedHistoryGb')).toMatchObject({ value: '73000', provenance: 'derived' });
    expect(keys).not.toContain('mskBrokerCount');
  });

  test('prices every catalog service or says why not', () => {
    const estimate = estimateCost(everyService(), resolveAssumptions({}), us);
    for (const item of estimate.components) {
      expect(['priced', 'partially-priced', 'not-priced', 'free', 'no-usage']).toContain(item.status);
      if (item.status !== 'priced' && item.status !== 'partially-priced') expect(item.reason ?? item.lines.find((line) => line.status === 'not-priced')).toBeDefined();
    }
  });

  test('gives the same cents after a JSON round trip (what the CLI and the site exchange)', () => {
    const copy = JSON.parse(JSON.stringify(lake)) as Estimate;
    expect(copy.totals).toEqual(lake.totals);
    expect(copy.components[0]?.lines[0]).toEqual(JSON.parse(JSON.stringify(lake.components[0]?.lines[0])));
  });

  test('rejects a model that breaks the advisor contract', () => {
    const twice = model([component('athena', 'interactive-sql'), component('athena', 'interactive-sql', 'athena-2'), component('s3', 'bronze-zone', 's3-bronze'), component('s3', 'bronze-zone', 's3-raw')]);
    expect(() => estimateCost(twice, resolveAssumptions({}), us)).toThrow(InputError);
    expect(() => estimateCost(twice, resolveAssumptions({}), us)).toThrowErrorMatchingInlineSnapshot(`
      [InputError: architecture model: components[1] (athena-2): service "athena" already appears as athena; the cost model prices each service once
      components[3] (s3-raw): S3 zone "bronze" is already s3-bronze]
    `);
  });
});
