import { recommend } from '../architecture/recommend';
import { toMermaid, type MermaidDiagram } from '../diagram/mermaid';
import type { Locale } from '../locales';
import { exampleCustomer, exampleName } from './index';

/**
 * The diagram of an example customer's recommended architecture, computed by the
 * same advisor and diagram code the wizard uses, so a training slide can never
 * show an architecture the product would not recommend.
 */
export function exampleDiagram(id: string, locale: Locale): MermaidDiagram {
  const customer = exampleCustomer(id);
  return toMermaid(recommend(customer.answers), { locale, customerName: exampleName(customer) });
}
