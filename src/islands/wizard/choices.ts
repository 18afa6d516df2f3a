import type { AnswerFieldId } from '../../core/answers/field-ids';

/**
 * Which values stay ticked when one box of a multi-choice field is ticked or
 * cleared. "Nothing yet" (`none`) in the existing platforms excludes every other
 * platform, so ticking it clears the others and ticking another clears it; the
 * schema would refuse the combination otherwise.
 */
export function toggleChoice(field: AnswerFieldId, current: readonly string[], value: string, checked: boolean, order: readonly string[]): string[] {
  if (!checked) return current.filter((item) => item !== value);
  let next = current.includes(value) ? [...current] : [...current, value];
  if (field === 'estate.existing') next = value === 'none' ? ['none'] : next.filter((item) => item !== 'none');
  return order.filter((item) => next.includes(item));
}

/** The DOM id of a field's first control, so warnings and shortcuts can move the cursor to it. */
export function fieldDomId(field: string): string {
  return `field-${field.replaceAll('.', '-')}`;
}
