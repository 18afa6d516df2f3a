import { ANSWER_FIELDS } from '../../core/answers/fields';
import { ANSWER_FIELD_IDS, type AnswerFieldId } from '../../core/answers/field-ids';
import { formatCalendarDay } from '../../core/calendar';
import type { SchemaIssue } from '../../core/errors';
import type { InputProblem } from '../../core/input-problem';
import { unitAfter, type UnitLabel } from '../../core/i18n/unit-label';
import type { Locale } from '../../core/locales';
import type { UsageDefinition } from '../../core/sizing/usage-schema';
import type { WizardContextValue } from './context';

/**
 * A refused value in the page's language: the core says what is wrong as an {@link InputProblem}
 * and where, this words it with the wizard's strings and the name the page shows for the value.
 */

export type ProblemWording = Pick<WizardContextValue, 'locale' | 'tr' | 'trCount'>;

/** What a problem is about, as the page names it. */
export interface ProblemSubject {
  readonly label: string;
  /** Printed after a limit: "at most 10,485,760 GB". */
  readonly unit?: UnitLabel;
  /** The name a person sees for an allowed value. */
  readonly optionLabel?: (value: string) => string;
}

/** The usage definitions by key, passed by callers that have the cost model loaded. */
export type UsageDefinitions = Readonly<Record<string, UsageDefinition>>;

// Intl, not the cost model's formatQuantity: this is in the wizard's first download, which
// leaves big.js out. Limits are plain numbers, so both write them the same.
const formatLimit = (value: number, locale: Locale) => new Intl.NumberFormat(locale, { maximumFractionDigits: 4 }).format(value);

const withUnit = (value: number, subject: ProblemSubject, locale: Locale) =>
  subject.unit === undefined ? formatLimit(value, locale) : `${formatLimit(value, locale)} ${unitAfter(subject.unit, value, locale)}`;

export function answerSubject(id: AnswerFieldId, locale: Locale): ProblemSubject {
  const field = ANSWER_FIELDS[id];
  const options = field.options;
  return {
    label: field.label[locale],
    unit: field.unit,
    optionLabel: options === undefined ? undefined : (value) => options[value]?.[locale] ?? value,
  };
}

export function usageSubject(definition: UsageDefinition, locale: Locale): ProblemSubject {
  return { label: definition.label[locale], unit: definition.kind === 'number' ? definition.unit : undefined };
}

/** One sentence saying what is wrong with the value and what to give instead. */
export function describeProblem(problem: InputProblem, subject: ProblemSubject, { locale, tr, trCount }: ProblemWording): string {
  const params = { subject: subject.label };
  switch (problem.kind) {
    case 'not-a-number':
      return tr('wizard.problem.notANumber', params);
    case 'not-whole':
      return tr('wizard.problem.notWhole', params);
    case 'too-small':
      return tr(problem.inclusive ? 'wizard.problem.tooSmall' : 'wizard.problem.tooSmallExclusive', { ...params, min: formatLimit(problem.min, locale) });
    case 'too-large':
      return tr('wizard.problem.tooLarge', { ...params, max: withUnit(problem.max, subject, locale) });
    case 'blank':
      return tr('wizard.problem.blank', params);
    case 'too-long':
      return tr('wizard.problem.tooLong', { ...params, max: formatLimit(problem.maxLength, locale) });
    case 'not-an-option': {
      const name = subject.optionLabel ?? ((value: string) => value);
      return tr('wizard.problem.notAnOption', { ...params, options: problem.options.map((value) => `“${name(value)}”`).join(', ') });
    }
    case 'not-a-region-code':
      return tr('wizard.problem.notARegionCode', params);
    case 'none-with-others':
      return tr('wizard.problem.noneWithOthers', { ...params, none: subject.optionLabel?.('none') ?? 'none' });
    case 'unknown-fields':
      return trCount('wizard.problem.unknownFields', problem.keys.length, { fields: problem.keys.map((key) => `“${key}”`).join(', ') });
    case 'newer-version':
      return tr('wizard.problem.newerVersion');
    case 'unknown-version':
      return tr('wizard.problem.unknownVersion');
    case 'not-a-rate':
      return tr('wizard.problem.notARate', params);
    case 'not-a-day':
      return tr('wizard.problem.notADay', params);
    case 'after-today':
      return tr('wizard.problem.afterToday', { ...params, day: formatCalendarDay(problem.day, locale), today: formatCalendarDay(problem.today, locale) });
    case 'not-accepted':
      return tr('wizard.problem.notAccepted', params);
  }
}

function answerFieldAt(path: readonly PropertyKey[]): AnswerFieldId | undefined {
  const dotted = path.filter((part) => typeof part === 'string').join('.');
  return ANSWER_FIELD_IDS.find((id) => dotted === id || dotted.startsWith(`${id}.`));
}

/** The subject of an issue whose path starts at `answers` or `pricing` (a share link, a saved copy, the estimate). */
export function subjectAt(path: readonly PropertyKey[], wording: ProblemWording, usage: UsageDefinitions): ProblemSubject {
  const { locale, tr } = wording;
  const [part, ...rest] = path;
  if (part === 'answers') {
    const id = answerFieldAt(rest);
    return id === undefined ? { label: tr('wizard.problem.subject.answers') } : answerSubject(id, locale);
  }
  const [setting, detail] = rest;
  const definition = setting === 'overrides' && typeof detail === 'string' ? usage[detail] : undefined;
  if (definition !== undefined) return usageSubject(definition, locale);
  // The estimate checks answered sizing against the usage key it fills.
  const filled = setting === 'sizing' ? Object.values(usage).find((candidate) => candidate.kind === 'number' && candidate.fromSizing === detail) : undefined;
  if (filled !== undefined) return usageSubject(filled, locale);
  if (setting === 'preset') return { label: tr('wizard.cost.preset'), optionLabel: (value) => tr(`wizard.cost.preset.${value as 'small' | 'medium' | 'large'}`) };
  if (setting === 'freeTier') return { label: tr('wizard.cost.freeTier') };
  if (setting === 'currency') return { label: tr('wizard.cost.currency') };
  if (setting === 'exchangeRate') return { label: tr(detail === 'date' ? 'wizard.cost.rateDate' : 'wizard.cost.rate') };
  return { label: tr('wizard.problem.subject.pricing') };
}

/** Every issue as a sentence, one per line. */
export function describeIssues(issues: readonly SchemaIssue[], wording: ProblemWording, usage: UsageDefinitions): string {
  return issues.map((issue) => describeProblem(issue.problem ?? { kind: 'not-accepted' }, subjectAt(issue.path, wording, usage), wording)).join('\n');
}
