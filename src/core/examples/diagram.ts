import { recommend } from '../architecture/recommend';
import { toMermaid, type MermaidDiagram } from '../diagram/mermaid';
import type { Locale } from '../locales';
import { exampleCustomer, exampleName } from './index';

/**
 * The diagram of an example customer's recommended architecture for a training slide,
 * computed by the same advisor and diagram code the wizard uses, so a slide can never
 * show an architecture the product would not recommend. Edges carry no words here (see
 * `edgeLabels`); the slide's wizard link shows the labelled diagram.
 */
export function exampleDiagram(id: string, locale: Locale): MermaidDiagram {
  const customer = exampleCustomer(id);
  return toMermaid(recommend(customer.answers), { locale, customerName: exampleName(customer), edgeLabels: false });
}
