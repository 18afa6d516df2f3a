import type { AnswerFieldId } from '../answers/field-ids';
import { ANSWER_FIELDS } from '../answers/fields';
import { isAnswered } from '../answers/read';
import type { Answers } from '../answers/schema';
import { writeAnswer } from '../answers/write';
import type { ArchitectureModel } from '../architecture/model';
import { recommend } from '../architecture/recommend';
import type { ServiceId } from '../catalog/services';
import type { Condition } from './condition';
import { RULES } from './table';

/** What answering one open question could do to the architecture. */
export interface OpenAnswerEffect {
  readonly field: AnswerFieldId;
  /** Services some option of the answer would bring in, in the order the advisor places them. */
  readonly couldAdd: readonly ServiceId[];
  /** Services some option would take out. */
  readonly couldRemove: readonly ServiceId[];
}

function fieldsReadByValue(condition: Condition, into: Set<AnswerFieldId>): void {
  if ('all' in condition) condition.all.forEach((inner) => fieldsReadByValue(inner, into));
  else if ('any' in condition) condition.any.forEach((inner) => fieldsReadByValue(inner, into));
  else if ('not' in condition) fieldsReadByValue(condition.not, into);
  else if ('includesAny' in condition || 'in' in condition) into.add(condition.field);
}

/** The choice fields the rules read by value, in the order the fields are defined. */
const DECIDING_FIELDS: readonly AnswerFieldId[] = (() => {
  const read = new Set<AnswerFieldId>();
  for (const rule of RULES) fieldsReadByValue(rule.when, read);
  return (Object.keys(ANSWER_FIELDS) as AnswerFieldId[]).filter((field) => read.has(field) && ANSWER_FIELDS[field].options !== undefined);
})();

/**
 * For every open question whose answer the rules read, the services its options would
 * add or take out, found by running the advisor once per option with only that answer
 * given. Questions whose every option leaves the architecture as it is are left out.
 */
export function openAnswerEffects(answers: Answers, model: ArchitectureModel): OpenAnswerEffect[] {
  const current = new Set(model.components.map((component) => component.serviceId));
  const effects: OpenAnswerEffect[] = [];
  for (const field of DECIDING_FIELDS) {
    if (isAnswered(answers, field)) continue;
    const definition = ANSWER_FIELDS[field];
    const couldAdd = new Set<ServiceId>();
    const couldRemove = new Set<ServiceId>();
    for (const option of Object.keys(definition.options ?? {})) {
      const answered = writeAnswer(answers, field, definition.input === 'choices' ? [option] : option) as unknown as Answers;
      const services = new Set(recommend(answered).components.map((component) => component.serviceId));
      for (const service of services) if (!current.has(service)) couldAdd.add(service);
      for (const service of current) if (!services.has(service)) couldRemove.add(service);
    }
    if (couldAdd.size > 0 || couldRemove.size > 0) effects.push({ field, couldAdd: [...couldAdd], couldRemove: [...couldRemove] });
  }
  return effects;
}
