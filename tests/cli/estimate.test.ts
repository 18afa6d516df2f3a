import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main';
import { parseAnswersOrThrow } from '../../src/core/answers/parse';
import { recommend } from '../../src/core/architecture/recommend';
import { type Estimate, estimateCost } from '../../src/core/cost/estimate';
import { parseUsageOverrides, resolveAssumptions } from '../../src/core/sizing/assumptions';
import { loadBundledPriceBook } from '../../src/data/price-snapshot/bundled';
import { lakewise } from '../support/lakewise-cli';

const ANSWERS = resolve(import.meta.dirname, '../fixtures/answers');
const BATCH = resolve(ANSWERS, 'batch-data-lake.json');
const STREAMING = resolve(ANSWERS, 'realtime-streaming.json');

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['estimate', ...args], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

describe('lakewise estimate', () => {
  test('prints a priced table in the answers\' region and language', async () => {
    const result = await run(BATCH);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Estimativa de custo mensal — Região sa-east-1');
    expect(result.stdout).toMatch(/Total \(esperado\): US\$ [\d.]+,\d{2}/);
    expect(result.stdout).toContain('Datas dos preços');
  });

  test('JSON gives the same cents as the core estimate the site computes', async () => {
    const result = await run(STREAMING, '--format', 'json', '--set', 'events_per_second=500', '--free-tier');
    expect(result.code).toBe(0);
    const printed = JSON.parse(result.stdout) as Estimate;
    const answers = parseAnswersOrThrow(JSON.parse(readFileSync(STREAMING, 'utf8')));
    const plan = recommend(answers);
    const region = (answers.opportunity.region ?? 'us-east-1') as 'us-east-1';
    const direct = estimateCost(plan, resolveAssumptions(plan.sizing, { overrides: parseUsageOverrides(['events_per_second=500']) }), await loadBundledPriceBook(region), { freeTier: true });
    expect(printed.totals).toEqual(direct.totals);
    expect(printed.components.map((item) => [item.componentId, item.usd])).toEqual(direct.components.map((item) => [item.componentId, item.usd]));
    expect(printed.assumptions.find((row) => row.key === 'eventsPerSecond')).toMatchObject({ value: '500', provenance: 'override' });
  });

  test('--region reprices everything', async () => {
    const saoPaulo = JSON.parse((await run(BATCH, '--format', 'json')).stdout) as Estimate;
    const virginia = JSON.parse((await run(BATCH, '--format', 'json', '--region', 'us-east-1')).stdout) as Estimate;
    expect(saoPaulo.region).toBe('sa-east-1');
    expect(virginia.region).toBe('us-east-1');
    expect(saoPaulo.totals.expectedUsd).not.toBe(virginia.totals.expectedUsd);
  });

  test('CSV and markdown, with BRL at a dated rate', async () => {
    const csv = await run(BATCH, '--format', 'csv', '--locale', 'en', '--brl-rate', '5.40', '--brl-date', '2026-11-20');
    expect(csv.code).toBe(0);
    expect(csv.stdout.split('\r\n')[0]).toBe('component_id,service_id,line_id,line,status,quantity,unit,unit_price_usd,monthly_usd,monthly_brl,sku,rate_codes,price_date,formula_or_reason');
    const markdown = await run(BATCH, '--format', 'markdown', '--locale', 'en', '--brl-rate', '5.40', '--brl-date', '2026-11-20');
    expect(markdown.stdout).toContain('| Monthly (USD) | Monthly (BRL) |');
    expect(markdown.stdout).toContain('BRL at the rate you entered: 5.40 BRL/USD (2026-11-20)');
  });

  test('lists the usage keys --set accepts', async () => {
    const result = await run('--list-usage');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('events_per_second (eventsPerSecond)');
  });

  test.each([
    [['--set', 'events_per_second=abc'], 1, 'lakewise estimate: --set events_per_second=abc: expected a number ≥ 0, received "abc"'],
    [['--region', 'us-west-2'], 2, 'lakewise estimate: --region: no price snapshot for "us-west-2": expected one of us-east-1, sa-east-1, eu-west-1'],
    [['--brl-rate', '5.40'], 2, 'lakewise estimate: --brl-rate and --brl-date go together'],
    [['--brl-rate', 'cinco', '--brl-date', '2026-11-20'], 1, 'exchange rate: expected BRL per USD as a positive decimal such as 5.40, received "cinco"'],
    [['--format', 'pdf'], 2, '--format: expected one of table, json, csv, markdown, received "pdf"'],
  ])('bad input %j exits %i with a clear message', async (args, code, message) => {
    const result = await run(BATCH, ...args);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  test('npx lakewise estimate runs from the real binary', async () => {
    const result = await lakewise('estimate', BATCH, '--format', 'json');
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Estimate).region).toBe('sa-east-1');
  });
});
