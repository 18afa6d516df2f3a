import { ANSWER_FIELD_IDS, type AnswerFieldId } from '../answers/field-ids';
import { ANSWER_FIELDS } from '../answers/fields';
import { isAnswered, readAnswer } from '../answers/read';
import type { Answers } from '../answers/schema';
import { componentDisplayName } from '../architecture/markdown';
import type { ArchitectureModel } from '../architecture/model';
import { catalogService, type ServiceId } from '../catalog/services';
import { formatCalendarDay, isCalendarDay } from '../calendar';
import type { Estimate, ExchangeRate } from '../cost/estimate';
import { formatQuantity, formatQuantityWithUnit, formatUsd } from '../cost/number-format';
import type { MermaidDiagram } from '../diagram/mermaid';
import { InputError } from '../errors';
import type { Layer } from '../layers';
import type { Locale } from '../locales';
import type { RegionCode } from '../pricing/regions';
import { warningMessage } from '../rules/explain';
import { RULE_EXPLANATIONS } from '../rules/explanations';
import type { UsageOverrides } from '../sizing/assumptions';
import { proposalCountText, proposalText } from './text';

/**
 * An objection card from the playbook (`content/objections/<locale>/<slug>.mdx`
 * frontmatter), in the proposal's language. The edge reads the files; the core
 * only receives the cards about services in the architecture.
 */
export interface ObjectionEntry {
  readonly slug: string;
  readonly title: string;
  /** What the customer says, in their words. */
  readonly objection: string;
  /** The short answer. */
  readonly answer: string;
  readonly proofPoints: readonly string[];
  readonly services: readonly ServiceId[];
}

/** One answer from discovery, as the proposal states it. */
export interface ProposalFact {
  readonly fieldId: AnswerFieldId;
  readonly label: string;
  /** The answer in words: option labels for choices, number and unit, or the customer's own text. */
  readonly value: string;
}

export type ProposalRiskKind = 'warning' | 'unknown' | 'pricing' | 'growth';

export interface ProposalRisk {
  /** Stable id: the advisor warning id, or `unknown.answers`, `pricing.not-priced`, … */
  readonly id: string;
  readonly kind: ProposalRiskKind;
  readonly text: string;
  /** Answer field ids the risk is about. */
  readonly fields: readonly string[];
}

export interface ProposalStep {
  readonly id: string;
  readonly text: string;
}

/** How the estimate was priced, so the same export can be made again. */
export interface ProposalPricing {
  readonly region: RegionCode;
  /** The customer's region when the price snapshot has no prices for it. */
  readonly unpricedRegion?: string;
  readonly preset: string;
  readonly overrides: UsageOverrides;
  readonly freeTier: boolean;
  readonly exchangeRate?: ExchangeRate;
}

/**
 * Everything a proposal shows, in one language, built from the same core results
 * the wizard and the CLI print: the model from `recommend`, the diagram from
 * `toMermaid`, the estimate from `estimateCost`. Renderers only format it. Plain
 * JSON-able data; customer text is kept as typed and escaped by each renderer.
 */
export interface Proposal {
  readonly formatVersion: 1;
  readonly locale: Locale;
  /** YYYY-MM-DD the proposal was made. */
  readonly generatedOn: string;
  readonly customer: {
    readonly name?: string;
    readonly industry?: string;
    readonly region?: string;
    readonly facts: readonly ProposalFact[];
    /** Discovery fields nobody answered yet (numbers excluded: the estimate lists the defaults it used). */
    readonly unknown: readonly { readonly fieldId: AnswerFieldId; readonly label: string }[];
  };
  readonly model: ArchitectureModel;
  readonly diagram: MermaidDiagram;
  readonly estimate: Estimate;
  readonly pricing: ProposalPricing;
  readonly risks: readonly ProposalRisk[];
  readonly nextSteps: readonly ProposalStep[];
  readonly objections: readonly ObjectionEntry[];
}

export interface ProposalInputs {
  readonly answers: Answers;
  readonly locale: Locale;
  readonly model: ArchitectureModel;
  readonly diagram: MermaidDiagram;
  readonly estimate: Estimate;
  readonly pricing: ProposalPricing;
  /**
   * Objection cards about the model's services, most relevant first. The proposal keeps
   * the first {@link MAX_PROPOSAL_OBJECTIONS} about a service beyond storage and monitoring,
   * each naming only services the model has.
   */
  readonly objections: readonly ObjectionEntry[];
  /** YYYY-MM-DD. */
  readonly generatedOn: string;
}

/**
 * Layers every architecture has (the lake's storage, its monitoring). An objection
 * that touches the design only there is about the cloud or the lake in general,
 * not about this proposal's choices, so the proposal leaves it to the seller's
 * battlecards.
 */
const GROUND_LAYERS: ReadonlySet<Layer> = new Set(['store', 'observe']);

/** A proposal answers the most relevant few; the wizard's seller panel keeps the full list. */
export const MAX_PROPOSAL_OBJECTIONS = 6;

/** Fields the title block already shows, or that never reach the customer (seller notes). */
const NOT_IN_CONTEXT: ReadonlySet<AnswerFieldId> = new Set(['opportunity.customerName', 'locale', 'notes']);
const CONTEXT_FIELDS = ANSWER_FIELD_IDS.filter((id) => !NOT_IN_CONTEXT.has(id));

function factValue(answers: Answers, id: AnswerFieldId, locale: Locale): string {
  const field = ANSWER_FIELDS[id];
  const value: unknown = readAnswer(answers, id);
  const optionLabel = (option: string) => field.options?.[option]?.[locale] ?? option;
  if (Array.isArray(value)) return value.map((option) => optionLabel(String(option))).join(', ');
  if (typeof value === 'number') return formatQuantityWithUnit(value, field.unit, locale, 4);
  if (field.input === 'choice') return optionLabel(String(value));
  return String(value);
}

function customerContext(answers: Answers, locale: Locale): Proposal['customer'] {
  const facts: ProposalFact[] = [];
  const unknown: { fieldId: AnswerFieldId; label: string }[] = [];
  for (const id of CONTEXT_FIELDS) {
    const label = ANSWER_FIELDS[id].label[locale];
    if (isAnswered(answers, id)) facts.push({ fieldId: id, label, value: factValue(answers, id, locale) });
    else if (ANSWER_FIELDS[id].input !== 'number') unknown.push({ fieldId: id, label });
  }
  const { customerName, industry, region } = answers.opportunity;
  return {
    ...(customerName === undefined ? {} : { name: customerName }),
    ...(industry === undefined ? {} : { industry }),
    ...(region === undefined ? {} : { region }),
    facts,
    unknown,
  };
}

function risksOf(inputs: ProposalInputs, customer: Proposal['customer']): ProposalRisk[] {
  const { locale, model, estimate, pricing } = inputs;
  const risks: ProposalRisk[] = model.warnings.map((warning) => ({ id: warning.id, kind: 'warning', text: warningMessage(warning, RULE_EXPLANATIONS[locale]), fields: warning.fields }));
  if (customer.unknown.length > 0) {
    risks.push({
      id: 'unknown.answers',
      kind: 'unknown',
      text: proposalText(locale, 'riskUnknownAnswers', { fields: customer.unknown.map((field) => field.label).join(', ') }),
      fields: customer.unknown.map((field) => field.fieldId),
    });
  }
  const defaults = estimate.assumptions.filter((row) => row.provenance === 'preset');
  if (defaults.length > 0) {
    risks.push({
      id: 'unknown.usage',
      kind: 'unknown',
      text: proposalCountText(locale, 'riskDefaultUsage', defaults.length, { total: estimate.assumptions.length }),
      fields: [],
    });
  }
  if (estimate.notPriced.length > 0) {
    risks.push({
      id: 'pricing.not-priced',
      kind: 'pricing',
      text: proposalCountText(locale, 'riskNotPriced', estimate.notPriced.length, {
        items: estimate.notPriced.map((item) => `${item.componentId} (${item.name[locale]})`).join(', '),
      }),
      fields: [],
    });
  }
  if (pricing.unpricedRegion !== undefined) {
    risks.push({
      id: 'pricing.region',
      kind: 'pricing',
      text: proposalText(locale, 'riskUnpricedRegion', { asked: pricing.unpricedRegion, region: pricing.region }),
      fields: ['opportunity.region'],
    });
  }
  const { sensitivity } = estimate;
  const dominant = sensitivity.rows.find((row) => row.componentId === sensitivity.dominant);
  const dominantComponent = model.components.find((component) => component.id === sensitivity.dominant);
  if (dominant !== undefined) {
    risks.push({
      id: 'growth.dominant',
      kind: 'growth',
      text: proposalText(locale, 'riskGrowth', {
        total: formatUsd(sensitivity.totalUsd, locale),
        component: dominantComponent === undefined ? dominant.componentId : componentDisplayName(dominantComponent, locale),
        share: formatQuantity(dominant.shareAtScale, locale),
      }),
      fields: [],
    });
  }
  return risks;
}

function nextStepsOf(inputs: ProposalInputs, customer: Proposal['customer'], risks: readonly ProposalRisk[]): ProposalStep[] {
  const { locale, model, estimate, objections } = inputs;
  const steps: ProposalStep[] = [];
  if (customer.unknown.length > 0) steps.push({ id: 'confirm-answers', text: proposalText(locale, 'stepConfirmAnswers', { fields: customer.unknown.map((field) => field.label).join(', ') }) });
  if (estimate.assumptions.some((row) => row.provenance === 'preset')) steps.push({ id: 'review-defaults', text: proposalText(locale, 'stepReviewDefaults') });
  if (risks.some((risk) => risk.kind === 'warning')) steps.push({ id: 'resolve-warnings', text: proposalText(locale, 'stepResolveWarnings') });
  if (model.components.length > 0) steps.push({ id: 'review-architecture', text: proposalText(locale, 'stepReviewArchitecture') });
  steps.push({
    id: 'validate-prices',
    text: proposalText(locale, 'stepValidatePrices', { region: estimate.region, date: formatCalendarDay(estimate.priceSnapshotGeneratedAt.slice(0, 10), locale) }),
  });
  if (model.components.length > 0) steps.push({ id: 'proof-of-concept', text: proposalText(locale, 'stepProofOfConcept') });
  if (objections.length > 0) steps.push({ id: 'objections', text: proposalCountText(locale, 'stepObjections', objections.length) });
  return steps;
}

/**
 * Assembles the proposal from results the caller computed with the core
 * (`recommend`, `toMermaid`, `resolveAssumptions` + `estimateCost`). Refuses an
 * estimate or diagram made for a different architecture, so no export can show
 * numbers that disagree with its own diagram.
 */
export function buildProposal(inputs: ProposalInputs): Proposal {
  const { model, diagram, estimate } = inputs;
  const componentIds = model.components.map((component) => component.id).join(',');
  if (estimate.components.map((component) => component.componentId).join(',') !== componentIds) {
    throw new InputError(`the estimate prices other components (${estimate.components.map((c) => c.componentId).join(', ')}) than the architecture has (${componentIds})`);
  }
  if ([...diagram.nodes].map((node) => node.componentId).sort().join(',') !== [...model.components.map((component) => component.id)].sort().join(',')) {
    throw new InputError('the diagram draws other components than the architecture has');
  }
  if (!isCalendarDay(inputs.generatedOn)) throw new InputError(`generatedOn: expected a calendar day as YYYY-MM-DD, received ${JSON.stringify(inputs.generatedOn)}`);
  const customer = customerContext(inputs.answers, inputs.locale);
  const risks = risksOf(inputs, customer);
  const chosen = new Set<ServiceId>(model.components.map((component) => component.serviceId));
  const objections = inputs.objections
    .map((entry) => ({ ...entry, services: entry.services.filter((service) => chosen.has(service)) }))
    .filter((entry) => entry.services.some((service) => !GROUND_LAYERS.has(catalogService(service).layer)))
    .slice(0, MAX_PROPOSAL_OBJECTIONS);
  return {
    formatVersion: 1,
    locale: inputs.locale,
    generatedOn: inputs.generatedOn,
    customer,
    model,
    diagram,
    estimate,
    pricing: inputs.pricing,
    risks,
    nextSteps: nextStepsOf({ ...inputs, objections }, customer, risks),
    objections,
  };
}
