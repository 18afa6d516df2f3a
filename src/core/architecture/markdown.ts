import { catalogService } from '../catalog/services';
import { LAYERS } from '../layers';
import type { Locale, Localized } from '../locales';
import { citationHref } from '../rules/citations';
import { alternativeReason, componentRationale, warningMessage } from '../rules/explain';
import { RULE_EXPLANATIONS } from '../rules/explanations';
import type { SizingInputs } from '../sizing/inputs';
import { escapeMarkdown } from '../text/markdown';
import { LAYER_LABELS } from './layer-labels';
import type { ArchitectureModel, Component } from './model';

export interface MarkdownReportOptions {
  readonly locale: Locale;
  /** Customer-provided text; escaped here. */
  readonly customerName?: string;
  readonly industry?: string;
  readonly region?: string;
  /** Mermaid source to embed in a fenced block (already escaped for Mermaid). */
  readonly mermaid?: string;
}

const TEXT = {
  en: {
    title: 'Recommended architecture',
    for: 'for',
    industry: 'Industry',
    region: 'Region',
    components: 'Components',
    playbook: 'Playbook',
    flows: 'Data flows',
    from: 'From',
    to: 'To',
    what: 'What flows',
    alternatives: 'Alternatives considered',
    insteadOf: 'instead of',
    warnings: 'Warnings',
    sizing: 'Sizing inputs',
    input: 'Input',
    value: 'Value',
    unknown: 'not given',
    diagram: 'Diagram',
    rules: 'Rules applied',
  },
  'pt-BR': {
    title: 'Arquitetura recomendada',
    for: 'para',
    industry: 'Setor',
    region: 'Região',
    components: 'Componentes',
    playbook: 'Playbook',
    flows: 'Fluxos de dados',
    from: 'De',
    to: 'Para',
    what: 'O que flui',
    alternatives: 'Alternativas consideradas',
    insteadOf: 'em vez de',
    warnings: 'Alertas',
    sizing: 'Dados de dimensionamento',
    input: 'Dado',
    value: 'Valor',
    unknown: 'não informado',
    diagram: 'Diagrama',
    rules: 'Regras aplicadas',
  },
} as const;

/** Names of the sizing inputs, in the order a report lists them. */
export const SIZING_LABELS: { readonly [Key in keyof Required<SizingInputs>]: Localized } = {
  dailyIngestGb: { en: 'New data per day (GB)', 'pt-BR': 'Dados novos por dia (GB)' },
  retainedHistoryGb: { en: 'History kept queryable (GB)', 'pt-BR': 'Histórico consultável (GB)' },
  eventsPerSecond: { en: 'Peak events per second', 'pt-BR': 'Pico de eventos por segundo' },
  recordSizeKb: { en: 'Average event size (KB)', 'pt-BR': 'Tamanho médio de um evento (KB)' },
  queriesPerDay: { en: 'Queries per day', 'pt-BR': 'Consultas por dia' },
  concurrentQueries: { en: 'Concurrent queries at peak', 'pt-BR': 'Consultas simultâneas no pico' },
  dashboardReaders: { en: 'Dashboard readers', 'pt-BR': 'Leitores de painéis' },
  dashboardAuthors: { en: 'Dashboard authors', 'pt-BR': 'Autores de painéis' },
  etlRunsPerDay: { en: 'Pipeline runs per day', 'pt-BR': 'Execuções do pipeline por dia' },
  rawArchiveAfterDays: { en: 'Raw data archived after (days)', 'pt-BR': 'Dados brutos arquivados após (dias)' },
  region: { en: 'AWS Region', 'pt-BR': 'Região da AWS' },
};

/** How a component is named in prose: the service, plus the zone for the three S3 components. */
export function componentDisplayName(component: Component, locale: Locale): string {
  const shortName = catalogService(component.serviceId).shortName;
  return component.serviceId === 's3' ? `${shortName} (${component.roleLabel[locale]})` : shortName;
}

function formatValue(value: string | number, locale: Locale): string {
  return typeof value === 'number' ? value.toLocaleString(locale) : escapeMarkdown(value);
}

/**
 * The recommendation as a Markdown document in one locale: components by layer
 * with their rationale and playbook links, data flows, alternatives, warnings,
 * sizing inputs, the diagram and the rules that fired. Customer text is escaped
 * with {@link escapeMarkdown}; the rest is the advisor's own text.
 */
export function architectureToMarkdown(model: ArchitectureModel, options: MarkdownReportOptions): string {
  const { locale } = options;
  const text = TEXT[locale];
  const byId = new Map(model.components.map((component) => [component.id, component]));
  const name = (id: string) => {
    const component = byId.get(id);
    return component ? componentDisplayName(component, locale) : id;
  };
  const out: string[] = [];

  out.push(`# ${text.title}${options.customerName === undefined ? '' : ` ${text.for} ${escapeMarkdown(options.customerName)}`}`, '');
  const facts = [
    options.industry === undefined ? undefined : `${text.industry}: ${escapeMarkdown(options.industry)}`,
    options.region === undefined ? undefined : `${text.region}: ${escapeMarkdown(options.region)}`,
  ].filter((fact) => fact !== undefined);
  if (facts.length > 0) out.push(facts.join(' · '), '');

  out.push(`## ${text.components}`, '');
  for (const layer of LAYERS) {
    const members = model.components.filter((component) => component.layer === layer);
    if (members.length === 0) continue;
    out.push(`### ${LAYER_LABELS[layer][locale]}`, '');
    for (const component of members) {
      const links = component.citations.map((citation) => `[${citation.collection}/${citation.id}](${citationHref(citation, locale)})`);
      out.push(`- **${catalogService(component.serviceId).shortName}** (${component.roleLabel[locale]}): ${componentRationale(component, RULE_EXPLANATIONS[locale])}`);
      if (links.length > 0) out.push(`  ${text.playbook}: ${links.join(', ')}`);
    }
    out.push('');
  }

  if (model.edges.length > 0) {
    out.push(`## ${text.flows}`, '', `| ${text.from} | ${text.to} | ${text.what} |`, '| --- | --- | --- |');
    for (const edge of model.edges) out.push(`| ${name(edge.from)} | ${name(edge.to)} | ${edge.flow[locale]} |`);
    out.push('');
  }

  if (model.alternatives.length > 0) {
    out.push(`## ${text.alternatives}`, '');
    for (const alternative of model.alternatives) {
      out.push(`- **${catalogService(alternative.serviceId).shortName}** ${text.insteadOf} **${name(alternative.chosen)}**: ${alternativeReason(alternative, RULE_EXPLANATIONS[locale])}`);
    }
    out.push('');
  }

  if (model.warnings.length > 0) {
    out.push(`## ${text.warnings}`, '');
    for (const warning of model.warnings) out.push(`- ${warningMessage(warning, RULE_EXPLANATIONS[locale])}`);
    out.push('');
  }

  out.push(`## ${text.sizing}`, '', `| ${text.input} | ${text.value} |`, '| --- | --- |');
  for (const key of Object.keys(SIZING_LABELS) as (keyof SizingInputs)[]) {
    const value = model.sizing[key];
    out.push(`| ${SIZING_LABELS[key][locale]} | ${value === undefined ? text.unknown : formatValue(value, locale)} |`);
  }
  out.push('');

  if (options.mermaid !== undefined) out.push(`## ${text.diagram}`, '', '```mermaid', options.mermaid.trimEnd(), '```', '');

  out.push(`## ${text.rules}`, '', model.firedRules.map((id) => `\`${id}\``).join(', '), '');
  return out.join('\n');
}
