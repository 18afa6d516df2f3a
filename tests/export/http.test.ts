import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { POST, prerender } from '../../src/pages/api/export';
import { calendarDayIn } from '../../src/core/calendar';
import { handleExportRequest, MAX_EXPORT_REQUEST_BYTES } from '../../src/export/http';
import { EXPORT_DATE, FIXTURES, PROJECT_ROOT } from './support';

const ANSWERS = JSON.parse(readFileSync(path.join(FIXTURES, 'batch-data-lake.json'), 'utf8')) as Record<string, unknown>;

/** Text formats only: no browser is handed in, so a browser format here would fail loudly. */
function post(body: unknown): Promise<Response> {
  const request = new Request('http://localhost/api/export/', { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
  return handleExportRequest(request, {
    projectRoot: PROJECT_ROOT,
    browser: () => Promise.reject(new Error('this test sends text formats only')),
    generatedOn: EXPORT_DATE,
  });
}

async function refusal(response: Response): Promise<{ error: string; fields: string[] }> {
  expect(response.status).toBe(400);
  expect(response.headers.get('content-type')).toBe('application/json; charset=utf-8');
  return (await response.json()) as { error: string; fields: string[] };
}

describe('POST /api/export/', () => {
  test('is a server route', () => {
    expect(prerender).toBe(false);
    expect(typeof POST).toBe('function');
  });

  test('answers a download named after the format, never after the customer', async () => {
    const response = await post({ answers: ANSWERS, format: 'csv', locale: 'en' });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="lakewise-cost.csv"');
    const text = await response.text();
    expect(text.split('\r\n')[1]).toMatch(/^Mercado Sol Varejo,sa-east-1,/);
    expect(Number(response.headers.get('content-length'))).toBe(new TextEncoder().encode(text).byteLength + 3);
  });

  test('prices with the settings sent, as the wizard\'s cost panel does', async () => {
    const plain = (await (await post({ answers: ANSWERS, format: 'json' })).json()) as { estimate: { totals: { expectedUsd: string } }; pricing: { region: string } };
    const large = (await (await post({ answers: ANSWERS, format: 'json', region: 'us-east-1', preset: 'large', overrides: { queriesPerDay: '5000' }, exchangeRate: { brlPerUsd: '5.40', date: '2026-11-20' } })).json()) as {
      estimate: { region: string; totals: { expectedUsd: string }; brl?: { brlPerUsd: string }; assumptions: { key: string; value: string; provenance: string }[] };
    };
    expect(plain.pricing.region).toBe('sa-east-1');
    expect(large.estimate.region).toBe('us-east-1');
    expect(large.estimate.brl?.brlPerUsd).toBe('5.40');
    expect(large.estimate.assumptions.find((row) => row.key === 'queriesPerDay')).toMatchObject({ value: '5000', provenance: 'override' });
    expect(large.estimate.totals.expectedUsd).not.toBe(plain.estimate.totals.expectedUsd);
  });

  test('names the wrong answers field with its path in the request', async () => {
    const body = await refusal(await post({ answers: { ...ANSWERS, volume: { dailyIngestGb: 'lots' } }, format: 'pdf' }));
    expect(body.fields).toEqual(['answers.volume.dailyIngestGb']);
    expect(body.error).toBe('answers: volume.dailyIngestGb: expected a number ≥ 0, received "lots"');
  });

  test('names a wrong format, locale or region, with the allowed values', async () => {
    const body = await refusal(await post({ answers: ANSWERS, format: 'docx', locale: 'fr', region: 'mars-1' }));
    expect(body.fields).toEqual(['format', 'locale', 'region']);
    expect(body.error).toContain('export request: format: expected one of pdf, md, html, zip, svg, png, mmd, drawio, csv, json, received "docx"');
    expect(body.error).toContain('export request: region: expected one of us-east-1, sa-east-1, eu-west-1, received "mars-1"');
  });

  test('names a usage override the cost model refuses, and an unusable exchange rate', async () => {
    const override = await refusal(await post({ answers: ANSWERS, format: 'md', overrides: { queriesPerDay: '-5', nonsense: '1' } }));
    expect(override.fields.sort()).toEqual(['overrides.nonsense', 'overrides.queriesPerDay']);
    const rate = await refusal(await post({ answers: ANSWERS, format: 'md', exchangeRate: { brlPerUsd: 'five', date: '2026-11-20' } }));
    expect(rate.fields).toEqual(['exchangeRate.brlPerUsd']);
    expect(rate.error).toContain('expected BRL per USD as a positive decimal');
  });

  test('refuses a rate dated after today in every time zone, and takes one dated today anywhere on Earth', async () => {
    // Three days on has not begun anywhere; the server does not know the user's zone, so it judges by the zone furthest ahead.
    const future = calendarDayIn(new Date(Date.now() + 3 * 86_400_000), 'UTC');
    const refused = await refusal(await post({ answers: ANSWERS, format: 'md', exchangeRate: { brlPerUsd: '5.40', date: future } }));
    expect(refused.fields).toEqual(['exchangeRate.date']);
    expect(refused.error).toContain(`exchange rate date: ${future} is in the future`);
    const newestDay = calendarDayIn(new Date(), 'Pacific/Kiritimati');
    const accepted = await post({ answers: ANSWERS, format: 'json', exchangeRate: { brlPerUsd: '5.40', date: newestDay } });
    expect(accepted.status).toBe(200);
    expect(((await accepted.json()) as { estimate: { brl?: { date: string } } }).estimate.brl?.date).toBe(newestDay);
  });

  test('refuses missing answers, unknown fields, broken JSON and oversized bodies', async () => {
    expect((await refusal(await post({ format: 'md' }))).fields).toEqual(['answers']);
    expect((await refusal(await post({ answers: ANSWERS, format: 'md', colour: 'red' }))).error).toContain('unknown field "colour"');
    expect((await refusal(await post('{"answers": '))).error).toMatch(/^the request body is not valid JSON/);
    expect((await refusal(await post({ answers: ANSWERS, format: 'md', includeCdk: true }))).fields).toEqual(['includeCdk']);
    const huge = await refusal(await post({ answers: { ...ANSWERS, notes: 'x'.repeat(MAX_EXPORT_REQUEST_BYTES) }, format: 'md' }));
    expect(huge.error).toMatch(/larger than 1000000 bytes/);
  });
});
