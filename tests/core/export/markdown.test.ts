import { describe, expect, test } from 'vitest';
import { formatUsd } from '../../../src/core/cost/number-format';
import { proposalToMarkdown } from '../../../src/core/export/markdown';
import { escapeMarkdown } from '../../../src/core/text/markdown';
import { OBJECTIONS, proposalFor, readFixture } from './proposal-fixture';

describe('proposalToMarkdown', () => {
  test.each([
    ['batch-data-lake', 'pt-BR'],
    ['lambda-architecture', 'en'],
  ] as const)('%s in %s matches its golden file', async (shape, locale) => {
    const markdown = proposalToMarkdown(await proposalFor(readFixture(shape), { locale }));
    await expect(markdown).toMatchFileSnapshot(`../../golden/${shape}/proposal.${locale}.md`);
  });

  test('has every section, the diagram source and every component with its monthly amount', async () => {
    const proposal = await proposalFor(readFixture('dw-modernisation'));
    const markdown = proposalToMarkdown(proposal);
    for (const heading of ['## Customer context', '## Recommended architecture', '## Architecture diagram', '## Data flows', '## Alternatives considered', '## Monthly cost estimate', '### Assumptions', '### Price dates', '## Risks and open points', '## Next steps', '## Objections addressed']) {
      expect(markdown).toContain(`\n${heading}\n`);
    }
    expect(markdown).toContain(`\`\`\`mermaid\n${proposal.diagram.text.trimEnd()}\n\`\`\``);
    expect(markdown).toContain(`**Total per month (expected): ${formatUsd(proposal.estimate.totals.expectedUsd, 'en')}**`);
    for (const component of proposal.estimate.components) {
      const row = markdown.split('\n').find((line) => line.startsWith('| **') && line.includes(` · ${component.roleLabel.en}**`));
      expect(row, component.componentId).toBeDefined();
      if (component.status === 'priced') expect(row).toContain(`**${formatUsd(component.usd, 'en')}**`);
    }
    expect(markdown).toContain(OBJECTIONS.en[1]!.answer);
  });

  test('writes the date and the exchange rate the way each language reads them', async () => {
    const exchangeRate = { brlPerUsd: '5.4', date: '2026-12-01' };
    const portuguese = proposalToMarkdown(await proposalFor(readFixture('batch-data-lake'), { locale: 'pt-BR', exchangeRate }));
    expect(portuguese).toContain('**Data:** 25 de novembro de 2026');
    expect(portuguese).toContain('- Valores em reais pela cotação de 1º de dezembro de 2026: R$ 5,40 por US$ 1');
    const english = proposalToMarkdown(await proposalFor(readFixture('batch-data-lake'), { locale: 'en', exchangeRate }));
    expect(english).toContain('**Date:** 25 November 2026');
    expect(english).toContain('- Amounts in BRL at the rate of 1 December 2026: 5.40 BRL per USD');
    for (const markdown of [portuguese, english]) expect(markdown.replace(/```mermaid[^`]*```/, '')).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  });

  test('escapes customer text so it cannot add markup, headings or HTML', async () => {
    const name = 'ACME <img src=x onerror=alert(1)>\n# Injected | cell [link](http://evil) 😀';
    const proposal = await proposalFor({ ...readFixture('batch-data-lake'), opportunity: { customerName: name, industry: '**bold** & co', region: 'sa-east-1' }, notes: 'SECRET seller note' });
    const markdown = proposalToMarkdown(proposal);
    expect(markdown).toContain(escapeMarkdown(name));
    expect(markdown).toContain(escapeMarkdown('**bold** & co'));
    expect(markdown).not.toContain('<img');
    expect(markdown).not.toMatch(/^# Injected/m);
    expect(markdown).not.toContain('SECRET');
  });
});
