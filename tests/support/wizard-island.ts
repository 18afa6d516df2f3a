import { act, createElement, type ReactElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { UI_DICTIONARIES } from '../../src/core/i18n';
import type { Locale } from '../../src/core/locales';
import { RULE_EXPLANATIONS } from '../../src/core/rules/explanations';
import { WizardContext, type WizardContextValue } from '../../src/islands/wizard/context';
import { format, formatCount, isWizardStringKey, type WizardStrings } from '../../src/islands/wizard/strings';
import { createDerivations } from '../../src/store/derived';
import { createLakewiseStore, type LakewiseStore } from '../../src/store/lakewise-store';
import { checkPricing } from '../../src/store/pricing-check';

/**
 * Wizard components rendered in jsdom as the page renders them: inside a WizardContext with
 * a fresh store and one locale's strings. Test files using it start with
 * `// @vitest-environment jsdom`.
 */

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

export type TestWizardContext = WizardContextValue & { readonly store: LakewiseStore };

export function wizardContext(locale: Locale): TestWizardContext {
  const strings = Object.fromEntries(Object.entries(UI_DICTIONARIES[locale]).filter(([key]) => isWizardStringKey(key))) as unknown as WizardStrings;
  return {
    store: createLakewiseStore({ locale, checkPricing }),
    locale,
    tr: (key, params) => format(strings, key, params),
    trCount: (key, count, params) => formatCount(strings, locale, key, count, params),
    explanations: RULE_EXPLANATIONS[locale],
    derivations: createDerivations(),
    steps: [],
    questionsBySlug: new Map(),
    personasBySlug: new Map(),
    objections: [],
    basePath: '/',
    focusField: () => undefined,
  };
}

/** A container in the document and a React root in it; `unmount` removes both. */
export function mountPoint(): { readonly container: HTMLDivElement; render(element: ReactElement, context: WizardContextValue): Promise<void>; unmount(): void } {
  const container = document.createElement('div');
  document.body.append(container);
  const root: Root = createRoot(container);
  return {
    container,
    async render(element, context) {
      await act(async () => root.render(createElement(WizardContext.Provider, { value: context }, element)));
    },
    unmount() {
      act(() => root.unmount());
      container.remove();
    },
  };
}

/** Types into a React-controlled input the way a keyboard does: the value changes, then `input` fires. */
export async function typeInto(input: HTMLInputElement, text: string): Promise<void> {
  await act(async () => {
    Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

/** Opens a folded `<details>` the way a click on its summary does. */
export async function openDetails(details: HTMLDetailsElement): Promise<void> {
  await act(async () => {
    details.open = true;
    details.dispatchEvent(new Event('toggle'));
  });
}
