import type { Alternative, ArchitectureModel, Component, Warning } from '../architecture/model';
import type { ServiceId } from '../catalog/services';
import type { Locale } from '../locales';

/**
 * The words behind the advisor's decisions, in one language. The rules table and the
 * architecture model carry only ids, so a page can ship the explanations of its own
 * language and nothing else; Node-side readers take both books from `./explanations`.
 */
export interface RuleExplanations {
  /** Why a rule's services are there, by rule id. */
  readonly rationale: Readonly<Record<string, string>>;
  /** Why a service the rule weighed lost, by rule id and the losing service. */
  readonly alternatives: Readonly<Record<string, Readonly<Partial<Record<ServiceId, string>>>>>;
  /** What each warning tells the seller, by warning id. */
  readonly warnings: Readonly<Record<string, string>>;
}

/** A book with a hole is a bug in the book, not something to render as blank text. */
function required(text: string | undefined, what: string): string {
  if (text === undefined) throw new Error(`no explanation for ${what}`);
  return text;
}

export function ruleRationale(ruleId: string, book: RuleExplanations): string {
  return required(book.rationale[ruleId], `rule ${ruleId}`);
}

/** A component's rationale: the rationale of every rule that placed it or gave it a duty, in rule order. */
export function componentRationale(component: Pick<Component, 'ruleIds'>, book: RuleExplanations): string {
  return component.ruleIds.map((ruleId) => ruleRationale(ruleId, book)).join(' ');
}

export function alternativeReason(alternative: Pick<Alternative, 'ruleId' | 'serviceId'>, book: RuleExplanations): string {
  return required(book.alternatives[alternative.ruleId]?.[alternative.serviceId], `alternative ${alternative.serviceId} of rule ${alternative.ruleId}`);
}

export function warningMessage(warning: Pick<Warning, 'id'>, book: RuleExplanations): string {
  return required(book.warnings[warning.id], `warning ${warning.id}`);
}

/** The explanations of one model in one language, for readers outside this code (the CLI's JSON). */
export interface ArchitectureExplanation {
  readonly locale: Locale;
  /** Rationale by component id. */
  readonly components: Readonly<Record<string, string>>;
  /** Reason for each of the model's alternatives, in the model's order. */
  readonly alternatives: readonly string[];
  /** Message by warning id. */
  readonly warnings: Readonly<Record<string, string>>;
}

export function explainArchitecture(model: Pick<ArchitectureModel, 'components' | 'alternatives' | 'warnings'>, locale: Locale, book: RuleExplanations): ArchitectureExplanation {
  return {
    locale,
    components: Object.fromEntries(model.components.map((component) => [component.id, componentRationale(component, book)])),
    alternatives: model.alternatives.map((alternative) => alternativeReason(alternative, book)),
    warnings: Object.fromEntries(model.warnings.map((warning) => [warning.id, warningMessage(warning, book)])),
  };
}
