import { createStore, type StoreApi } from 'zustand/vanilla';
import { DISCOVERY_STAGES } from '../content-model/vocabulary';
import { createAnswersSlice, emptyInputs, type AnswersSlice, type AnswersSliceOptions } from './answers-slice';
import { createUiSlice, type UiSlice } from './ui-slice';

export type LakewiseState = AnswersSlice & UiSlice;
export type LakewiseStore = StoreApi<LakewiseState>;

export interface LakewiseStoreOptions extends AnswersSliceOptions {
  /** Wizard steps; one per discovery stage unless a test says otherwise. */
  readonly stepCount?: number;
}

/**
 * The one wizard store, shared by every island on the page. It holds the answers,
 * the pricing settings and UI state only: architecture, diagram and estimate are
 * derived from them by the core (see `derived.ts`), never stored.
 */
export function createLakewiseStore(options: LakewiseStoreOptions): LakewiseStore {
  return createStore<LakewiseState>()((...args) => ({
    ...createAnswersSlice(options)(...args),
    ...createUiSlice({ stepCount: options.stepCount ?? DISCOVERY_STAGES.length, emptyInputs: () => emptyInputs(options.locale ?? 'en') })(...args),
  }));
}
