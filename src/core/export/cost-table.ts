import { catalogService } from '../catalog/services';
import type { CostLine } from '../cost/cost-line';
import type { ComponentEstimate } from '../cost/estimate';
import { formatCalendarDay } from '../calendar';
import { formatBrl, formatBrlPerUsd, formatQuantityWithUnit, formatUnitPrice, formatUsd } from '../cost/number-format';
import type { Locale } from '../locales';
import type { Proposal } from './proposal';
import { proposalText } from './text';

/**
 * The estimate as display rows, shared by the Markdown and HTML proposals so both
 * show the same amounts in the same words. Amounts come from the estimate's
 * rounded cents; nothing is recomputed here.
 */
export interface CostTableRow {
  readonly kind: 'component' | 'line';
  readonly componentId: string;
  readonly label: string;
  readonly quantity: string;
  readonly unitPrice: string;
  readonly monthly: string;
  readonly monthlyBrl: string;
  readonly how: string;
  readonly notPriced: boolean;
}

export interface CostSummary {
  readonly rows: readonly CostTableRow[];
  readonly showBrl: boolean;
  readonly total: string;
  readonly totalBrl?: string;
  readonly range: string;
  readonly rangeNote: string;
  readonly exchange?: string;
  readonly lead: string;
  readonly freeTier: string;
}

function lineAmount(line: CostLine, locale: Locale): string {
  if (line.status === 'not-priced') return proposalText(locale, 'notPriced');
  if (line.belowOneCent) return proposalText(locale, 'belowCent');
  return formatUsd(line.usd, locale);
}

function componentAmount(component: ComponentEstimate, locale: Locale): string {
  if (component.status === 'free') return proposalText(locale, 'free');
  if (component.status === 'no-usage') return proposalText(locale, 'noUsage');
  if (component.status === 'not-priced' && component.lines.length === 0) return proposalText(locale, 'notPriced');
  return formatUsd(component.usd, locale);
}

export function costSummary(proposal: Proposal): CostSummary {
  const { locale, estimate, model } = proposal;
  const byId = new Map(model.components.map((component) => [component.id, component]));
  const rows: CostTableRow[] = [];
  for (const component of estimate.components) {
    const modelComponent = byId.get(component.componentId);
    rows.push({
      kind: 'component',
      componentId: component.componentId,
      label: `${modelComponent === undefined ? component.serviceName : catalogService(modelComponent.serviceId).shortName} · ${component.roleLabel[locale]}`,
      quantity: '',
      unitPrice: '',
      monthly: componentAmount(component, locale),
      monthlyBrl: component.brl === undefined ? '' : formatBrl(component.brl, locale),
      how: component.reason?.[locale] ?? '',
      notPriced: component.status === 'not-priced' && component.lines.length === 0,
    });
    for (const line of component.lines) {
      rows.push({
        kind: 'line',
        componentId: component.componentId,
        label: line.name[locale],
        quantity: line.quantity === undefined ? '' : formatQuantityWithUnit(line.quantity, line.unit, locale),
        unitPrice: line.status === 'priced' ? formatUnitPrice(line.unitPriceUsd, locale) : '',
        monthly: lineAmount(line, locale),
        monthlyBrl: line.status === 'priced' && line.brl !== undefined ? formatBrl(line.brl, locale) : '',
        how: line.status === 'priced' ? line.formula[locale] : line.reason[locale],
        notPriced: line.status === 'not-priced',
      });
    }
  }
  const { totals, brl } = estimate;
  return {
    rows,
    showBrl: brl !== undefined,
    total: formatUsd(totals.expectedUsd, locale),
    ...(brl === undefined ? {} : { totalBrl: formatBrl(brl.expected, locale), exchange: proposalText(locale, 'exchange', { rate: formatBrlPerUsd(brl.brlPerUsd, locale), date: formatCalendarDay(brl.date, locale) }) }),
    range: `${proposalText(locale, 'low')} ${formatUsd(totals.lowUsd, locale)} – ${proposalText(locale, 'high')} ${formatUsd(totals.highUsd, locale)}`,
    rangeNote: `${estimate.band.low[locale]}; ${estimate.band.high[locale]}`,
    lead: proposalText(locale, 'costLead', { region: estimate.region, date: formatCalendarDay(estimate.priceSnapshotGeneratedAt.slice(0, 10), locale) }),
    freeTier: proposalText(locale, estimate.freeTier.applied ? 'freeTierOn' : 'freeTierOff'),
  };
}

/** What each usage provenance is called in a proposal. */
export const PROVENANCE_LABELS = {
  override: { en: 'set for this proposal', 'pt-BR': 'definido para esta proposta' },
  answer: { en: "customer's answer", 'pt-BR': 'resposta do cliente' },
  preset: { en: 'default', 'pt-BR': 'padrão' },
  derived: { en: 'derived', 'pt-BR': 'derivado' },
} as const;
