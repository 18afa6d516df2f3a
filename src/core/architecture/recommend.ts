import type { Answers } from '../answers/schema';
import { catalogService, type ServiceId } from '../catalog/services';
import { LAYERS } from '../layers';
import type { Localized } from '../locales';
import { evaluateCondition, type ConditionContext } from '../rules/condition';
import { RULES } from '../rules/table';
import type { AlternativeRule, EdgeRule, Placement, Rule, WarningRule } from '../rules/types';
import { WARNING_RULES } from '../rules/warnings';
import type { Alternative, ArchitectureModel, Component, Edge, PlaybookCitation, Warning } from './model';
import { ROLE_LABELS, componentIdFor, type Role } from './roles';
import { sizingFromAnswers } from './sizing-from-answers';

/** One rule's part in a component: the duty (role) it explains. */
interface Contribution {
  readonly rule: Rule;
  readonly role: Role;
}

interface DraftComponent {
  readonly id: string;
  readonly serviceId: ServiceId;
  readonly roles: Role[];
  contributions: Contribution[];
}

interface RecordedAlternative extends AlternativeRule {
  readonly ruleId: string;
}

/** The architecture as the rules build it, before it is frozen into a model. */
class Draft {
  readonly components: DraftComponent[] = [];
  private readonly holders = new Map<Role, DraftComponent>();
  private alternatives: RecordedAlternative[] = [];
  readonly edges: EdgeRule[] = [];

  holder(role: Role): DraftComponent | undefined {
    return this.holders.get(role);
  }

  add({ role, service }: Placement, rule: Rule): void {
    const holder = this.holders.get(role);
    if (holder) {
      holder.contributions.push({ rule, role });
      return;
    }
    this.place(role, service, rule, this.components.length);
  }

  replace({ role, service }: Placement, rule: Rule): void {
    const previous = this.holders.get(role);
    if (!previous) {
      this.place(role, service, rule, this.components.length);
      return;
    }
    let position = this.components.indexOf(previous) + 1;
    previous.roles.splice(previous.roles.indexOf(role), 1);
    previous.contributions = previous.contributions.filter((contribution) => contribution.role !== role);
    if (previous.roles.length === 0) {
      position -= 1;
      this.components.splice(position, 1);
    }
    this.holders.delete(role);
    this.alternatives = this.alternatives.filter((alternative) => alternative.role !== role);
    this.place(role, service, rule, position);
  }

  use(role: Role, rule: Rule): void {
    this.holders.get(role)?.contributions.push({ rule, role });
  }

  recordAlternative(alternative: AlternativeRule, ruleId: string): void {
    this.alternatives.push({ ...alternative, ruleId });
  }

  recordedAlternatives(): readonly RecordedAlternative[] {
    return this.alternatives;
  }

  /** Fills `role` with `service`, joining the existing component of that service if there is one. */
  private place(role: Role, service: ServiceId, rule: Rule, position: number): void {
    const id = componentIdFor(service, role);
    let component = this.components.find((candidate) => candidate.id === id);
    if (!component) {
      component = { id, serviceId: service, roles: [], contributions: [] };
      this.components.splice(position, 0, component);
    }
    component.roles.push(role);
    component.contributions.push({ rule, role });
    this.holders.set(role, component);
  }
}

function uniqueBy<Item>(items: readonly Item[], key: (item: Item) => string): Item[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const value = key(item);
    if (seen.has(value)) return false;
    seen.add(value);
    return true;
  });
}

function joinLocalized(parts: readonly Localized[], separator: string): Localized {
  return {
    en: parts.map((part) => part.en).join(separator),
    'pt-BR': parts.map((part) => part['pt-BR']).join(separator),
  };
}

function toComponent(draft: DraftComponent): Component {
  const rules = uniqueBy(
    draft.contributions.map((contribution) => contribution.rule),
    (rule) => rule.id,
  );
  return {
    id: draft.id,
    serviceId: draft.serviceId,
    role: draft.roles[0]!,
    roleLabel: joinLocalized(
      draft.roles.map((role) => ROLE_LABELS[role]),
      ' · ',
    ),
    layer: catalogService(draft.serviceId).layer,
    ruleIds: rules.map((rule) => rule.id),
    citations: uniqueBy<PlaybookCitation>(
      rules.flatMap((rule) => rule.cites),
      (citation) => `${citation.collection}/${citation.id}`,
    ),
  };
}

export interface RuleTables {
  readonly rules: readonly Rule[];
  readonly warnings: readonly WarningRule[];
}

const DEFAULT_TABLES: RuleTables = { rules: RULES, warnings: WARNING_RULES };

/**
 * Turns validated answers into the recommended architecture by running the rules
 * table in order. Pure and deterministic: the same answers always give the same
 * model, down to the order of every list.
 */
export function recommend(answers: Answers, tables: RuleTables = DEFAULT_TABLES): ArchitectureModel {
  const draft = new Draft();
  const context: ConditionContext = { answers, hasRole: (role) => draft.holder(role) !== undefined };
  const firedRules: string[] = [];

  for (const rule of tables.rules) {
    if (!evaluateCondition(rule.when, context)) continue;
    firedRules.push(rule.id);
    for (const placement of rule.add ?? []) draft.add(placement, rule);
    for (const placement of rule.replace ?? []) draft.replace(placement, rule);
    for (const role of rule.uses ?? []) draft.use(role, rule);
    draft.edges.push(...(rule.edges ?? []));
    for (const alternative of rule.alternatives ?? []) draft.recordAlternative(alternative, rule.id);
  }

  // A later rule may relabel an edge between the same two components; it keeps its first position.
  const edges = new Map<string, Edge>();
  for (const edge of draft.edges) {
    const from = draft.holder(edge.from);
    const to = draft.holder(edge.to);
    if (!from || !to || from === to) continue;
    if (edge.when && !evaluateCondition(edge.when, context)) continue;
    edges.set(`${from.id}\u0000${to.id}`, { from: from.id, to: to.id, flow: edge.flow });
  }

  const alternatives: Alternative[] = [];
  const seenAlternatives = new Set<string>();
  for (const recorded of draft.recordedAlternatives()) {
    const chosen = draft.holder(recorded.role);
    if (!chosen || chosen.serviceId === recorded.lost) continue;
    const key = `${chosen.id}\u0000${recorded.lost}`;
    if (seenAlternatives.has(key)) continue;
    seenAlternatives.add(key);
    alternatives.push({ chosen: chosen.id, serviceId: recorded.lost, ruleId: recorded.ruleId });
  }

  const warnings: Warning[] = tables.warnings
    .filter((warning) => evaluateCondition(warning.when, context))
    .map((warning) => ({ id: warning.id, fields: warning.fields }));

  const layerOrder = (component: Component) => LAYERS.indexOf(component.layer);
  const components = draft.components.map(toComponent).sort((a, b) => layerOrder(a) - layerOrder(b));

  return {
    components,
    edges: [...edges.values()],
    alternatives,
    sizing: sizingFromAnswers(answers, context.hasRole),
    warnings,
    firedRules,
  };
}
