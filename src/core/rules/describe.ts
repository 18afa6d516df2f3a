import { ANSWER_FIELDS } from '../answers/fields';
import type { PlaybookCitation } from '../architecture/model';
import { ROLE_LABELS, type Role } from '../architecture/roles';
import { catalogService, type ServiceId } from '../catalog/services';
import { unitAfter } from '../i18n/unit-label';
import type { Locale } from '../locales';
import { citationHref } from './citations';
import type { Condition } from './condition';
import { alternativeReason, ruleRationale, warningMessage } from './explain';
import { RULE_EXPLANATIONS } from './explanations';
import { RULES } from './table';
import type { Rule, WarningRule } from './types';
import { WARNING_RULES } from './warnings';

/** A service a rule puts in (or weighs), ready to print and link. */
export interface ServiceMention {
  readonly serviceId: ServiceId;
  readonly name: string;
  /** The role it fills, in the chosen locale. */
  readonly role: string;
  /** Its playbook page, e.g. `/en/services/athena/`. */
  readonly href: string;
}

export interface CitationLink {
  readonly collection: PlaybookCitation['collection'];
  readonly id: string;
  /** Site path of the playbook entry, e.g. `/pt-br/journeys/data-lake/`. */
  readonly href: string;
}

export interface RuleDescription {
  readonly id: string;
  /** When the rule applies, in words. */
  readonly condition: string;
  readonly adds: readonly ServiceMention[];
  readonly replaces: readonly ServiceMention[];
  /** Roles that gain a duty from this rule. */
  readonly uses: readonly string[];
  readonly alternatives: readonly (ServiceMention & { readonly reason: string })[];
  readonly rationale: string;
  readonly citations: readonly CitationLink[];
}

export interface WarningDescription {
  readonly id: string;
  readonly condition: string;
  readonly message: string;
  /** Labels of the answer fields concerned. */
  readonly fields: readonly string[];
}

export interface RulesDocumentation {
  readonly locale: Locale;
  /** In evaluation order. */
  readonly rules: readonly RuleDescription[];
  readonly warnings: readonly WarningDescription[];
}

const quoteAll = (values: readonly string[]) => values.map((value) => `“${value}”`).join(', ');

const WORDS = {
  en: {
    always: 'always',
    and: ' and ',
    or: ' or ',
    not: (inner: string) => `not (${inner})`,
    includes: (field: string, values: readonly string[]) => `“${field}” includes ${values.length > 1 ? 'any of ' : ''}${quoteAll(values)}`,
    in: (field: string, values: readonly string[]) => `“${field}” is ${values.length > 1 ? 'one of ' : ''}${quoteAll(values)}`,
    atLeast: (field: string, bound: string) => `“${field}” is at least ${bound}`,
    below: (field: string, bound: string) => `“${field}” is below ${bound}`,
    unanswered: (field: string) => `“${field}” was not answered`,
    has: (role: string) => `the architecture already has: ${role}`,
  },
  'pt-BR': {
    always: 'sempre',
    and: ' e ',
    or: ' ou ',
    not: (inner: string) => `não (${inner})`,
    includes: (field: string, values: readonly string[]) => `“${field}” inclui ${values.length > 1 ? 'algum de ' : ''}${quoteAll(values)}`,
    in: (field: string, values: readonly string[]) => `“${field}” é ${values.length > 1 ? 'um de ' : ''}${quoteAll(values)}`,
    atLeast: (field: string, bound: string) => `“${field}” é pelo menos ${bound}`,
    below: (field: string, bound: string) => `“${field}” é menor que ${bound}`,
    unanswered: (field: string) => `“${field}” ficou sem resposta`,
    has: (role: string) => `a arquitetura já tem: ${role}`,
  },
} as const;

/** Puts a condition into words; nested groups are parenthesised so "and" and "or" never blur. */
export function describeCondition(condition: Condition, locale: Locale): string {
  const words = WORDS[locale];
  const group = (parts: readonly Condition[], joiner: string) =>
    parts.map((part) => ('all' in part || 'any' in part ? `(${describeCondition(part, locale)})` : describeCondition(part, locale))).join(joiner);
  if ('always' in condition) return words.always;
  if ('all' in condition) return group(condition.all, words.and);
  if ('any' in condition) return group(condition.any, words.or);
  if ('not' in condition) return words.not(describeCondition(condition.not, locale));
  if ('has' in condition) return words.has(ROLE_LABELS[condition.has][locale]);
  const field = ANSWER_FIELDS[condition.field];
  const label = field.label[locale];
  if ('unanswered' in condition) return words.unanswered(label);
  const optionLabel = (value: string) => field.options?.[value]?.[locale] ?? value;
  if ('includesAny' in condition) return words.includes(label, (condition.includesAny as readonly string[]).map(optionLabel));
  if ('in' in condition) return words.in(label, (condition.in as readonly string[]).map(optionLabel));
  const quantity = (bound: number) => `${bound.toLocaleString(locale)}${field.unit ? ` ${unitAfter(field.unit, bound, locale)}` : ''}`;
  if ('atLeast' in condition) return words.atLeast(label, quantity(condition.atLeast));
  return words.below(label, quantity(condition.below));
}

function mention(role: Role, serviceId: ServiceId, locale: Locale): ServiceMention {
  return {
    serviceId,
    name: catalogService(serviceId).name,
    role: ROLE_LABELS[role][locale],
    href: citationHref({ collection: 'services', id: serviceId }, locale),
  };
}

export function describeRule(rule: Rule, locale: Locale): RuleDescription {
  return {
    id: rule.id,
    condition: describeCondition(rule.when, locale),
    adds: (rule.add ?? []).map((placement) => mention(placement.role, placement.service, locale)),
    replaces: (rule.replace ?? []).map((placement) => mention(placement.role, placement.service, locale)),
    uses: (rule.uses ?? []).map((role) => ROLE_LABELS[role][locale]),
    alternatives: (rule.alternatives ?? []).map((alternative) => ({
      ...mention(alternative.role, alternative.lost, locale),
      reason: alternativeReason({ ruleId: rule.id, serviceId: alternative.lost }, RULE_EXPLANATIONS[locale]),
    })),
    rationale: ruleRationale(rule.id, RULE_EXPLANATIONS[locale]),
    citations: rule.cites.map((citation) => ({ ...citation, href: citationHref(citation, locale) })),
  };
}

export function describeWarning(warning: WarningRule, locale: Locale): WarningDescription {
  return {
    id: warning.id,
    condition: describeCondition(warning.when, locale),
    message: warningMessage(warning, RULE_EXPLANATIONS[locale]),
    fields: warning.fields.map((id) => ANSWER_FIELDS[id].label[locale]),
  };
}

/**
 * The rules table as documentation for the "How recommendations work" page: every
 * rule in evaluation order with its condition in words, the services it adds or
 * swaps in, the alternatives it weighed, its rationale and links to the playbook
 * entries it cites, then the warnings. Generated from the same tables the engine
 * runs, so the page cannot drift from the advisor.
 */
export function describeRules(locale: Locale, rules: readonly Rule[] = RULES, warnings: readonly WarningRule[] = WARNING_RULES): RulesDocumentation {
  return {
    locale,
    rules: rules.map((rule) => describeRule(rule, locale)),
    warnings: warnings.map((warning) => describeWarning(warning, locale)),
  };
}
