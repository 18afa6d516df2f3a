import type { AnswerFieldId } from '../answers/field-ids';
import { isAnswered, readAnswer, type AnswerValues } from '../answers/read';
import type { Answers } from '../answers/schema';
import type { Role } from '../architecture/roles';

/** Fields holding a list of choices, and the values each may contain. */
export type ListField = {
  [Id in AnswerFieldId]: AnswerValues[Id] extends readonly (infer _Item)[] ? Id : never;
}[AnswerFieldId];
/** Fields holding one choice out of a closed set. */
export type ChoiceField = 'freshness' | 'team.preference' | 'budget.sensitivity';
/** Fields holding a quantity. */
export type NumberField = {
  [Id in AnswerFieldId]: NonNullable<AnswerValues[Id]> extends number ? Id : never;
}[AnswerFieldId];

type ItemOf<Id extends ListField> = AnswerValues[Id][number];
type ValueOf<Id extends ChoiceField> = NonNullable<AnswerValues[Id]>;

/** The list contains at least one of the values. */
export type IncludesCondition = { [Id in ListField]: { readonly field: Id; readonly includesAny: readonly ItemOf<Id>[] } }[ListField];
/** The choice is one of the values (an unanswered choice is in no set). */
export type InCondition = { [Id in ChoiceField]: { readonly field: Id; readonly in: readonly ValueOf<Id>[] } }[ChoiceField];
/** The quantity is known and at least the bound. */
export interface AtLeastCondition {
  readonly field: NumberField;
  readonly atLeast: number;
}
/** The quantity is known and below the bound. */
export interface BelowCondition {
  readonly field: NumberField;
  readonly below: number;
}
/** The customer did not answer (value absent, or empty list). */
export interface UnansweredCondition {
  readonly field: AnswerFieldId;
  readonly unanswered: true;
}
/** An earlier rule already put a component in this role. */
export interface HasRoleCondition {
  readonly has: Role;
}

/**
 * A condition over the answers (and the roles filled so far), as plain data so
 * the "how recommendations work" page can put it into words.
 */
export type Condition =
  | { readonly always: true }
  | { readonly all: readonly Condition[] }
  | { readonly any: readonly Condition[] }
  | { readonly not: Condition }
  | IncludesCondition
  | InCondition
  | AtLeastCondition
  | BelowCondition
  | UnansweredCondition
  | HasRoleCondition;

export interface ConditionContext {
  readonly answers: Answers;
  hasRole(role: Role): boolean;
}

export function evaluateCondition(condition: Condition, context: ConditionContext): boolean {
  if ('always' in condition) return true;
  if ('all' in condition) return condition.all.every((part) => evaluateCondition(part, context));
  if ('any' in condition) return condition.any.some((part) => evaluateCondition(part, context));
  if ('not' in condition) return !evaluateCondition(condition.not, context);
  if ('has' in condition) return context.hasRole(condition.has);
  if ('unanswered' in condition) return !isAnswered(context.answers, condition.field);
  if ('includesAny' in condition) {
    const list = readAnswer(context.answers, condition.field) as readonly string[];
    return (condition.includesAny as readonly string[]).some((value) => list.includes(value));
  }
  if ('in' in condition) {
    const value = readAnswer(context.answers, condition.field);
    return value !== undefined && (condition.in as readonly string[]).includes(value);
  }
  const quantity = readAnswer(context.answers, condition.field);
  if (quantity === undefined) return false;
  return 'atLeast' in condition ? quantity >= condition.atLeast : quantity < condition.below;
}
