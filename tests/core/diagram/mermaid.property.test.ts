import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { recommend } from '../../../src/core/architecture/recommend';
import { toMermaid } from '../../../src/core/diagram/mermaid';
import { LOCALES } from '../../../src/core/locales';
import { answersArbitrary, customerText } from '../answers/arbitrary';
import { loadMermaid } from './mermaid-parser';

describe('toMermaid properties', () => {
  test('any valid answers and any customer name give text that Mermaid parses, identical on every run', async () => {
    const mermaid = await loadMermaid();
    await fc.assert(
      fc.asyncProperty(answersArbitrary, fc.constantFrom(...LOCALES), fc.option(customerText, { nil: undefined }), async (answers, locale, name) => {
        const model = recommend(answers);
        const { text } = toMermaid(model, { locale, customerName: name });
        expect(toMermaid(recommend(answers), { locale, customerName: name }).text).toBe(text);
        await mermaid.parse(text);
      }),
      { numRuns: 100 },
    );
  });
});
