import type { Answers } from '../core/answers/schema';
import type { ArchitectureModel } from '../core/architecture/model';
import { recommend } from '../core/architecture/recommend';
import type { ServiceId } from '../core/catalog/services';
import { toMermaid, type MermaidDiagram } from '../core/diagram/mermaid';
import type { Locale } from '../core/locales';
import { DEFAULT_PRICING_REGION, isRegionCode, type RegionCode } from '../core/pricing/regions';
import { memoizeLast } from './memo';

/**
 * What the wizard shows, computed from the store by the pure core. Each derivation
 * remembers its last inputs, so a keystroke that does not change the architecture
 * reuses the same model (and React skips the parts that read it). The cost side is
 * in `cost-derived.ts`, loaded with the cost panel.
 */

export interface Derivations {
  architecture(answers: Answers): ArchitectureModel;
  diagram(model: ArchitectureModel, locale: Locale, customerName: string | undefined): MermaidDiagram;
}

/**
 * The new model, reusing the previous model's lists where they are equal, so that
 * views of components, warnings or edges see the same array (and skip re-rendering)
 * when an answer only changed a quantity.
 */
export function shareUnchanged(previous: ArchitectureModel, next: ArchitectureModel): ArchitectureModel {
  const same = <Value>(a: Value, b: Value) => JSON.stringify(a) === JSON.stringify(b);
  const shared: ArchitectureModel = {
    components: same(previous.components, next.components) ? previous.components : next.components,
    edges: same(previous.edges, next.edges) ? previous.edges : next.edges,
    alternatives: same(previous.alternatives, next.alternatives) ? previous.alternatives : next.alternatives,
    sizing: same(previous.sizing, next.sizing) ? previous.sizing : next.sizing,
    warnings: same(previous.warnings, next.warnings) ? previous.warnings : next.warnings,
    firedRules: same(previous.firedRules, next.firedRules) ? previous.firedRules : next.firedRules,
  };
  return (Object.keys(shared) as (keyof ArchitectureModel)[]).every((key) => shared[key] === previous[key]) ? previous : shared;
}

export function createDerivations(): Derivations {
  let last: ArchitectureModel | undefined;
  return {
    architecture: memoizeLast((answers: Answers) => {
      const next = recommend(answers);
      last = last === undefined ? next : shareUnchanged(last, next);
      return last;
    }),
    diagram: memoizeLast((model: ArchitectureModel, locale: Locale, customerName: string | undefined) =>
      toMermaid(model, customerName === undefined ? { locale } : { locale, customerName }),
    ),
  };
}

/**
 * The price region for the customer's region answer: that region when the price
 * snapshot covers it, else the default, with the region that was asked for.
 */
export function pricingRegionFor(asked: string | undefined): { readonly region: RegionCode; readonly unpricedRegion?: string } {
  if (asked === undefined) return { region: DEFAULT_PRICING_REGION };
  return isRegionCode(asked) ? { region: asked } : { region: DEFAULT_PRICING_REGION, unpricedRegion: asked };
}

/** Every service among the components, once, in component order. */
export function servicesOf(components: ArchitectureModel['components']): ServiceId[] {
  return [...new Set(components.map((component) => component.serviceId))];
}

/** An objection card as the wizard lists it. */
export interface ObjectionCard {
  readonly slug: string;
  readonly title: string;
  readonly objection: string;
  readonly answer: string;
  readonly services: readonly ServiceId[];
}

/** Objections about any service among the components, most services in common first, then in playbook order. */
export function relevantObjections<Card extends ObjectionCard>(components: ArchitectureModel['components'], cards: readonly Card[]): Card[] {
  const chosen = new Set(servicesOf(components));
  return cards
    .map((card, index) => ({ card, index, overlap: card.services.filter((service) => chosen.has(service)).length }))
    .filter((entry) => entry.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap || a.index - b.index)
    .map((entry) => entry.card);
}
