import { parseAnswers } from '../core/answers/parse';
import { issuesWithin, type SchemaIssue } from '../core/errors';
import type { WizardInputs } from './answers-slice';
import type { LakewiseState, LakewiseStore } from './lakewise-store';
import { parsePricingSettings, type PricingCheck } from './pricing-settings';

/**
 * Keeps the wizard in the browser's local storage as the seller types, so a reload,
 * a crash or a switch of language finds the same answers. What is read back goes
 * through the same checks as a share link; a stored copy this build cannot read is
 * reported and left alone, never half-loaded.
 */

export const STORAGE_KEY = 'lakewise.wizard';
const STORAGE_FORMAT = 1;

export interface PersistedUi {
  readonly stepIndex: number;
  readonly callMode: boolean;
}

export type ReadStoredResult =
  | { readonly ok: true; readonly inputs: WizardInputs; readonly ui: PersistedUi }
  | {
      readonly ok: false;
      /** In English. */
      readonly message: string;
      /** When the copy was readable but a value is refused: each one, its path starting at `answers` or `pricing`. */
      readonly issues?: readonly SchemaIssue[];
    };

type StorageReader = Pick<Storage, 'getItem'>;
type StorageWriter = Pick<Storage, 'setItem'>;

/** What local storage holds, checked like a share link, or undefined when nothing was saved yet. */
export function readStored(storage: StorageReader, checkPricing: PricingCheck): ReadStoredResult | undefined {
  const raw = storage.getItem(STORAGE_KEY);
  if (raw === null) return undefined;
  let stored: unknown;
  try {
    stored = JSON.parse(raw);
  } catch {
    return { ok: false, message: 'saved answers: not valid JSON' };
  }
  if (typeof stored !== 'object' || stored === null) return { ok: false, message: 'saved answers: expected an object' };
  const { format, answers, pricing, ui } = stored as Record<string, unknown>;
  if (format !== STORAGE_FORMAT)
    return { ok: false, message: `saved answers: format ${JSON.stringify(format)} is not one this Lakewise reads (${STORAGE_FORMAT})` };
  const parsedAnswers = parseAnswers(answers, 'saved answers');
  if (!parsedAnswers.ok) return { ok: false, message: parsedAnswers.error.message, issues: issuesWithin('answers', parsedAnswers.error.issues) };
  const parsedPricing = parsePricingSettings(pricing ?? {}, 'saved pricing settings', checkPricing);
  if (!parsedPricing.ok) return { ok: false, message: parsedPricing.error.message, issues: issuesWithin('pricing', parsedPricing.error.issues) };
  const uiRecord = (typeof ui === 'object' && ui !== null ? ui : {}) as Record<string, unknown>;
  return {
    ok: true,
    inputs: { answers: parsedAnswers.answers, pricing: parsedPricing.settings },
    ui: {
      stepIndex: typeof uiRecord.stepIndex === 'number' && Number.isInteger(uiRecord.stepIndex) ? uiRecord.stepIndex : 0,
      callMode: uiRecord.callMode === true,
    },
  };
}

function serialise(state: LakewiseState): string {
  return JSON.stringify({
    format: STORAGE_FORMAT,
    answers: state.answers,
    pricing: state.pricing,
    ui: { stepIndex: state.stepIndex, callMode: state.callMode },
  });
}

/**
 * Writes the store to `storage` now (so inputs applied at start-up, such as a share
 * link or an example, are kept) and on every change of what is persisted. Returns the
 * unsubscribe function. A full or blocked storage is reported through `onError`
 * once per failure streak and the wizard keeps working.
 */
export function persistStore(store: LakewiseStore, storage: StorageWriter, onError: (error: unknown) => void = () => {}): () => void {
  let failing = false;
  const write = (state: LakewiseState) => {
    try {
      storage.setItem(STORAGE_KEY, serialise(state));
      failing = false;
    } catch (error) {
      if (!failing) onError(error);
      failing = true;
    }
  };
  write(store.getState());
  return store.subscribe((state, previous) => {
    if (
      state.answers !== previous.answers ||
      state.pricing !== previous.pricing ||
      state.stepIndex !== previous.stepIndex ||
      state.callMode !== previous.callMode
    ) {
      write(state);
    }
  });
}
