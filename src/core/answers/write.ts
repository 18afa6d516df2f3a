import type { AnswerFieldId } from './field-ids';
import type { Answers } from './schema';

/**
 * Writes one answer by its field id without touching the others. The result is a
 * candidate: the answers slice checks it against `AnswersSchema` before keeping it.
 * `undefined` (or an empty list for a multi-choice field) means "nobody said".
 */
export function writeAnswer(answers: Answers, id: AnswerFieldId, value: unknown): Record<string, unknown> {
  const [group, field] = id.split('.') as [string, string | undefined];
  const copy: Record<string, unknown> = { ...answers };
  if (field === undefined) {
    if (value === undefined) delete copy[group];
    else copy[group] = value;
    return copy;
  }
  const nested: Record<string, unknown> = { ...(answers as unknown as Record<string, Record<string, unknown>>)[group] };
  if (value === undefined) delete nested[field];
  else nested[field] = value;
  copy[group] = nested;
  return copy;
}
