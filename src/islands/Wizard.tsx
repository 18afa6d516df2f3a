import { useCallback, useEffect, useMemo, useRef, useState, type ComponentType } from 'react';
import { ANSWER_FIELDS } from '../core/answers/fields';
import { InputError } from '../core/errors';
import type { AnswerFieldId } from '../core/answers/field-ids';
import { translatePath } from '../core/i18n/routes';
import { LOCALE_PATH, LOCALES, type Locale } from '../core/locales';
import { createDerivations } from '../store/derived';
import { createLakewiseStore } from '../store/lakewise-store';
import { persistStore, readStored } from '../store/persistence';
import type { PricingCheck } from '../store/pricing-settings';
import { shareFragmentOf } from '../store/share-fragment';
import { findShortcut, type ShortcutActions } from '../store/shortcuts';
import { ArchitectureView, WarningsView } from './wizard/ArchitectureView';
import { fieldDomId } from './wizard/choices';
import { useLakewise, useWizard, WizardContext, type WizardContextValue } from './wizard/context';
import { DiagramView } from './wizard/DiagramView';
import { shareFailureNotice, storedFailureNotice } from './wizard/notices';
import { OBJECTIONS_PANEL_ID, ObjectionsPanel } from './wizard/ObjectionsPanel';
import type { WizardPageData } from './wizard/page-data';
import { cacheForOffline, registerOfflineSupport } from './wizard/offline';
import { StepNav } from './wizard/StepNav';
import { StepPanel } from './wizard/StepPanel';
import { buildSteps } from './wizard/steps';
import { format, formatCount, type WizardStrings } from './wizard/strings';
import { ConfirmNewCustomer, NoticeBanner, SharePanel, ShortcutHelp, Toolbar, type ShareState } from './wizard/Toolbar';
import './wizard/wizard.css';

/** The cost model and the share codec load after the first render; these bring them in once. */
const loadPricingCheck = () => import('../store/pricing-check');
const loadShareCodec = () => import('../store/share');
/** Usage labels for refused overrides in a link or saved copy; the cost model brings them anyway. */
const loadUsageSchema = () => import('../core/sizing/usage-schema');
const loadCostPanel = () => import('./wizard/CostPanel');
const loadToolsPanel = () => import('./wizard/ToolsPanel');

/** Where the cursor is in a field that takes typing, so plain-key shortcuts leave it alone. */
function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement) return true;
  return target instanceof HTMLInputElement && !['checkbox', 'radio', 'button', 'submit', 'reset'].includes(target.type);
}

/**
 * The wizard island: discovery questions on one side, the live architecture,
 * diagram and cost on the other. The server renders it with empty answers; the
 * browser then restores local storage, applies a share link or `?example=` and
 * starts saving as the seller types.
 */
export default function Wizard(props: WizardPageData) {
  const { locale, strings, explanations, questions, personas, objections } = props;
  // Until the cost model has loaded, nothing can edit pricing (the cost panel comes with it).
  const pricingCheck = useRef<PricingCheck | undefined>(undefined);
  const [store] = useState(() => {
    // For the bench: the island's code has all arrived and its first render starts.
    if (typeof window !== 'undefined') performance.mark('lakewise:hydrated');
    return createLakewiseStore({ locale, checkPricing: (settings) => pricingCheck.current?.(settings) });
  });
  const [derivations] = useState(createDerivations);
  const [share, setShare] = useState<ShareState | null>(null);
  const [pendingFocus, setPendingFocus] = useState<string | null>(null);

  const steps = useMemo(() => buildSteps(Object.values(ANSWER_FIELDS), questions), [questions]);
  const otherLocale = LOCALES.find((candidate) => candidate !== locale) as Locale;

  const focusField = useCallback(
    (field: string) => {
      const index = steps.findIndex((step) => step.fields.includes(field as AnswerFieldId));
      if (index < 0) return;
      store.getState().goToStep(index);
      setPendingFocus(field);
    },
    [steps, store],
  );

  const context = useMemo<WizardContextValue>(
    () => ({
      store,
      locale,
      tr: (key, params) => format(strings, key, params),
      trCount: (key, count, params) => formatCount(strings, locale, key, count, params),
      explanations,
      derivations,
      steps,
      questionsBySlug: new Map(questions.map((question) => [question.slug, question])),
      personasBySlug: new Map(personas.map((persona) => [persona.slug, persona.title])),
      objections,
      basePath: `/${LOCALE_PATH[locale]}/`,
      focusField,
    }),
    [store, locale, strings, explanations, derivations, steps, questions, personas, objections, focusField],
  );

  useEffect(() => {
    if (pendingFocus === null) return;
    document.getElementById(fieldDomId(pendingFocus))?.focus();
    setPendingFocus(null);
  }, [pendingFocus]);

  const openShare = useCallback(() => {
    const { answers, pricing } = store.getState();
    void loadShareCodec().then(({ encodeShareFragment }) => {
      const url = `${window.location.origin}${window.location.pathname}#${encodeShareFragment({ answers, pricing })}`;
      setShare({ url, copied: false });
      navigator.clipboard?.writeText(url).then(
        () => setShare((current) => (current?.url === url ? { url, copied: true } : current)),
        () => undefined,
      );
    });
  }, [store]);

  const switchLocale = useCallback(() => {
    window.location.assign(translatePath(window.location.pathname, otherLocale));
  }, [otherLocale]);

  // Start-up: saved answers first, then a share link or an example on top (so undo returns to the saved ones).
  useEffect(() => {
    let cancelled = false;
    let stopPersisting = () => undefined as void;
    let storage: Storage | undefined;
    try {
      storage = window.localStorage;
    } catch {
      storage = undefined;
    }

    const applyShareLink = async (check: PricingCheck) => {
      const payload = shareFragmentOf(window.location.hash);
      if (payload === undefined || cancelled) return false;
      const decoded = (await loadShareCodec()).decodeSharePayload(payload, check);
      const actions = store.getState();
      if (decoded.ok) {
        actions.replaceInputs(decoded.inputs);
        actions.showNotice({
          tone: 'info',
          messageKey: decoded.migratedFrom === undefined ? 'wizard.notice.shareLoaded' : 'wizard.notice.shareLoadedMigrated',
        });
        window.history.replaceState(null, '', `${window.location.pathname}${window.location.search}`);
      } else {
        actions.showNotice(shareFailureNotice(decoded, context, (await loadUsageSchema()).USAGE_SCHEMA));
      }
      return true;
    };

    const applyExample = async (exampleId: string) => {
      const { EXAMPLE_CUSTOMERS, exampleCustomer } = await import('../core/examples');
      if (cancelled) return;
      const actions = store.getState();
      try {
        const example = exampleCustomer(exampleId);
        actions.replaceInputs({ answers: example.answers, pricing: actions.pricing });
        actions.showNotice({ tone: 'info', messageKey: 'wizard.notice.exampleLoaded', params: { example: example.shape[locale] } });
        window.history.replaceState(null, '', window.location.pathname);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        actions.showNotice({
          tone: 'error',
          messageKey: 'wizard.notice.exampleUnknown',
          params: { example: exampleId, known: Object.keys(EXAMPLE_CUSTOMERS).join(', ') },
        });
      }
    };

    const onHashChange = () => {
      if (pricingCheck.current !== undefined) void applyShareLink(pricingCheck.current);
    };

    void loadPricingCheck().then(async ({ checkPricing }) => {
      if (cancelled) return;
      pricingCheck.current = checkPricing;
      const actions = store.getState();
      const stored = storage === undefined ? undefined : readStored(storage, checkPricing);
      if (stored?.ok === true) {
        actions.restoreInputs(stored.inputs);
        actions.goToStep(stored.ui.stepIndex);
        actions.setCallMode(stored.ui.callMode);
      } else if (stored?.ok === false) {
        actions.showNotice(storedFailureNotice(stored, context, (await loadUsageSchema()).USAGE_SCHEMA));
      }
      const shared = await applyShareLink(checkPricing);
      const exampleId = new URLSearchParams(window.location.search).get('example');
      if (!shared && exampleId !== null) await applyExample(exampleId);
      if (cancelled) return;
      if (storage !== undefined) {
        stopPersisting = persistStore(store, storage, () => store.getState().showNotice({ tone: 'error', messageKey: 'wizard.notice.notSaved' }));
      }
      window.addEventListener('hashchange', onHashChange);
      registerOfflineSupport(locale);
      document.documentElement.dataset.wizardReady = 'true';
      performance.mark('lakewise:interactive');
    });
    return () => {
      cancelled = true;
      stopPersisting();
      window.removeEventListener('hashchange', onHashChange);
    };
    // `context` is left out on purpose: it only changes with the page (store, locale, strings), and
    // re-running start-up would load the saved answers again over the ones being edited.
  }, [store, locale]);

  useEffect(() => {
    // A stage change unmounts the field that had focus; like the Next and Previous buttons, a
    // shortcut puts focus on the new stage's heading once it is drawn, not on the page body.
    const focusStepHeading = () => requestAnimationFrame(() => document.getElementById('wz-step-heading')?.focus());
    const actions: ShortcutActions = {
      goToStep: (index) => {
        store.getState().goToStep(index);
        focusStepHeading();
      },
      nextStep: () => {
        store.getState().nextStep();
        focusStepHeading();
      },
      previousStep: () => {
        store.getState().previousStep();
        focusStepHeading();
      },
      undo: () => store.getState().undo(),
      redo: () => store.getState().redo(),
      toggleCallMode: () => store.getState().setCallMode(!store.getState().callMode),
      share: openShare,
      newCustomer: () => store.getState().requestNewCustomer(),
      toggleHelp: () => store.getState().setHelpOpen(!store.getState().helpOpen),
      openObjections: () => {
        const panel = document.getElementById(OBJECTIONS_PANEL_ID);
        if (!(panel instanceof HTMLDetailsElement) || store.getState().callMode) return;
        panel.open = true;
        panel.querySelector('summary')?.focus();
      },
      switchLocale,
    };
    const mac = /Mac|iPhone|iPad/.test(navigator.platform);
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.isComposing) return;
      const shortcut = findShortcut(event, { typing: isTyping(event.target), mac });
      if (shortcut === undefined) return;
      event.preventDefault();
      shortcut.run(actions);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [store, openShare, switchLocale]);

  const onDiagramDrawn = useCallback(() => cacheForOffline(), []);

  return (
    <WizardContext.Provider value={context}>
      <WizardLayout
        strings={strings}
        onShare={openShare}
        onSwitchLocale={switchLocale}
        otherLocaleName={format(strings, `language.name.${otherLocale}`)}
        share={share}
        onCloseShare={() => setShare(null)}
        onDiagramDrawn={onDiagramDrawn}
      />
    </WizardContext.Provider>
  );
}

interface LayoutProps {
  readonly strings: WizardStrings;
  readonly onShare: () => void;
  readonly onSwitchLocale: () => void;
  readonly otherLocaleName: string;
  readonly share: ShareState | null;
  readonly onCloseShare: () => void;
  readonly onDiagramDrawn: () => void;
}

function WizardLayout({ strings, onShare, onSwitchLocale, otherLocaleName, share, onCloseShare, onDiagramDrawn }: LayoutProps) {
  const callMode = useLakewise((state) => state.callMode);
  const [diagramSettled, setDiagramSettled] = useState(false);
  const onDiagramSettled = useCallback(() => setDiagramSettled(true), []);
  const stepIndex = useLakewise((state) => state.stepIndex);
  const { steps } = useWizard();
  const step = steps[stepIndex] ?? steps[0];
  return (
    <div className={callMode ? 'wz wz--call' : 'wz'} data-call-mode={callMode}>
      <Toolbar onShare={onShare} onSwitchLocale={onSwitchLocale} otherLocaleName={otherLocaleName} />
      <NoticeBanner />
      <div className="wz__columns">
        <div className="wz__questions">
          <StepNav />
          {step === undefined ? null : <StepPanel key={step.stage} step={step} index={stepIndex} />}
        </div>
        <div className="wz__result">
          <CostPanelSlot />
          <DiagramView onDrawn={onDiagramDrawn} onSettled={onDiagramSettled} />
          <WarningsView />
          <ArchitectureView />
          <ObjectionsPanel />
          <ToolsPanelSlot strings={strings} load={diagramSettled} />
        </div>
      </div>
      <ShortcutHelp />
      <ConfirmNewCustomer />
      <SharePanel share={share} onClose={onCloseShare} />
    </div>
  );
}

/**
 * The cost panel, loaded after the first render with the cost model and the price
 * data it needs; until then a placeholder keeps its place so nothing jumps.
 */
function CostPanelSlot() {
  const { tr } = useWizard();
  const [Panel, setPanel] = useState<ComponentType | null>(null);
  useEffect(() => {
    let current = true;
    void loadCostPanel().then((module) => current && setPanel(() => module.default));
    return () => {
      current = false;
    };
  }, []);
  if (Panel !== null) return <Panel />;
  return (
    <section className="wz-panel wz-cost" aria-labelledby="wz-cost-title">
      <h2 className="wz-panel__title" id="wz-cost-title">
        {tr('wizard.cost.title')}
      </h2>
      <p className="wz-cost__total" aria-live="polite">
        {tr('wizard.cost.loading')}
      </p>
    </section>
  );
}

/**
 * Export and "Run locally", at the foot of the page and not needed to answer questions: they load
 * once the first diagram is drawn (or has failed), so they never delay Mermaid's download.
 */
function ToolsPanelSlot({ strings, load }: { readonly strings: WizardStrings; readonly load: boolean }) {
  const [Panel, setPanel] = useState<ComponentType<{ strings: WizardStrings }> | null>(null);
  useEffect(() => {
    if (!load) return;
    let current = true;
    void loadToolsPanel().then((module) => {
      if (!current) return;
      setPanel(() => module.default);
      cacheForOffline();
    });
    return () => {
      current = false;
    };
  }, [load]);
  return Panel === null ? null : <Panel strings={strings} />;
}
