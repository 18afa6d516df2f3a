import { componentDisplayName } from '../architecture/markdown';
import { LAYER_LABELS } from '../architecture/layer-labels';
import { catalogService } from '../catalog/services';
import { truncateText } from '../diagram/escape';
import { MAX_TITLE_NAME_CHARS } from '../diagram/mermaid';
import { formatCalendarDay } from '../calendar';
import { LAYERS } from '../layers';
import { alternativeReason, componentRationale } from '../rules/explain';
import { RULE_EXPLANATIONS } from '../rules/explanations';
import { formatAssumptionValue } from '../cost/number-format';
import { costSummary, PROVENANCE_LABELS } from './cost-table';
import { escapeHtml } from './escape';
import type { Proposal } from './proposal';
import { proposalText, type ProposalTextKey } from './text';

export interface HtmlProposalOptions {
  /**
   * The diagram drawn by Mermaid as one `<svg>` element (the edge renders it in
   * Chromium). It is markup Mermaid produced with `securityLevel: 'strict'` from
   * the escaped diagram source, so it is inlined as is: vector in print.
   */
  readonly diagramSvg: string;
}

/** Authored sentences mark commands with backticks; they become `<code>` after escaping. */
function prose(text: string): string {
  return escapeHtml(text).replace(/`([^`]+)`/g, '<code>$1</code>');
}

/** Customer text: escaped, isolated so right-to-left names cannot reorder the text around them, line breaks kept. */
function customerText(text: string): string {
  return `<bdi class="customer-text">${escapeHtml(text)}</bdi>`;
}

/**
 * The print stylesheet. A4 pages with the page number in the bottom margin (CSS
 * paged media margin boxes and the `page`/`pages` counters, which Chromium
 * prints), the diagram on its own landscape page so a wide pipeline stays
 * readable, and table headers repeated on every page.
 */
function styles(pageWord: string, ofWord: string): string {
  return `
@page { size: A4; margin: 16mm 15mm 18mm 15mm;
  @bottom-right { content: ${JSON.stringify(`${pageWord} `)} counter(page) ${JSON.stringify(` ${ofWord} `)} counter(pages); font-size: 8pt; color: #555; }
  @bottom-left { content: "Lakewise"; font-size: 8pt; color: #555; } }
@page landscape { size: A4 landscape; }
:root { color: #16191f; font-family: system-ui, "Segoe UI", Roboto, "Liberation Sans", "DejaVu Sans", Arial, sans-serif; font-size: 10pt; line-height: 1.45; }
body { margin: 0 auto; max-width: 210mm; padding: 0 4mm; }
@media print { body { max-width: none; padding: 0; } }
h1 { font-size: 20pt; margin: 0 0 4mm; color: #232f3e; }
h2 { font-size: 14pt; margin: 8mm 0 3mm; padding-bottom: 1mm; border-bottom: 2px solid #ff9900; color: #232f3e; break-after: avoid; }
h3 { font-size: 11pt; margin: 5mm 0 2mm; break-after: avoid; }
p, li { orphans: 3; widows: 3; }
.cover { border-left: 6px solid #ff9900; padding: 2mm 0 2mm 5mm; margin-bottom: 6mm; }
.cover p { margin: 1mm 0; }
.muted { color: #555; }
/* A name typed without spaces (a pasted ID, a URL) breaks where it must rather than
   widening the page, which would make Chromium shrink every page of the PDF to fit it. */
bdi.customer-text { white-space: pre-line; overflow-wrap: anywhere; }
table { border-collapse: collapse; width: 100%; margin: 2mm 0 4mm; font-size: 8.5pt; }
thead { display: table-header-group; }
tr { break-inside: avoid; }
th, td { border: 1px solid #c8ccd1; padding: 1.2mm 1.8mm; text-align: left; vertical-align: top; }
th { background: #f2f3f3; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr.component td { background: #fafafa; font-weight: 600; }
tr.line td:first-child { padding-left: 5mm; }
td.how { color: #444; font-size: 7.5pt; }
table.cost { table-layout: fixed; }
col.c-label { width: 22%; } col.c-quantity { width: 14%; } col.c-unit { width: 12%; } col.c-monthly { width: 14%; } col.c-how { width: auto; }
table.cost td.num { white-space: normal; overflow-wrap: anywhere; }
table.cost td.amount { white-space: nowrap; overflow-wrap: normal; }
.not-priced { color: #b0084d; font-weight: 600; }
.total { font-size: 12pt; font-weight: 700; margin: 2mm 0; }
.diagram { page: landscape; break-before: page; break-after: page; }
.diagram svg { display: block; width: 100%; height: auto; max-height: 160mm; }
blockquote { margin: 2mm 0; padding: 1mm 4mm; border-left: 3px solid #879196; color: #333; font-style: italic; }
.objection { break-inside: avoid; }
code { font-family: "DejaVu Sans Mono", "Liberation Mono", monospace; font-size: 0.9em; }
`;
}

/**
 * The proposal as one self-contained, print-styled HTML page: what the PDF is
 * printed from and what the HTML export is. No scripts and no external
 * resources (its Content-Security-Policy allows inline styles and images only).
 * Every piece of customer text goes through {@link escapeHtml}.
 */
export function proposalToHtml(proposal: Proposal, options: HtmlProposalOptions): string {
  const { locale, model, estimate, customer } = proposal;
  const t = (key: ProposalTextKey, params?: Readonly<Record<string, string | number>>) => escapeHtml(proposalText(locale, key, params));
  const byId = new Map(model.components.map((component) => [component.id, component]));
  const name = (id: string) => {
    const component = byId.get(id);
    return escapeHtml(component === undefined ? id : componentDisplayName(component, locale));
  };
  // The window title and the PDF's document title have no room to wrap: the name is shortened there as in the diagram title.
  const title = `${proposalText(locale, 'documentTitle')}${customer.name === undefined ? '' : ` — ${truncateText(customer.name, MAX_TITLE_NAME_CHARS)}`}`;
  const out: string[] = [];
  out.push(
    '<!doctype html>',
    `<html lang="${escapeHtml(locale)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Lakewise">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${styles(proposalText(locale, 'pageOf'), proposalText(locale, 'of'))}</style>`,
    '</head>',
    '<body>',
    '<header class="cover">',
    `<h1>${t('documentTitle')}</h1>`,
  );
  if (customer.name !== undefined) out.push(`<p><strong>${t('preparedFor')}:</strong> <span class="customer-name">${customerText(customer.name)}</span></p>`);
  out.push(`<p><strong>${t('preparedOn')}:</strong> <time datetime="${escapeHtml(proposal.generatedOn)}">${escapeHtml(formatCalendarDay(proposal.generatedOn, locale))}</time></p>`, `<p class="muted">${t('generator')}</p>`, '</header>');

  out.push('<section id="context">', `<h2>${t('context')}</h2>`, `<p>${t('contextLead')}</p>`);
  if (customer.facts.length > 0) {
    out.push('<table class="facts">', `<thead><tr><th scope="col">${t('question')}</th><th scope="col">${t('answer')}</th></tr></thead>`, '<tbody>');
    for (const fact of customer.facts) out.push(`<tr data-field="${escapeHtml(fact.fieldId)}"><th scope="row">${escapeHtml(fact.label)}</th><td>${customerText(fact.value)}</td></tr>`);
    out.push('</tbody>', '</table>');
  }
  if (customer.unknown.length > 0) out.push(`<p><strong>${t('notYetKnown')}:</strong> ${escapeHtml(customer.unknown.map((field) => field.label).join(', '))}</p>`);
  out.push('</section>');

  out.push('<section id="architecture">', `<h2>${t('architecture')}</h2>`, `<p>${t('architectureLead')}</p>`);
  for (const layer of LAYERS) {
    const members = model.components.filter((component) => component.layer === layer);
    if (members.length === 0) continue;
    out.push(`<h3>${escapeHtml(LAYER_LABELS[layer][locale])}</h3>`, '<ul>');
    for (const component of members) {
      out.push(
        `<li data-component="${escapeHtml(component.id)}"><strong>${escapeHtml(catalogService(component.serviceId).shortName)}</strong> — ${escapeHtml(component.roleLabel[locale])} <code>${escapeHtml(component.id)}</code>: ${prose(componentRationale(component, RULE_EXPLANATIONS[locale]))}</li>`,
      );
    }
    out.push('</ul>');
  }
  if (model.edges.length > 0) {
    out.push(`<h3>${t('flows')}</h3>`, '<table class="flows">', `<thead><tr><th scope="col">${t('from')}</th><th scope="col">${t('to')}</th><th scope="col">${t('what')}</th></tr></thead>`, '<tbody>');
    for (const edge of model.edges) out.push(`<tr><td>${name(edge.from)}</td><td>${name(edge.to)}</td><td>${escapeHtml(edge.flow[locale])}</td></tr>`);
    out.push('</tbody>', '</table>');
  }
  if (model.alternatives.length > 0) {
    out.push(`<h3>${t('alternatives')}</h3>`, '<ul>');
    for (const alternative of model.alternatives) {
      out.push(`<li><strong>${escapeHtml(catalogService(alternative.serviceId).shortName)}</strong> ${t('insteadOf')} <strong>${name(alternative.chosen)}</strong>: ${prose(alternativeReason(alternative, RULE_EXPLANATIONS[locale]))}</li>`);
    }
    out.push('</ul>');
  }
  out.push('</section>');

  out.push('<section id="diagram" class="diagram">', `<h2>${t('diagram')}</h2>`, `<figure aria-label="${t('diagram')}">${options.diagramSvg}</figure>`, '</section>');

  const cost = costSummary(proposal);
  out.push('<section id="cost">', `<h2>${t('cost')}</h2>`, `<p>${escapeHtml(cost.lead)} ${escapeHtml(cost.freeTier)}</p>`);
  out.push(
    '<table class="cost">',
    `<colgroup><col class="c-label"><col class="c-quantity"><col class="c-unit"><col class="c-monthly">${cost.showBrl ? '<col class="c-monthly">' : ''}<col class="c-how"></colgroup>`,
    `<thead><tr><th scope="col">${t('component')}</th><th scope="col" class="num">${t('quantity')}</th><th scope="col" class="num">${t('unitPrice')}</th><th scope="col" class="num">${t('monthly')}</th>${cost.showBrl ? `<th scope="col" class="num">${t('monthlyBrl')}</th>` : ''}<th scope="col">${t('how')}</th></tr></thead>`,
    '<tbody>',
  );
  for (const row of cost.rows) {
    const amountClass = row.notPriced ? 'num amount not-priced' : 'num amount';
    out.push(
      `<tr class="${row.kind}" data-component="${escapeHtml(row.componentId)}"><td>${escapeHtml(row.label)}</td><td class="num">${escapeHtml(row.quantity)}</td><td class="num">${escapeHtml(row.unitPrice)}</td><td class="${amountClass}">${escapeHtml(row.monthly)}</td>${cost.showBrl ? `<td class="num amount">${escapeHtml(row.monthlyBrl)}</td>` : ''}<td class="how">${escapeHtml(row.how)}</td></tr>`,
    );
  }
  out.push('</tbody>', '</table>');
  out.push(`<p class="total">${t('total')}: <span data-total="${escapeHtml(estimate.totals.expectedUsd)}">${escapeHtml(cost.total)}</span>${cost.totalBrl === undefined ? '' : ` (${escapeHtml(cost.totalBrl)})`}</p>`);
  out.push(`<p>${t('range')}: ${escapeHtml(cost.range)} <span class="muted">(${escapeHtml(cost.rangeNote)})</span></p>`);
  if (cost.exchange !== undefined) out.push(`<p>${escapeHtml(cost.exchange)}</p>`);
  if (estimate.notPriced.length > 0) {
    out.push(`<h3>${t('notPricedTitle')}</h3>`, '<ul>');
    for (const item of estimate.notPriced) out.push(`<li><code>${escapeHtml(item.componentId)}</code> ${escapeHtml(item.name[locale])}: ${escapeHtml(item.reason[locale])}</li>`);
    out.push('</ul>');
  }
  out.push(`<h3>${t('assumptions')}</h3>`, '<table class="assumptions">', `<thead><tr><th scope="col">${t('key')}</th><th scope="col" class="num">${t('value')}</th><th scope="col">${t('source')}</th></tr></thead>`, '<tbody>');
  for (const row of estimate.assumptions) {
    out.push(`<tr><td>${escapeHtml(row.label[locale])}</td><td class="num">${escapeHtml(formatAssumptionValue(row.value, row.unit, locale))}</td><td>${escapeHtml(PROVENANCE_LABELS[row.provenance][locale])}</td></tr>`);
  }
  out.push('</tbody>', '</table>');
  out.push(`<h3>${t('priceDates')}</h3>`, '<ul class="price-dates">');
  for (const date of estimate.priceDates) out.push(`<li>${escapeHtml(date.serviceCode)}: <time datetime="${escapeHtml(date.priceDate)}">${escapeHtml(formatCalendarDay(date.priceDate, locale))}</time> (${t(date.priceDateKind)})</li>`);
  out.push('</ul>', `<h3>${t('exclusions')}</h3>`, '<ul>', ...estimate.exclusions.map((item) => `<li>${escapeHtml(item[locale])}</li>`), '</ul>', '</section>');

  out.push('<section id="risks">', `<h2>${t('risks')}</h2>`);
  if (proposal.risks.length === 0) out.push(`<p>${t('noRisks')}</p>`);
  else out.push('<ul>', ...proposal.risks.map((risk) => `<li data-risk="${escapeHtml(risk.id)}">${prose(risk.text)}</li>`), '</ul>');
  out.push('</section>');

  out.push('<section id="next-steps">', `<h2>${t('nextSteps')}</h2>`, '<ol>', ...proposal.nextSteps.map((step) => `<li data-step="${escapeHtml(step.id)}">${prose(step.text)}</li>`), '</ol>', '</section>');

  if (proposal.objections.length > 0) {
    out.push('<section id="objections">', `<h2>${t('objections')}</h2>`, `<p>${t('objectionsLead')}</p>`);
    for (const objection of proposal.objections) {
      out.push(
        `<article class="objection" data-objection="${escapeHtml(objection.slug)}">`,
        `<h3>${escapeHtml(objection.title)}</h3>`,
        `<blockquote>${escapeHtml(objection.objection)}</blockquote>`,
        `<p><strong>${t('ourAnswer')}:</strong> ${escapeHtml(objection.answer)}</p>`,
        `<ul>${objection.proofPoints.map((point) => `<li>${escapeHtml(point)}</li>`).join('')}</ul>`,
        `<p class="muted">${t('about')}: ${escapeHtml(objection.services.map((service) => catalogService(service).shortName).join(', '))}</p>`,
        '</article>',
      );
    }
    out.push('</section>');
  }
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}
