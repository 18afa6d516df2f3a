import type { StateCreator } from 'zustand/vanilla';
import type { UiKey } from '../core/i18n';
import type { AnswersSlice } from './answers-slice';
import type { LakewiseState } from './lakewise-store';

/** A message above the wizard: a loaded link or example, or why one could not be loaded. */
export interface Notice {
  readonly tone: 'info' | 'error';
  readonly messageKey: Extract<UiKey, `wizard.${string}`>;
  readonly params?: Readonly<Record<string, string>>;
  /** The exact problem, as the parser worded it (field path and what was expected). */
  readonly detail?: string;
}

export interface UiSlice {
  readonly stepIndex: number;
  readonly stepCount: number;
  /** Large type for screen sharing; seller-only notes are hidden. */
  readonly callMode: boolean;
  readonly helpOpen: boolean;
  readonly confirmingNewCustomer: boolean;
  readonly notice: Notice | null;
  goToStep(index: number): void;
  nextStep(): void;
  previousStep(): void;
  setCallMode(on: boolean): void;
  setHelpOpen(open: boolean): void;
  showNotice(notice: Notice): void;
  dismissNotice(): void;
  /** Asks before "new customer" wipes the answers. */
  requestNewCustomer(): void;
  cancelNewCustomer(): void;
  /** Clears answers and pricing (one undo step) and returns to the first step. */
  confirmNewCustomer(): void;
}

export interface UiSliceOptions {
  readonly stepCount: number;
  /** What "new customer" resets the inputs to. */
  readonly emptyInputs: () => Pick<AnswersSlice, 'answers' | 'pricing'>;
}

export function createUiSlice(options: UiSliceOptions): StateCreator<LakewiseState, [], [], UiSlice> {
  const clamp = (index: number) => Math.min(Math.max(0, Math.trunc(index)), options.stepCount - 1);
  return (set, get) => ({
    stepIndex: 0,
    stepCount: options.stepCount,
    callMode: false,
    helpOpen: false,
    confirmingNewCustomer: false,
    notice: null,
    goToStep: (index) => set({ stepIndex: clamp(index) }),
    nextStep: () => set({ stepIndex: clamp(get().stepIndex + 1) }),
    previousStep: () => set({ stepIndex: clamp(get().stepIndex - 1) }),
    setCallMode: (on) => set({ callMode: on }),
    setHelpOpen: (open) => set({ helpOpen: open }),
    showNotice: (notice) => set({ notice }),
    dismissNotice: () => set({ notice: null }),
    requestNewCustomer: () => set({ confirmingNewCustomer: true }),
    cancelNewCustomer: () => set({ confirmingNewCustomer: false }),
    confirmNewCustomer: () => {
      get().replaceInputs(options.emptyInputs());
      set({ confirmingNewCustomer: false, stepIndex: 0, notice: { tone: 'info', messageKey: 'wizard.notice.cleared' } });
    },
  });
}
