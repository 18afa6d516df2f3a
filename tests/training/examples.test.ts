import { describe, expect, test } from 'vitest';
import { recommend } from '../../src/core/architecture/recommend';
import { EXAMPLE_CUSTOMERS, EXAMPLE_IDS, exampleAnswers, exampleCustomer, exampleName } from '../../src/core/examples';
import { exampleDiagram } from '../../src/core/examples/diagram';
import { toMermaid } from '../../src/core/diagram/mermaid';
import { parseAnswers } from '../../src/core/answers/parse';

describe('example customers', () => {
  test('every example is valid answers with a customer name and a shape in both locales', () => {
    for (const id of EXAMPLE_IDS) {
      const customer = EXAMPLE_CUSTOMERS[id];
      expect(customer.id).toBe(id);
      expect(parseAnswers(customer.answers).ok, id).toBe(true);
      expect(exampleName(customer).length).toBeGreaterThan(3);
      expect(customer.shape.en).not.toBe('');
      expect(customer.shape['pt-BR']).not.toBe('');
    }
  });

  test('examples give distinct architectures', () => {
    const signatures = EXAMPLE_IDS.map((id) => recommend(exampleAnswers(id)).components.map((component) => `${component.serviceId}:${component.role}`).join(','));
    expect(new Set(signatures).size).toBe(EXAMPLE_IDS.length);
  });

  test('an unknown example names the ones that exist', () => {
    expect(() => exampleCustomer('nope')).toThrow(`example: unknown example "nope"; expected one of ${EXAMPLE_IDS.join(', ')}`);
  });

  test('the deck diagram is the advisor’s diagram for the example, in the slide’s locale, without edge words', () => {
    for (const locale of ['en', 'pt-BR'] as const) {
      const drawn = exampleDiagram('real-time-streaming', locale);
      const customer = exampleCustomer('real-time-streaming');
      expect(drawn).toEqual(toMermaid(recommend(customer.answers), { locale, customerName: exampleName(customer), edgeLabels: false }));
      expect(drawn.text.startsWith('flowchart LR\n')).toBe(true);
      expect(drawn.nodes.map((node) => node.serviceId)).toContain('kinesis-data-streams');
    }
  });
});
