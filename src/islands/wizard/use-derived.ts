import type { ArchitectureModel } from '../../core/architecture/model';
import type { MermaidDiagram } from '../../core/diagram/mermaid';
import { pricingRegionFor } from '../../store/derived';
import { useLakewise, useWizard } from './context';

/** The recommended architecture for the current answers (same object until an answer changes it). */
export function useArchitecture(): ArchitectureModel {
  const { derivations } = useWizard();
  const answers = useLakewise((state) => state.answers);
  return derivations.architecture(answers);
}

/** The diagram, in the conversation's language, titled with the customer's name. */
export function useDiagram(): MermaidDiagram {
  const { derivations } = useWizard();
  const model = useArchitecture();
  const locale = useLakewise((state) => state.answers.locale);
  const customerName = useLakewise((state) => state.answers.opportunity.customerName);
  return derivations.diagram(model, locale, customerName);
}

export function usePricingRegion(): ReturnType<typeof pricingRegionFor> {
  const region = useLakewise((state) => state.answers.opportunity.region);
  return pricingRegionFor(region);
}
