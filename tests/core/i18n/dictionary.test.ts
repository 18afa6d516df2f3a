import { describe, expect, test } from 'vitest';
import { interpolate, parseDictionaries, placeholdersOf } from '../../../src/core/i18n/dictionary';
import { t, tCount, UI_DICTIONARIES, type UiKey } from '../../../src/core/i18n';
import { LAYERS } from '../../../src/core/layers';
import { LOCALES } from '../../../src/core/locales';
import { DISCOVERY_STAGES, OBJECTION_FAMILIES, PERSONA_KINDS, STAKEHOLDER_TYPES } from '../../../src/content-model/schemas';

describe('parseDictionaries', () => {
  const reference = { 'nav.home': 'Home', 'search.count': '{count} results for {query}' };

  test('accepts dictionaries with the same keys and placeholders', () => {
    const parsed = parseDictionaries(reference, { en: reference, 'pt-BR': { 'nav.home': 'Início', 'search.count': '{count} resultados para {query}' } });
    expect(parsed['pt-BR']['nav.home']).toBe('Início');
  });

  test('names the locale and key of a missing, extra, empty or mis-templated string', () => {
    expect(() =>
      parseDictionaries(reference, { en: reference, 'pt-BR': { 'search.count': '{total} resultados', 'nav.extra': 'x' }, fr: { 'nav.home': ' ', 'search.count': '{count} {query}' } }),
    ).toThrowErrorMatchingInlineSnapshot(`
      [InputError: UI dictionary pt-BR: "nav.home": missing key
      UI dictionary pt-BR: "search.count": expected placeholders {count}, {query}
      UI dictionary pt-BR: (root): Unrecognized key: "nav.extra"
      UI dictionary fr: "nav.home": must not be empty]
    `);
  });
});

describe('interpolate and placeholdersOf', () => {
  test('fills every placeholder and refuses to leave one blank', () => {
    expect(interpolate('{count} of {total}', { count: 2, total: 3 })).toBe('2 of 3');
    expect(() => interpolate('{count} of {total}', { count: 2 }, 'demo.key')).toThrow('UI string "demo.key" needs a value for {total}');
    expect(placeholdersOf('{b} {a} {b}')).toEqual(['a', 'b']);
  });
});

describe('the UI dictionaries', () => {
  test('have the same keys in every locale', () => {
    const keys = Object.keys(UI_DICTIONARIES.en).sort();
    for (const locale of LOCALES) expect(Object.keys(UI_DICTIONARIES[locale]).sort()).toEqual(keys);
  });

  test('label every stage, family, persona kind, stakeholder type, layer and language', () => {
    const keys = [
      ...DISCOVERY_STAGES.map((stage) => `discovery.stage.${stage}`),
      ...OBJECTION_FAMILIES.map((family) => `objections.family.${family}`),
      ...PERSONA_KINDS.map((kind) => `personas.kind.${kind}`),
      ...STAKEHOLDER_TYPES.map((type) => `personas.stakeholderType.${type}`),
      ...LAYERS.map((layer) => `layer.${layer}`),
      ...LOCALES.map((locale) => `language.name.${locale}`),
    ];
    expect(keys.filter((key) => !(key in UI_DICTIONARIES.en))).toEqual([]);
  });

  test('t fills placeholders and tCount follows each language’s plural rules', () => {
    expect(t('pt-BR', 'nav.services')).toBe('Serviços');
    expect(t('en', 'battlecards.title', { family: 'Data lake' })).toBe('Battlecard: Data lake');
    expect(tCount('en', 'battlecards.count', 1)).toBe('1 objection');
    expect(tCount('en', 'battlecards.count', 4)).toBe('4 objections');
    expect(tCount('pt-BR', 'battlecards.count', 1)).toBe('1 objeção');
    expect(tCount('pt-BR', 'battlecards.count', 3)).toBe('3 objeções');
    expect(() => t('en', 'battlecards.title' as UiKey)).toThrow('needs a value for {family}');
  });
});
