import { describe, expect, test } from 'vitest';
import { parseDictionaries } from '../../src/core/i18n/dictionary';
import { TRAINING_STRINGS, tt } from '../../src/components/training/ui-strings';
import en from '../../src/components/training/strings/en.json';
import ptBR from '../../src/components/training/strings/pt-BR.json';

describe('trainer UI strings', () => {
  test('both locales have exactly the same keys and placeholders', () => {
    expect(Object.keys(TRAINING_STRINGS['pt-BR']).sort()).toEqual(Object.keys(TRAINING_STRINGS.en).sort());
  });

  test('a missing key or a dropped placeholder in pt-BR fails at import', () => {
    const { ['training.deck.next']: _dropped, ...missing } = ptBR;
    expect(() => parseDictionaries(en, { en, 'pt-BR': missing })).toThrow(/UI dictionary pt-BR: "training.deck.next": missing key/);
    expect(() => parseDictionaries(en, { en, 'pt-BR': { ...ptBR, 'training.deck.position': 'Slide {current}' } })).toThrow(/expected placeholders \{current\}, \{total\}/);
  });

  test('fills placeholders per locale', () => {
    expect(tt('en', 'training.deck.position', { current: 3, total: 14 })).toBe('Slide 3 of 14');
    expect(tt('pt-BR', 'training.deck.position', { current: 3, total: 14 })).toBe('Slide 3 de 14');
  });
});
