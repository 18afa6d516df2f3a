import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main';
import { parseAnswersOrThrow } from '../../src/core/answers/parse';
import { recommend } from '../../src/core/architecture/recommend';
import { type Estimate, estimateCost } from '../../src/core/cost/estimate';
import { parseUsageOverrides, resolveAssumptions } from '../../src/core/sizing/assumptions';
import { loadBundledPriceBook } from '../../src/data/price-snapshot/bundled';
import { calendarDayIn } from '../../src/core/calendar';
import { lakewise, lakewiseWithEnv } from '../support/lakewise-cli';

const ANSWERS = resolve(import.meta.dirname, '../fixtures/answers');
const BATCH = resolve(ANSWERS, 'batch-data-lake.json');
const STREAMING = resolve(ANSWERS, 'realtime-streaming.json');
const work = mkdtempSync(join(tmpdir(), 'lakewise-estimate-cli-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

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
    expect(markdown.stdout).toContain('BRL at the rate you entered: 5.40 BRL per USD (20 November 2026)');
    const brazilian = await run(BATCH, '--format', 'table', '--locale', 'pt-BR', '--brl-rate', '5.4', '--brl-date', '2026-11-20');
    expect(brazilian.stdout).toContain('BRL pela cotação informada: R$ 5,40 por US$ 1 (20 de novembro de 2026)');
    expect(brazilian.stdout).toContain('Snapshot de preços de 25 de novembro de 2026');
  });

  test('lists the usage keys --set accepts', async () => {
    const result = await run('--list-usage');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('events_per_second (eventsPerSecond)');
  });

  test.each([
    [['--set', 'events_per_second=abc'], 1, 'lakewise estimate: --set events_per_second=abc: expected a number ≥ 0, received "abc"'],
    [['--set', 'eventsPerSecond=1e400'], 1, 'lakewise estimate: --set eventsPerSecond=1e400: expected a number ≤ 100000000, received 1e+400'],
    [['--region', 'us-west-2'], 2, 'lakewise estimate: --region: no price snapshot for "us-west-2": expected one of us-east-1, sa-east-1, eu-west-1'],
    [['--brl-rate', '5.40'], 2, 'lakewise estimate: --brl-rate and --brl-date go together'],
    [['--brl-rate', 'cinco', '--brl-date', '2026-11-20'], 1, 'exchange rate: expected BRL per USD as a positive decimal such as 5.40, received "cinco"'],
    [['--brl-rate', '5.40', '--brl-date', '2026-02-30'], 1, 'lakewise estimate: exchange rate date: expected a calendar day as YYYY-MM-DD, received "2026-02-30"'],
    [['--format', 'pdf'], 2, '--format: expected one of table, json, csv, markdown, received "pdf"'],
  ])('bad input %j exits %i with a clear message', async (args, code, message) => {
    const result = await run(BATCH, ...args);
    expect(result.code).toBe(code);
    expect(result.stderr).toContain(message);
    expect(result.stdout).toBe('');
  });

  test('refuses a BRL rate dated after today, naming the date, and takes one dated today', async () => {
    const today = calendarDayIn(new Date());
    // Two days on is tomorrow or later in every time zone.
    const future = calendarDayIn(new Date(Date.now() + 2 * 86_400_000));
    const refused = await run(BATCH, '--brl-rate', '5.40', '--brl-date', future);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain(`lakewise estimate: exchange rate date: ${future} is in the future (today is ${today}); give the day you read the rate`);
    expect(refused.stdout).toBe('');
    const accepted = await run(BATCH, '--format', 'json', '--brl-rate', '5.40', '--brl-date', today);
    expect(accepted.code).toBe(0);
    expect((JSON.parse(accepted.stdout) as Estimate).brl).toMatchObject({ brlPerUsd: '5.40', date: today });
  });

  test('"today" is the day on the calendar of the person running it, wherever they are', async () => {
    // Kiritimati (UTC+14) is always a calendar day ahead of Pago Pago (UTC−11).
    const kiritimatiToday = calendarDayIn(new Date(), 'Pacific/Kiritimati');
    const ahead = await lakewiseWithEnv({ TZ: 'Pacific/Kiritimati' }, 'estimate', BATCH, '--format', 'json', '--brl-rate', '5.40', '--brl-date', kiritimatiToday);
    expect(ahead.code).toBe(0);
    const behind = await lakewiseWithEnv({ TZ: 'Pacific/Pago_Pago' }, 'estimate', BATCH, '--brl-rate', '5.40', '--brl-date', kiritimatiToday);
    expect(behind.code).toBe(1);
    expect(behind.stderr).toContain(`exchange rate date: ${kiritimatiToday} is in the future (today is ${calendarDayIn(new Date(), 'Pacific/Pago_Pago')})`);
  });

  test('refuses a volume above its limit in the answers file, naming the field and the limit', async () => {
    const file = join(work, 'huge.json');
    writeFileSync(file, JSON.stringify({ ...JSON.parse(readFileSync(BATCH, 'utf8')), volume: { dailyIngestGb: 1e308 } }));
    const result = await run(file);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`lakewise estimate: ${file}: volume.dailyIngestGb: expected a number ≤ 10485760, received 1e+308\n`);
    expect(result.stdout).toBe('');
  });

  test.each([
    ['en', 'Values you set that no cost line used'],
    ['pt-BR', 'Valores definidos por você que nenhuma linha de custo usou'],
  ] as const)('says in %s which --set values the architecture has no use for, without failing', async (locale, note) => {
    const used = await run(BATCH, '--locale', locale);
    const unused = await run(BATCH, '--locale', locale, '--set', 'events_per_second=500');
    expect(unused.code).toBe(0);
    expect(used.stdout).not.toContain(note);
    expect(unused.stdout).toMatch(new RegExp(`${note} \\(.*\\):\\n  eventsPerSecond  500 (events|eventos)/s`));
    expect((await run(BATCH, '--locale', locale, '--format', 'markdown', '--set', 'events_per_second=500')).stdout).toContain(`### ${note}`);
    const json = JSON.parse((await run(BATCH, '--format', 'json', '--set', 'events_per_second=500')).stdout) as Estimate;
    expect(json.unusedOverrides.map((row) => [row.key, row.value])).toEqual([['eventsPerSecond', '500']]);
  });

  test('npx lakewise estimate runs from the real binary', async () => {
    const result = await lakewise('estimate', BATCH, '--format', 'json');
    expect(result.code).toBe(0);
    expect((JSON.parse(result.stdout) as Estimate).region).toBe('sa-east-1');
  });
});
