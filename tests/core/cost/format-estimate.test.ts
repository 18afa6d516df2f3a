// marked comes with mermaid; it stands in for GitHub and editors that render the Markdown.
import { marked } from 'marked';
import { describe, expect, test } from 'vitest';
import { escapeCsvField, escapeMarkdown, escapeMarkdownInline, escapePlainText } from '../../../src/core/cost/escape';
import { estimateCost } from '../../../src/core/cost/estimate';
import { formatEstimate, formatEstimateCsv } from '../../../src/core/cost/format-estimate';
import { formatQuantity } from '../../../src/core/cost/number-format';
import type { Locale } from '../../../src/core/locales';
import { parseUsageOverrides, resolveAssumptions } from '../../../src/core/sizing/assumptions';
import { htmlDocument } from '../../export/dom';
import { committedBook } from '../pricing/snapshot-records';
import { component, model, S3_ZONES, STREAMING_LAKE, WAREHOUSE_MIGRATION } from './fixtures/models';

function rendered(markdown: string): Document {
  return htmlDocument(marked.parse(markdown, { async: false }));
}

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

  test('markdown escapes a list marker at the start of a line the CommonMark way, and leaves numbers in cells alone', () => {
    expect(escapeMarkdown('1. place')).toBe('1\\. place');
    expect(escapeMarkdown('2) place')).toBe('2\\) place');
    expect(escapeMarkdown('3.600 GB-mês')).toBe('3.600 GB-mês');
    expect(escapeMarkdown('    - indented')).toBe('\\- indented');
    expect(escapeMarkdownInline('3.600 GB-mês')).toBe('3.600 GB-mês');
    expect(escapeMarkdownInline('1. place')).toBe('1. place');
    expect(escapeMarkdownInline('a|b')).toBe('a\\|b');
    const item = rendered(`- ${escapeMarkdown('1. place')}`);
    expect(item.querySelectorAll('ol')).toHaveLength(0);
    expect(item.querySelector('li')?.textContent).toBe('1. place');
  });

  test('plain text drops terminal control characters', () => {
    expect(escapePlainText('red\u001b[31m text\r\nnext')).toBe('red[31m text next');
  });
});

describe('formatEstimate', () => {
  const hostile = model([component('athena', 'interactive-sql'), { ...component('lambda', 'stream-processing'), roleLabel: { en: '=HYPERLINK("http://x")|<b>', 'pt-BR': '=HYPERLINK("http://x")|<b>' } }], { queriesPerDay: 100 });
  const estimate = estimateCost(hostile, resolveAssumptions(hostile.sizing), us, { exchangeRate: { brlPerUsd: '5.40', date: '2026-11-20' }, today: '2026-12-05' });

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
    expect(en).toMatch(/Price dates: .*AmazonRedshift 27 October 2025/);
    const pt = formatEstimate(migration, 'table', 'pt-BR');
    expect(pt).toContain('NÃO PRECIFICADO');
    expect(pt).toMatch(/Datas dos preços: .*AmazonRedshift 27 de outubro de 2025/);
  });

  test('people read dates and the exchange rate as their language writes them; CSV and JSON keep ISO days and dot decimals', () => {
    for (const format of ['table', 'markdown'] as const) {
      const en = formatEstimate(estimate, format, 'en');
      expect(en).toContain('Price snapshot of 25 November 2026');
      expect(en).toContain('BRL at the rate you entered: 5.40 BRL per USD (20 November 2026)');
      expect(en).not.toMatch(/\d{4}-\d{2}-\d{2}/);
      const pt = formatEstimate(estimate, format, 'pt-BR');
      expect(pt).toContain('Snapshot de preços de 25 de novembro de 2026');
      expect(pt).toContain('BRL pela cotação informada: R$ 5,40 por US$ 1 (20 de novembro de 2026)');
      expect(pt).not.toMatch(/\d{4}-\d{2}-\d{2}/);
    }
    const csv = formatEstimateCsv(estimate, 'pt-BR');
    expect(csv).toMatch(/,\d{4}-\d{2}-\d{2},/);
    expect(csv).toContain(`,${estimate.brl?.expected},`);
    expect(JSON.parse(formatEstimate(estimate, 'json', 'pt-BR')).brl).toMatchObject({ brlPerUsd: '5.40', date: '2026-11-20' });
  });

  test('JSON carries the formulas', () => {
    const json = JSON.parse(formatEstimate(estimateCost(STREAMING_LAKE, resolveAssumptions(STREAMING_LAKE.sizing), us), 'json'));
    expect(json.components[0].lines[0].formula.en).toMatch(/shard/);
  });

  const BATCH_LAKE = model(
    [...S3_ZONES, component('s3-glacier', 'raw-archive'), component('glue', 'batch-etl'), component('lambda', 'api-extract'), component('step-functions', 'orchestration'), component('athena', 'interactive-sql')],
    { dailyIngestGb: 40, retainedHistoryGb: 8000, etlRunsPerDay: 1, queriesPerDay: 800, rawArchiveAfterDays: 90 },
  );

  test.each(['en', 'pt-BR'] as const)('markdown in %s renders every quantity and formula exactly as the table shows it, with no stray backslash', (locale: Locale) => {
    const priced = estimateCost(BATCH_LAKE, resolveAssumptions(BATCH_LAKE.sizing), us);
    const markdown = formatEstimate(priced, 'markdown', locale);
    expect(markdown).not.toMatch(/\| \\\d/);
    const page = rendered(markdown);
    const rows = [...page.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? ''));
    // One heading row per component, then one row per line, in order.
    const lines = priced.components.flatMap((item) => [undefined, ...item.lines]);
    expect(rows).toHaveLength(lines.length);
    lines.forEach((line, index) => {
      if (line?.status !== 'priced') return;
      expect(rows[index]![0], line.id).toBe(line.name[locale]);
      expect(rows[index]![1], line.id).toBe(`${formatQuantity(line.quantity, locale)} ${line.unit[locale]}`);
      expect(rows[index]!.at(-1), line.id).toBe(line.formula[locale]);
    });
    expect(rows.flat().filter((cell) => cell.includes('\\'))).toEqual([]);
    const ratio = [...page.querySelectorAll('li')].map((item) => item.textContent).find((text) => text?.includes('silverSizeRatio'));
    expect(ratio).toContain(locale === 'en' ? ': 0.25 GB/GB, default' : ': 0,25 GB/GB, padrão');
    if (locale === 'pt-BR') expect(rows.some((cells) => cells[1] === '3.600 GB-mês')).toBe(true);
  });

  test.each([
    ['en', '1 run per day × 30.42 days × 10 DPUs × 15 minutes', '1 pipeline run per day', '2 runs per day × 30.42 days', '2 pipeline runs per day'],
    ['pt-BR', '1 execução por dia × 30,42 dias × 10 DPUs × 15 minutos', '1 execução do pipeline por dia', '2 execuções por dia × 30,42 dias', '2 execuções do pipeline por dia'],
  ] as const)('formulas in %s count one run in the singular and two in the plural', (locale, oneGlue, oneWorkflow, twoGlue, twoWorkflow) => {
    const formulas = (runs: number) =>
      estimateCost(BATCH_LAKE, resolveAssumptions({ ...BATCH_LAKE.sizing, etlRunsPerDay: runs }), us)
        .components.flatMap((item) => item.lines)
        .flatMap((line) => (line.status === 'priced' ? [line.formula[locale]] : []));
    const one = formulas(1);
    expect(one.find((formula) => formula.startsWith(oneGlue))).toBeDefined();
    expect(one.find((formula) => formula.startsWith(oneWorkflow))).toBeDefined();
    expect(one.join('\n')).not.toMatch(/(^|\s)1 (runs|pipeline runs|execuções)\b/);
    const two = formulas(2);
    expect(two.find((formula) => formula.startsWith(twoGlue))).toBeDefined();
    expect(two.find((formula) => formula.startsWith(twoWorkflow))).toBeDefined();
  });

  test.each([
    ['en', 'Values you set that no cost line used', 'eventsPerSecond  500 events/s  Events per second on streaming paths', '- Events per second on streaming paths (`eventsPerSecond`): 500 events/s'],
    ['pt-BR', 'Valores definidos por você que nenhuma linha de custo usou', 'eventsPerSecond  500 eventos/s  Eventos por segundo nos fluxos de streaming', '- Eventos por segundo nos fluxos de streaming (`eventsPerSecond`): 500 eventos/s'],
  ] as const)('an override no cost line reads is listed in %s, in the table, markdown and JSON, and changes nothing', (locale, title, tableRow, markdownItem) => {
    const plain = estimateCost(BATCH_LAKE, resolveAssumptions(BATCH_LAKE.sizing), us);
    const withUnused = estimateCost(BATCH_LAKE, resolveAssumptions(BATCH_LAKE.sizing, { overrides: parseUsageOverrides(['events_per_second=500', 'lambda_memory_mb=256']) }), us);
    expect(withUnused.unusedOverrides).toEqual([{ key: 'eventsPerSecond', label: expect.objectContaining({ en: 'Events per second on streaming paths' }), value: '500', unit: expect.objectContaining({ en: 'events/s' }) }]);
    expect(plain.unusedOverrides).toEqual([]);
    expect(JSON.parse(formatEstimate(withUnused, 'json')).unusedOverrides[0]).toMatchObject({ key: 'eventsPerSecond', value: '500' });
    const table = formatEstimate(withUnused, 'table', locale);
    expect(table).toContain(`${title} (`);
    expect(table).toContain(tableRow);
    const markdown = formatEstimate(withUnused, 'markdown', locale);
    expect(markdown).toContain(`### ${title}`);
    expect(markdown).toContain(markdownItem);
    expect(formatEstimate(plain, 'table', locale)).not.toContain(title);
    expect(withUnused.components.find((item) => item.componentId === 'glue')?.usd).toBe(plain.components.find((item) => item.componentId === 'glue')?.usd);
  });
});
