import { describe, expect, test } from 'vitest';
import { parseAnswers } from '../../src/core/answers/parse';
import { recommend } from '../../src/core/architecture/recommend';
import { estimateCost } from '../../src/core/cost/estimate';
import { toMermaid } from '../../src/core/diagram/mermaid';
import { resolveAssumptions } from '../../src/core/sizing/assumptions';
import { exampleAnswers } from '../../src/core/examples';
import { BUNDLED_SNAPSHOT_INDEX, loadBundledPriceBook } from '../../src/data/price-snapshot/bundled';
import { createCostDerivations, priceFreshness, STALE_PRICES_AFTER_DAYS } from '../../src/store/cost-derived';
import { createDerivations, pricingRegionFor, relevantObjections, type ObjectionCard } from '../../src/store/derived';
import { memoizeLast } from '../../src/store/memo';

const streaming = exampleAnswers('real-time-streaming');

describe('createDerivations', () => {
  test('the architecture is the advisor’s, and the same answers give the same object', () => {
    const derive = createDerivations();
    const model = derive.architecture(streaming);
    expect(model).toEqual(recommend(streaming));
    expect(derive.architecture(streaming)).toBe(model);
    const changed = parseAnswers({ ...streaming, freshness: 'daily-batch' });
    if (!changed.ok) throw changed.error;
    expect(derive.architecture(changed.answers)).not.toBe(model);
  });

  test('a changed quantity keeps the same component list, so views of it do not redraw', () => {
    const derive = createDerivations();
    const model = derive.architecture(streaming);
    const more = parseAnswers({ ...streaming, volume: { ...streaming.volume, dailyIngestGb: 401 } });
    if (!more.ok) throw more.error;
    const next = derive.architecture(more.answers);
    expect(next).toEqual(recommend(more.answers));
    expect(next).not.toBe(model);
    expect(next.components).toBe(model.components);
    expect(next.sizing).not.toBe(model.sizing);
    const back = parseAnswers({ ...streaming });
    if (!back.ok) throw back.error;
    const again = derive.architecture(back.answers);
    expect(again).toEqual(model);
    expect(again.components).toBe(model.components);
  });

  test('the diagram is the core’s Mermaid text for the conversation language and customer name', () => {
    const derive = createDerivations();
    const model = derive.architecture(streaming);
    expect(derive.diagram(model, 'pt-BR', 'PagFácil')).toEqual(toMermaid(model, { locale: 'pt-BR', customerName: 'PagFácil' }));
    expect(derive.diagram(model, 'en', undefined)).toEqual(toMermaid(model, { locale: 'en' }));
  });
});

describe('createCostDerivations', () => {
  test('the estimate is estimateCost’s, remembered while nothing changes', async () => {
    const book = await loadBundledPriceBook('sa-east-1');
    const derive = createCostDerivations();
    const model = recommend(streaming);
    const overrides = {};
    const assumptions = derive.assumptions(model.sizing, 'medium', overrides);
    expect(derive.assumptions(model.sizing, 'medium', overrides)).toBe(assumptions);
    const result = derive.estimate(model, assumptions, book, false, undefined);
    expect(result).toEqual({ estimate: estimateCost(model, resolveAssumptions(model.sizing), book) });
    expect(derive.estimate(model, assumptions, book, false, undefined)).toBe(result);
  });

  test('an exchange rate the cost model refuses leaves the estimate in USD and says why', async () => {
    const book = await loadBundledPriceBook('us-east-1');
    const derive = createCostDerivations();
    const model = recommend(streaming);
    const result = derive.estimate(model, derive.assumptions(model.sizing, 'medium', {}), book, false, { brlPerUsd: '5,40', date: '2026-11-20' }, '2026-12-05');
    expect(result.estimate.brl).toBeUndefined();
    expect(result.exchangeRateIssues).toEqual([
      {
        path: ['exchangeRate', 'brlPerUsd'],
        message: 'exchange rate: expected BRL per USD as a positive decimal such as 5.40, received "5,40"',
        problem: { kind: 'not-a-rate' },
      },
    ]);
  });

  test('a rate dated after the user\'s today leaves the estimate in USD, naming the day; the same rate dated today applies', async () => {
    const book = await loadBundledPriceBook('us-east-1');
    const derive = createCostDerivations();
    const model = recommend(streaming);
    const assumptions = derive.assumptions(model.sizing, 'medium', {});
    const refused = derive.estimate(model, assumptions, book, false, { brlPerUsd: '5.40', date: '2026-12-06' }, '2026-12-05');
    expect(refused.estimate.brl).toBeUndefined();
    expect(refused.exchangeRateIssues?.map((issue) => [issue.path, issue.problem])).toEqual([[['exchangeRate', 'date'], { kind: 'after-today', day: '2026-12-06', today: '2026-12-05' }]]);
    const applied = derive.estimate(model, assumptions, book, false, { brlPerUsd: '5.40', date: '2026-12-06' }, '2026-12-06');
    expect(applied.exchangeRateIssues).toBeUndefined();
    expect(applied.estimate.brl?.date).toBe('2026-12-06');
  });
});

describe('pricingRegionFor', () => {
  test('prices the customer’s region when the snapshot has it, else the default, naming the region asked for', () => {
    expect(pricingRegionFor('sa-east-1')).toEqual({ region: 'sa-east-1' });
    expect(pricingRegionFor(undefined)).toEqual({ region: 'us-east-1' });
    expect(pricingRegionFor('ap-southeast-2')).toEqual({ region: 'us-east-1', unpricedRegion: 'ap-southeast-2' });
  });
});

describe('relevantObjections', () => {
  const card = (slug: string, services: ObjectionCard['services']): ObjectionCard => ({ slug, title: slug, objection: '', answer: '', services });

  test('keeps objections about chosen services, most services in common first, then playbook order', () => {
    const model = recommend(streaming);
    const chosen = model.components.map((component) => component.serviceId);
    const [first, second] = chosen as [ObjectionCard['services'][number], ObjectionCard['services'][number]];
    const cards = [card('one-service', [first]), card('unrelated', ['snowball']), card('two-services', [first, second]), card('also-one', [second])];
    expect(chosen).not.toContain('snowball');
    expect(relevantObjections(model.components, cards).map((entry) => entry.slug)).toEqual(['two-services', 'one-service', 'also-one']);
  });
});

describe('priceFreshness', () => {
  const summary = BUNDLED_SNAPSHOT_INDEX.regions['sa-east-1'];
  const oldest = Object.values(summary?.services ?? {})
    .map((service) => service.retrieved)
    .sort()[0] as string;

  test('counts age from the oldest retrieval day and warns past the limit', () => {
    const day = (offset: number) => new Date(Date.parse(`${oldest}T12:00:00Z`) + offset * 86_400_000);
    expect(priceFreshness(BUNDLED_SNAPSHOT_INDEX, 'sa-east-1', day(STALE_PRICES_AFTER_DAYS))).toMatchObject({
      retrievedDate: oldest,
      ageDays: STALE_PRICES_AFTER_DAYS,
      stale: false,
    });
    expect(priceFreshness(BUNDLED_SNAPSHOT_INDEX, 'sa-east-1', day(STALE_PRICES_AFTER_DAYS + 1))).toMatchObject({
      ageDays: STALE_PRICES_AFTER_DAYS + 1,
      stale: true,
    });
    expect(priceFreshness(BUNDLED_SNAPSHOT_INDEX, 'sa-east-1', day(0))?.snapshotDate).toBe(summary?.generatedAt.slice(0, 10));
  });
});

describe('memoizeLast', () => {
  test('recomputes only when an argument changes identity', () => {
    let calls = 0;
    const double = memoizeLast((values: readonly number[]) => {
      calls += 1;
      return values.map((value) => value * 2);
    });
    const input = [1, 2];
    expect(double(input)).toBe(double(input));
    expect(calls).toBe(1);
    expect(double([1, 2])).toEqual([2, 4]);
    expect(calls).toBe(2);
  });
});
