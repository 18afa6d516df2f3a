import type { StateCreator } from 'zustand/vanilla';
import type { AnswerFieldId } from '../core/answers/field-ids';
import { answerIssue, parseAnswers } from '../core/answers/parse';
import { AnswersSchema, CURRENT_ANSWERS_VERSION, type Answers } from '../core/answers/schema';
import { formatIssuePath } from '../core/errors';
import type { Locale } from '../core/locales';
import type { UsageKey } from '../core/sizing/usage-schema';
import { writeAnswer } from '../core/answers/write';
import type { LakewiseState } from './lakewise-store';
import { formatIssues } from '../core/errors';
import type { InputProblem } from '../core/input-problem';
import { DEFAULT_PRICING_SETTINGS, type PricingCheck, type PricingSettings } from './pricing-settings';

/** Everything the result is computed from: what the customer said and how it is priced. */
export interface WizardInputs {
  readonly answers: Answers;
  readonly pricing: PricingSettings;
}

/**
 * Whether an edit was taken. A refused one says why twice: `message` in the CLI's English (logs,
 * tests), `problem` as parameters the wizard words in the page's language.
 */
export type SetResult = { readonly ok: true } | { readonly ok: false; readonly message: string; readonly problem: InputProblem };

const NOT_ACCEPTED: InputProblem = { kind: 'not-accepted' };

export interface AnswersSlice extends WizardInputs {
  /** Earlier inputs, oldest first; undo pops the last. */
  readonly past: readonly WizardInputs[];
  /** Undone inputs, nearest first; redo pops the first. */
  readonly future: readonly WizardInputs[];
  /** The last edit, so keystrokes in one field within a moment become one undo step. */
  readonly lastEdit: { readonly key: string; readonly at: number } | null;
  /** Sets one answer; an invalid value is refused with the schema's message and nothing changes. */
  setAnswer(id: AnswerFieldId, value: unknown): SetResult;
  /** Sets one pricing setting; a preset the cost model does not know is refused with its message. */
  setPricing<Key extends 'preset' | 'freeTier' | 'currency' | 'exchangeRate'>(key: Key, value: PricingSettings[Key]): SetResult;
  /** Sets (or, with undefined, removes) one usage override; refused with the cost model's message when invalid. */
  setOverride(key: UsageKey, value: string | undefined): SetResult;
  /** Replaces every input at once (share link, example, "new customer"); one undo step. */
  replaceInputs(inputs: WizardInputs): void;
  /** Starts from inputs saved earlier (local storage), with an empty history. */
  restoreInputs(inputs: WizardInputs): void;
  undo(): void;
  redo(): void;
}

/**
 * Answers with nothing said: every list empty, the schema's defaults filled in, and
 * the conversation language set to the language the wizard is used in.
 */
export function emptyAnswers(locale: Locale): Answers {
  const parsed = parseAnswers({ schemaVersion: CURRENT_ANSWERS_VERSION, locale });
  if (!parsed.ok) throw parsed.error;
  return parsed.answers;
}

export function emptyInputs(locale: Locale): WizardInputs {
  return { answers: emptyAnswers(locale), pricing: DEFAULT_PRICING_SETTINGS };
}

/** Keystrokes in the same field closer together than this are one undo step. */
export const EDIT_COALESCE_MS = 1_000;
export const HISTORY_LIMIT = 200;

export interface AnswersSliceOptions {
  /**
   * The cost model's check of a preset and overrides (`checkPricing` from
   * `pricing-check.ts`). Passed in so the store does not pull the cost model into
   * the first download; the wizard hands over a check that works once it is loaded.
   */
  readonly checkPricing: PricingCheck;
  /** Milliseconds clock for grouping edits; tests pass their own. */
  readonly now?: () => number;
  /** Language of the page: a new customer's conversation language. */
  readonly locale?: Locale;
  readonly initial?: WizardInputs;
}

export function createAnswersSlice(options: AnswersSliceOptions): StateCreator<LakewiseState, [], [], AnswersSlice> {
  const now = options.now ?? (() => Date.now());
  return (set, get) => {
    /** Applies new inputs as an edit under `key`, opening a new undo step unless it continues the last edit. */
    const edit = (key: string, next: Partial<WizardInputs>) => {
      const state = get();
      const at = now();
      const continues = state.lastEdit !== null && state.lastEdit.key === key && at - state.lastEdit.at < EDIT_COALESCE_MS;
      const past = continues ? state.past : [...state.past, { answers: state.answers, pricing: state.pricing }].slice(-HISTORY_LIMIT);
      set({ ...next, past, future: [], lastEdit: { key, at } });
    };

    const initial = options.initial ?? emptyInputs(options.locale ?? 'en');
    return {
      answers: initial.answers,
      pricing: initial.pricing,
      past: [],
      future: [],
      lastEdit: null,

      setAnswer(id, value) {
        const candidate = writeAnswer(get().answers, id, value);
        const parsed = AnswersSchema.safeParse(candidate);
        if (!parsed.success) {
          const first = parsed.error.issues[0];
          if (first === undefined) return { ok: false, message: 'not a valid answer', problem: NOT_ACCEPTED };
          const issue = answerIssue(first);
          return { ok: false, message: `${formatIssuePath(issue.path)}: ${issue.message}`, problem: issue.problem ?? NOT_ACCEPTED };
        }
        if (JSON.stringify(parsed.data) === JSON.stringify(get().answers)) return { ok: true };
        edit(`answer:${id}`, { answers: parsed.data });
        return { ok: true };
      },

      setPricing(key, value) {
        const pricing = get().pricing;
        if (pricing[key] === value) return { ok: true };
        const next: Record<string, unknown> = { ...pricing, [key]: value };
        if (value === undefined) delete next[key];
        const problem = key === 'preset' ? options.checkPricing(next as PricingSettings) : undefined;
        if (problem !== undefined) return { ok: false, message: formatIssues(problem, 'pricing'), problem: problem[0]?.problem ?? NOT_ACCEPTED };
        edit(`pricing:${key}`, { pricing: next as PricingSettings });
        return { ok: true };
      },

      setOverride(key, value) {
        const pricing = get().pricing;
        const overrides: Record<string, string> = { ...pricing.overrides };
        if (value === undefined || value.trim() === '') delete overrides[key];
        else overrides[key] = value.trim();
        if (JSON.stringify(overrides) === JSON.stringify(pricing.overrides)) return { ok: true };
        const problem = options.checkPricing({ ...pricing, overrides });
        if (problem !== undefined) {
          const own = problem.find((issue) => issue.path[1] === key) ?? problem[0];
          return { ok: false, message: problem.map((issue) => issue.message).join('; '), problem: own?.problem ?? NOT_ACCEPTED };
        }
        edit(`override:${key}`, { pricing: { ...pricing, overrides } });
        return { ok: true };
      },

      replaceInputs(inputs) {
        const state = get();
        set({
          answers: inputs.answers,
          pricing: inputs.pricing,
          past: [...state.past, { answers: state.answers, pricing: state.pricing }].slice(-HISTORY_LIMIT),
          future: [],
          lastEdit: null,
        });
      },

      restoreInputs(inputs) {
        set({ answers: inputs.answers, pricing: inputs.pricing, past: [], future: [], lastEdit: null });
      },

      undo() {
        const state = get();
        const previous = state.past[state.past.length - 1];
        if (previous === undefined) return;
        set({
          answers: previous.answers,
          pricing: previous.pricing,
          past: state.past.slice(0, -1),
          future: [{ answers: state.answers, pricing: state.pricing }, ...state.future],
          lastEdit: null,
        });
      },

      redo() {
        const state = get();
        const next = state.future[0];
        if (next === undefined) return;
        set({
          answers: next.answers,
          pricing: next.pricing,
          past: [...state.past, { answers: state.answers, pricing: state.pricing }],
          future: state.future.slice(1),
          lastEdit: null,
        });
      },
    };
  };
}
