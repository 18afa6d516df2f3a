import type { Answers } from '../core/answers/schema';
import { recommend } from '../core/architecture/recommend';
import { calendarDayIn } from '../core/calendar';
import { estimateCost, type ExchangeRate } from '../core/cost/estimate';
import { toMermaid } from '../core/diagram/mermaid';
import { buildProposal, type Proposal } from '../core/export/proposal';
import type { Locale } from '../core/locales';
import type { RegionCode } from '../core/pricing/regions';
import { resolveAssumptions, type Assumptions, type UsageOverrides } from '../core/sizing/assumptions';
import { DEFAULT_SIZING_PRESET, type SizingPreset } from '../core/sizing/usage-schema';
import { loadBundledPriceBook } from '../data/price-snapshot/bundled';
import { pricingRegionFor, relevantObjections } from '../store/derived';
import { readObjectionEntries } from './objections';

/** How to price and word an export; every field defaults the way the wizard and `lakewise estimate` do. */
export interface ExportSettings {
  /** Language of the documents; default: the answers' own. */
  readonly locale?: Locale;
  /** Price region; default: the answers' region when the snapshot has it, else the default region. */
  readonly region?: RegionCode;
  readonly preset?: SizingPreset;
  readonly overrides?: UsageOverrides;
  readonly freeTier?: boolean;
  readonly exchangeRate?: ExchangeRate;
  /** The latest day (YYYY-MM-DD) the exchange rate may be dated; default: today on this machine's calendar. */
  readonly today?: string;
  /** YYYY-MM-DD printed on the proposal; default: today on this machine's calendar. */
  readonly generatedOn?: string;
}

export interface PreparedExport {
  readonly answers: Answers;
  readonly proposal: Proposal;
  /** The resolved usage the estimate was priced with (the CDK app sizes resources from it too). */
  readonly assumptions: Assumptions;
}

/**
 * Computes what every export file is rendered from, with the same core calls and
 * the same bundled prices as the wizard's screen and `lakewise recommend` /
 * `lakewise estimate`: recommend → toMermaid → resolveAssumptions → estimateCost,
 * plus the playbook's objection cards about the chosen services.
 * Throws an InputError for overrides or an exchange rate the cost model refuses.
 */
export async function prepareExport(answers: Answers, settings: ExportSettings, projectRoot: string): Promise<PreparedExport> {
  const locale = settings.locale ?? answers.locale;
  const model = recommend(answers);
  const diagram = toMermaid(model, answers.opportunity.customerName === undefined ? { locale } : { locale, customerName: answers.opportunity.customerName });
  const chosenRegion = settings.region === undefined ? pricingRegionFor(answers.opportunity.region) : { region: settings.region };
  const preset = settings.preset ?? DEFAULT_SIZING_PRESET;
  const overrides = settings.overrides ?? {};
  const assumptions = resolveAssumptions(model.sizing, { preset, overrides });
  const freeTier = settings.freeTier ?? false;
  const machineToday = calendarDayIn(new Date());
  const estimate = estimateCost(model, assumptions, await loadBundledPriceBook(chosenRegion.region), {
    freeTier,
    ...(settings.exchangeRate === undefined ? {} : { exchangeRate: settings.exchangeRate, today: settings.today ?? machineToday }),
  });
  const objections = relevantObjections(model.components, await readObjectionEntries(projectRoot, locale));
  const proposal = buildProposal({
    answers,
    locale,
    model,
    diagram,
    estimate,
    pricing: {
      region: chosenRegion.region,
      ...(chosenRegion.unpricedRegion === undefined ? {} : { unpricedRegion: chosenRegion.unpricedRegion }),
      preset,
      overrides,
      freeTier,
      ...(settings.exchangeRate === undefined ? {} : { exchangeRate: settings.exchangeRate }),
    },
    objections,
    generatedOn: settings.generatedOn ?? machineToday,
  });
  return { answers, proposal, assumptions };
}
