import { describe, expect, test } from 'vitest';
import { parseAnswersOrThrow } from '../../../src/core/answers/parse';
import { recommend } from '../../../src/core/architecture/recommend';
import { estimateCost } from '../../../src/core/cost/estimate';
import { formatEstimate } from '../../../src/core/cost/format-estimate';
import { proposalToMarkdown } from '../../../src/core/export/markdown';
import type { Locale } from '../../../src/core/locales';
import { resolveAssumptions } from '../../../src/core/sizing/assumptions';
import { proposalFor, readFixture } from '../export/proposal-fixture';
import { committedBook } from '../pricing/snapshot-records';

/** A unit reads as the number before it asks: "1 run/day", "2 runs/day"; in Portuguese 0, 1 and 1,5 take the singular. */

const answers = parseAnswersOrThrow(readFixture('batch-data-lake'));
const model = recommend(answers);
const us = committedBook('us-east-1');

function estimateWith(overrides: Record<string, string>) {
  return estimateCost(model, resolveAssumptions(model.sizing, { overrides }), us);
}

describe('lakewise estimate output', () => {
  test.each<[Locale, string, string]>([
    ['en', '1', '1 run/day'],
    ['en', '0', '0 runs/day'],
    ['en', '1.5', '1.5 runs/day'],
    ['en', '2', '2 runs/day'],
    ['pt-BR', '1', '1 execução/dia'],
    ['pt-BR', '0', '0 execução/dia'],
    ['pt-BR', '1.5', '1,5 execução/dia'],
    ['pt-BR', '2', '2 execuções/dia'],
  ])('%s: an assumption of %s ETL runs a day reads "%s" in the table and in Markdown', (locale, runs, shown) => {
    const estimate = estimateWith({ etlRunsPerDay: runs });
    expect(formatEstimate(estimate, 'table', locale)).toMatch(new RegExp(`\\n  etlRunsPerDay +${shown.replace('.', '\\.')}  `));
    expect(formatEstimate(estimate, 'markdown', locale)).toContain(`(\`etlRunsPerDay\`): ${shown}, `);
  });

  test.each<[Locale, string, string]>([
    ['en', '1', '1 event'],
    ['en', '3', '3 events'],
    ['pt-BR', '1', '1 evento'],
    ['pt-BR', '3', '3 eventos'],
  ])('%s: a cost line of %s EventBridge events reads "%s" in its quantity and its formula', (locale, events, shown) => {
    const markdown = formatEstimate(estimateWith({ monthlyEventBridgeEvents: events }), 'markdown', locale);
    const row = markdown.split('\n').find((line) => line.startsWith(locale === 'en' ? '| Custom events published |' : '| Eventos personalizados publicados |'));
    expect(row).toContain(`| ${shown} |`);
    expect(row).toContain(`= ${shown}; `);
  });

  test('symbols do not change with the count: 1 GB/day, 1,5 GB/dia', () => {
    expect(formatEstimate(estimateWith({ dailyIngestGb: '1' }), 'markdown', 'en')).toContain('(`dailyIngestGb`): 1 GB/day, ');
    expect(formatEstimate(estimateWith({ dailyIngestGb: '1.5' }), 'markdown', 'pt-BR')).toContain('(`dailyIngestGb`): 1,5 GB/dia, ');
  });
});

describe('proposal', () => {
  test.each<[Locale, string, string]>([
    ['en', '| Scheduled ETL runs per day | 1 run/day |', '| Dashboard users | 1 person |'],
    ['pt-BR', '| Execuções de ETL agendadas por dia | 1 execução/dia |', '| Usuários de painéis | 1 pessoa |'],
  ])('%s: assumptions and the customer’s answers put the unit in the singular for one', async (locale, assumption, answer) => {
    const one = { ...readFixture('batch-data-lake'), consumers: { ...readFixture('batch-data-lake').consumers, dashboardUsers: 1 } };
    const markdown = proposalToMarkdown(await proposalFor(one, { locale }));
    expect(markdown).toContain(assumption);
    expect(markdown).toContain(answer);
  });
});
