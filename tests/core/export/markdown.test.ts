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
