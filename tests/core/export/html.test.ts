import { describe, expect, test } from 'vitest';
import { formatUsd } from '../../../src/core/cost/number-format';
import { proposalToHtml } from '../../../src/core/export/html';
import { htmlDocument } from '../../export/dom';
import { proposalFor, readFixture } from './proposal-fixture';

const parse = (html: string) => ({ document: htmlDocument(html) });

const DIAGRAM = '<svg xmlns="http://www.w3.org/2000/svg" id="lakewise-diagram" viewBox="0 0 10 10"><rect width="10" height="10"/></svg>';

describe('proposalToHtml', () => {
  test('is one self-contained page: language set, no scripts, a strict content policy, the diagram inlined', async () => {
    const proposal = await proposalFor(readFixture('governed-lake'));
    const html = proposalToHtml(proposal, { diagramSvg: DIAGRAM });
    const { document } = parse(html);
    expect(document.documentElement.lang).toBe('pt-BR');
    expect(document.querySelectorAll('script')).toHaveLength(0);
    expect(document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content')).toContain("default-src 'none'");
    expect(document.querySelector('#diagram figure > svg#lakewise-diagram')).not.toBeNull();
    expect(html).not.toMatch(/(src|href)="https?:/);
  });

  test('prints on A4 with page numbers in the margin and the diagram on a landscape page', async () => {
    const html = proposalToHtml(await proposalFor(readFixture('governed-lake')), { diagramSvg: DIAGRAM });
    expect(html).toMatch(/@page \{ size: A4;/);
    expect(html).toContain('@bottom-right { content: "Página " counter(page) " de " counter(pages);');
    expect(html).toContain('@page landscape { size: A4 landscape; }');
    expect(html).toContain('.diagram { page: landscape;');
  });

  test('shows every component\'s amount and the total from the estimate', async () => {
    const proposal = await proposalFor(readFixture('kafka-streaming'));
    const { document } = parse(proposalToHtml(proposal, { diagramSvg: DIAGRAM }));
    for (const component of proposal.estimate.components) {
      const row = document.querySelector(`#cost tr.component[data-component="${component.componentId}"]`);
      expect(row, component.componentId).not.toBeNull();
      if (component.status === 'priced') expect(row!.textContent).toContain(formatUsd(component.usd, 'pt-BR'));
    }
    expect(document.querySelector('[data-total]')?.textContent).toBe(formatUsd(proposal.estimate.totals.expectedUsd, 'pt-BR'));
    expect(document.querySelectorAll('#risks li').length).toBe(proposal.risks.length);
    expect(document.querySelectorAll('#next-steps li').length).toBe(proposal.nextSteps.length);
  });

  test('keeps hostile customer text as text: intact, isolated for right-to-left, never markup, seller notes absent', async () => {
    const name = `<script>alert("x")</script> & 'Sons', =cmd|' /C calc'!A0 שלום مرحبا 😀\nline two`;
    const proposal = await proposalFor({ ...readFixture('batch-data-lake'), opportunity: { customerName: name, industry: '<b>x</b>', region: 'sa-east-1' }, notes: 'SECRET seller note' });
    const html = proposalToHtml(proposal, { diagramSvg: DIAGRAM });
    const { document } = parse(html);
    expect(document.querySelectorAll('script, b')).toHaveLength(0);
    expect(document.querySelector('.customer-name bdi')?.textContent).toBe(name);
    expect(document.querySelector('title')?.textContent).toContain(name);
    expect(document.querySelector('[data-field="opportunity.industry"] td')?.textContent).toBe('<b>x</b>');
    expect(html).not.toContain('SECRET');
  });
});
