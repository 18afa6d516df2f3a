import { describe, expect, test } from 'vitest';
import { escapeCsvField, escapeMarkdown, escapePlainText } from '../../../src/core/cost/escape';
import { estimateCost } from '../../../src/core/cost/estimate';
import { formatEstimate, formatEstimateCsv } from '../../../src/core/cost/format-estimate';
import { resolveAssumptions } from '../../../src/core/sizing/assumptions';
import { committedBook } from '../pricing/snapshot-records';
import { component, model, STREAMING_LAKE, WAREHOUSE_MIGRATION } from './fixtures/models';

const us = committedBook('us-east-1');

describe('escapeCsvField', () => {
  test('neutralises spreadsheet formulas', () => {
    expect(escapeCsvField("=cmd|' /C calc'!A0")).toBe("'=cmd|' /C calc'!A0");
    expect(escapeCsvField('+1+1')).toBe("'+1+1");
    expect(escapeCsvField('-2+3')).toBe("'-2+3");
    expect(escapeCsvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(escapeCsvField('\tx')).toBe("'\tx");
  });

  test('quotes commas, quotes and line breaks (RFC 4180)', () => {
    expect(escapeCsvField('a,b')).toBe('"a,b"');
    expect(escapeCsvField('say "hi"')).toBe('"say ""hi"""');
    expect(escapeCsvField('two\nlines')).toBe('"two\nlines"');
    expect(escapeCsvField('=1,2')).toBe(`"'=1,2"`);
    expect(escapeCsvField('plain')).toBe('plain');
  });
});

describe('escapeMarkdown and escapePlainText', () => {
  test('markdown shows punctuation and HTML literally and keeps a table cell whole', () => {
    expect(escapeMarkdown('a|b *c* <script>x</script> [l](u)')).toBe('a\\|b \\*c\\* &lt;script&gt;x&lt;/script&gt; \\[l\\](u)');
    expect(escapeMarkdown('# title\nnext')).toBe('\\# title next');
    expect(escapeMarkdown('$1,215.00')).toBe('$1,215.00');
  });

  test('plain text drops terminal control characters', () => {
    expect(escapePlainText('red\u001b[31m text\r\nnext')).toBe('red[31m text next');
  });
});

describe('formatEstimate', () => {
  const hostile = model([component('athena', 'interactive-sql'), { ...component('lambda', 'stream-processing'), roleLabel: { en: '=HYPERLINK("http://x")|<b>', 'pt-BR': '=HYPERLINK("http://x")|<b>' } }], { queriesPerDay: 100 });
  const estimate = estimateCost(hostile, resolveAssumptions(hostile.sizing), us, { exchangeRate: { brlPerUsd: '5.40', date: '2026-11-20' } });

  test('CSV: one row per line, totals at the end, every field escaped', () => {
    const csv = formatEstimateCsv(estimate, 'en');
    const rows = csv.trimEnd().split('\r\n');
    expect(rows[0]).toBe('component_id,service_id,line_id,line,status,quantity,unit,unit_price_usd,monthly_usd,monthly_brl,sku,rate_codes,price_date,formula_or_reason');
    expect(rows.at(-3)).toBe(`,,total.expected,,,,,,${estimate.totals.expectedUsd},${estimate.brl?.expected},,,,`);
    expect(rows.some((row) => row.startsWith('athena,athena,athena.data-scanned,Data scanned by SQL queries,priced,'))).toBe(true);
  });

  test('CSV of a model with unpriced and free services keeps them visible', () => {
    const csv = formatEstimateCsv(estimateCost(WAREHOUSE_MIGRATION, resolveAssumptions(WAREHOUSE_MIGRATION.sizing), us), 'en');
    expect(csv).toContain('snowball,snowball,,AWS Snowball,not-priced,,,,,,,,,');
    expect(csv).toContain('schema-conversion-tool,schema-conversion-tool,,AWS Schema Conversion Tool (SCT),free,,,,0.00,');
  });

  test('markdown escapes the labels that come from answers', () => {
    const markdown = formatEstimate(estimate, 'markdown', 'en');
    expect(markdown).toContain('=HYPERLINK("http://x")\\|&lt;b&gt;');
    expect(markdown).not.toContain('<b>');
  });

  test('the table names what is not priced and the price dates, in both languages', () => {
    const migration = estimateCost(WAREHOUSE_MIGRATION, resolveAssumptions(WAREHOUSE_MIGRATION.sizing), us);
    const en = formatEstimate(migration, 'table', 'en');
    expect(en).toContain('NOT PRICED');
    expect(en).toContain('The total leaves out the items below');
    expect(en).toMatch(/Price dates: .*AmazonRedshift 2025-10-27/);
    const pt = formatEstimate(migration, 'table', 'pt-BR');
    expect(pt).toContain('NÃO PRECIFICADO');
    expect(pt).toContain('Datas dos preços');
  });

  test('JSON carries the formulas', () => {
    const json = JSON.parse(formatEstimate(estimateCost(STREAMING_LAKE, resolveAssumptions(STREAMING_LAKE.sizing), us), 'json'));
    expect(json.components[0].lines[0].formula.en).toMatch(/shard/);
  });
});
