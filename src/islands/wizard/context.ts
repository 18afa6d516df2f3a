import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { Locale } from '../../core/locales';
import type { RuleExplanations } from '../../core/rules/explain';
import type { Derivations, ObjectionCard } from '../../store/derived';
import type { LakewiseState, LakewiseStore } from '../../store/lakewise-store';
import type { WizardQuestion, WizardStep } from './steps';
import type { WizardPluralKey, WizardStringKey } from './strings';

/** What every wizard component reads: the store, the page's locale and strings, and the playbook data. */
export interface WizardContextValue {
  readonly store: LakewiseStore;
  readonly locale: Locale;
  readonly tr: (key: WizardStringKey, params?: Readonly<Record<string, string | number>>) => string;
  readonly trCount: (key: WizardPluralKey, count: number, params?: Readonly<Record<string, string | number>>) => string;
  /** Why the advisor chose what it chose, in this page's language. */
  readonly explanations: RuleExplanations;
  readonly derivations: Derivations;
  readonly steps: readonly WizardStep[];
  readonly questionsBySlug: ReadonlyMap<string, WizardQuestion>;
  readonly personasBySlug: ReadonlyMap<string, string>;
  readonly objections: readonly ObjectionCard[];
  /** `/<locale-segment>/` of this page, for links into the playbook. */
  readonly basePath: string;
  /** Moves to the step that asks `field` and puts the cursor in it. */
  readonly focusField: (field: string) => void;
}

export const WizardContext = createContext<WizardContextValue | null>(null);

export function useWizard(): WizardContextValue {
  const value = useContext(WizardContext);
  if (value === null) throw new Error('Wizard components must be rendered inside <Wizard>');
  return value;
}

/** One value from the wizard store; the component re-renders only when it changes. */
export function useLakewise<Selected>(selector: (state: LakewiseState) => Selected): Selected {
  return useStore(useWizard().store, selector);
}
