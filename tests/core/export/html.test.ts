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

  test('writes dates and the exchange rate the way each language reads them, with the ISO day kept for machines', async () => {
    const exchangeRate = { brlPerUsd: '5.40', date: '2026-12-01' };
    const portuguese = parse(proposalToHtml(await proposalFor(readFixture('governed-lake'), { locale: 'pt-BR', exchangeRate }), { diagramSvg: DIAGRAM })).document;
    const english = parse(proposalToHtml(await proposalFor(readFixture('governed-lake'), { locale: 'en', exchangeRate }), { diagramSvg: DIAGRAM })).document;
    expect(portuguese.querySelector('.cover time')?.textContent).toBe('25 de novembro de 2026');
    expect(english.querySelector('.cover time')?.textContent).toBe('25 November 2026');
    for (const document of [portuguese, english]) expect(document.querySelector('.cover time')?.getAttribute('datetime')).toBe('2026-11-25');
    expect(portuguese.querySelector('#cost')?.textContent).toContain('Valores em reais pela cotação de 1º de dezembro de 2026: R$ 5,40 por US$ 1');
    expect(english.querySelector('#cost')?.textContent).toContain('Amounts in BRL at the rate of 1 December 2026: 5.40 BRL per USD');
    expect(portuguese.querySelector('.price-dates')?.textContent).toMatch(/: \d{1,2} de [a-zç]+ de \d{4} \(publicado\)/);
    expect(english.querySelector('.price-dates')?.textContent).toMatch(/: \d{1,2} [A-Z][a-z]+ \d{4} \(published\)/);
    for (const document of [portuguese, english]) expect(document.body.textContent).not.toMatch(/\d{4}-\d{2}-\d{2}/);
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
