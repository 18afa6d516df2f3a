import { componentDisplayName } from '../architecture/markdown';
import { LAYER_LABELS } from '../architecture/layer-labels';
import { catalogService } from '../catalog/services';
import { formatCalendarDay } from '../calendar';
import { LAYERS } from '../layers';
import { alternativeReason, componentRationale } from '../rules/explain';
import { RULE_EXPLANATIONS } from '../rules/explanations';
import { escapeMarkdown } from '../text/markdown';
import { formatAssumptionValue } from '../cost/number-format';
import { costSummary, PROVENANCE_LABELS } from './cost-table';
import type { Proposal } from './proposal';
import { proposalText, type ProposalTextKey } from './text';

/**
 * The proposal as a Markdown document (GitHub Flavored: tables, a ```mermaid
 * block GitHub draws). Customer text goes through {@link escapeMarkdown}; the
 * advisor's, the cost model's and the playbook's own sentences are written as
 * they are, as `architectureToMarkdown` does.
 */
export function proposalToMarkdown(proposal: Proposal): string {
  const { locale, model, estimate, customer } = proposal;
  const t = (key: ProposalTextKey, params?: Readonly<Record<string, string | number>>) => proposalText(locale, key, params);
  const byId = new Map(model.components.map((component) => [component.id, component]));
  const name = (id: string) => {
    const component = byId.get(id);
    return component === undefined ? id : componentDisplayName(component, locale);
  };
  const out: string[] = [];

  out.push(`# ${t('documentTitle')}`, '');
  if (customer.name !== undefined) out.push(`**${t('preparedFor')}:** ${escapeMarkdown(customer.name)}  `);
  out.push(`**${t('preparedOn')}:** ${formatCalendarDay(proposal.generatedOn, locale)}`, '', `_${t('generator')}_`, '');

  out.push(`## ${t('context')}`, '', t('contextLead'), '');
  if (customer.facts.length > 0) {
    out.push(`| ${t('question')} | ${t('answer')} |`, '| --- | --- |');
    for (const fact of customer.facts) out.push(`| ${fact.label} | ${escapeMarkdown(fact.value)} |`);
    out.push('');
  }
  if (customer.unknown.length > 0) out.push(`**${t('notYetKnown')}:** ${customer.unknown.map((field) => field.label).join(', ')}`, '');

  out.push(`## ${t('architecture')}`, '', t('architectureLead'), '');
  for (const layer of LAYERS) {
    const members = model.components.filter((component) => component.layer === layer);
    if (members.length === 0) continue;
    out.push(`### ${LAYER_LABELS[layer][locale]}`, '');
    for (const component of members) {
      out.push(`- **${catalogService(component.serviceId).shortName}** — ${component.roleLabel[locale]} (\`${component.id}\`): ${componentRationale(component, RULE_EXPLANATIONS[locale])}`);
    }
    out.push('');
  }

  out.push(`## ${t('diagram')}`, '', '```mermaid', proposal.diagram.text.trimEnd(), '```', '');

  if (model.edges.length > 0) {
    out.push(`## ${t('flows')}`, '', `| ${t('from')} | ${t('to')} | ${t('what')} |`, '| --- | --- | --- |');
    for (const edge of model.edges) out.push(`| ${name(edge.from)} | ${name(edge.to)} | ${edge.flow[locale]} |`);
    out.push('');
  }

  if (model.alternatives.length > 0) {
    out.push(`## ${t('alternatives')}`, '');
    for (const alternative of model.alternatives) {
      out.push(`- **${catalogService(alternative.serviceId).shortName}** ${t('insteadOf')} **${name(alternative.chosen)}**: ${alternativeReason(alternative, RULE_EXPLANATIONS[locale])}`);
    }
    out.push('');
  }

  const cost = costSummary(proposal);
  out.push(`## ${t('cost')}`, '', cost.lead, cost.freeTier, '');
  const header = [t('component'), t('quantity'), t('unitPrice'), t('monthly'), ...(cost.showBrl ? [t('monthlyBrl')] : []), t('how')];
  out.push(`| ${header.join(' | ')} |`, `| --- | ---: | ---: | ---: |${cost.showBrl ? ' ---: |' : ''} --- |`);
  for (const row of cost.rows) {
    const label = row.kind === 'component' ? `**${row.label}**` : row.label;
    out.push(`| ${label} | ${row.quantity} | ${row.unitPrice} | ${row.kind === 'component' ? `**${row.monthly}**` : row.monthly} |${cost.showBrl ? ` ${row.monthlyBrl} |` : ''} ${row.how} |`);
  }
  out.push('');
  out.push(`- **${t('total')}: ${cost.total}**${cost.totalBrl === undefined ? '' : ` (${cost.totalBrl})`}`);
  out.push(`- ${t('range')}: ${cost.range} (${cost.rangeNote})`);
  if (cost.exchange !== undefined) out.push(`- ${cost.exchange}`);
  out.push('');
  if (estimate.notPriced.length > 0) {
    out.push(`### ${t('notPricedTitle')}`, '');
    for (const item of estimate.notPriced) out.push(`- \`${item.componentId}\` ${item.name[locale]}: ${item.reason[locale]}`);
    out.push('');
  }
  out.push(`### ${t('assumptions')}`, '', `| ${t('key')} | ${t('value')} | ${t('source')} |`, '| --- | ---: | --- |');
  for (const row of estimate.assumptions) {
    out.push(`| ${row.label[locale]} | ${formatAssumptionValue(row.value, row.unit, locale)} | ${PROVENANCE_LABELS[row.provenance][locale]} |`);
  }
  out.push('', `### ${t('priceDates')}`, '');
  for (const date of estimate.priceDates) out.push(`- ${date.serviceCode}: ${formatCalendarDay(date.priceDate, locale)} (${t(date.priceDateKind)})`);
  out.push('', `### ${t('exclusions')}`, '', ...estimate.exclusions.map((item) => `- ${item[locale]}`), '');

  out.push(`## ${t('risks')}`, '');
  if (proposal.risks.length === 0) out.push(t('noRisks'));
  for (const risk of proposal.risks) out.push(`- ${risk.text}`);
  out.push('');

  out.push(`## ${t('nextSteps')}`, '');
  proposal.nextSteps.forEach((step, index) => out.push(`${index + 1}. ${step.text}`));
  out.push('');

  if (proposal.objections.length > 0) {
    out.push(`## ${t('objections')}`, '', t('objectionsLead'), '');
    for (const objection of proposal.objections) {
      out.push(`### ${objection.title}`, '', `> ${objection.objection}`, '', `**${t('ourAnswer')}:** ${objection.answer}`, '');
      for (const point of objection.proofPoints) out.push(`- ${point}`);
      out.push('', `_${t('about')}: ${objection.services.map((service) => catalogService(service).shortName).join(', ')}_`, '');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
