import { useMemo } from 'react';
import ExportMenu, { type ExportMenuStringKey, type ExportMenuStrings } from '../ExportMenu';
import LocalRunPanel, { LOCAL_RUN_STRINGS } from '../LocalRunPanel';
import { pricingRegionFor } from '../../store/derived';
import { useLakewise, useWizard } from './context';
import { useEstimate, usePriceBook } from './cost-hooks';
import type { WizardStrings } from './strings';

function exportStrings(strings: WizardStrings): ExportMenuStrings {
  return Object.fromEntries(Object.entries(strings).filter(([key]) => key.startsWith('wizard.export.') || key.startsWith('language.name.'))) as Record<
    ExportMenuStringKey,
    string
  >;
}

/**
 * The seller's next steps after the call, loaded after the wizard itself: export
 * the proposal with the prices on screen (ExportMenu) and run the pipeline on
 * sample data on this machine (LocalRunPanel). Both call the site's server.
 */
export default function ToolsPanel({ strings }: { readonly strings: WizardStrings }) {
  const { locale } = useWizard();
  const answers = useLakewise((state) => state.answers);
  const pricing = useLakewise((state) => state.pricing);
  const { region } = pricingRegionFor(answers.opportunity.region);
  // The export shows BRL exactly when the cost panel does: with no rate, or one the
  // estimate refused, both stay in USD (the panel says why) instead of the export failing.
  const book = usePriceBook(region);
  const shown = useEstimate(book.status === 'ready' ? book.book : undefined);
  const appliedRate = shown.status === 'ready' && shown.estimate.brl !== undefined ? pricing.exchangeRate : undefined;
  // Filtered once per page: this panel re-renders on every keystroke in an answer.
  const menuStrings = useMemo(() => exportStrings(strings), [strings]);
  return (
    <div className="wz-panel wz-tools wz-seller-only">
      <ExportMenu
        answers={answers}
        locale={locale}
        strings={menuStrings}
        region={region}
        preset={pricing.preset}
        overrides={pricing.overrides}
        freeTier={pricing.freeTier}
        {...(appliedRate === undefined ? {} : { exchangeRate: appliedRate })}
      />
      <LocalRunPanel locale={locale} strings={LOCAL_RUN_STRINGS[locale]} answers={answers} />
    </div>
  );
}
