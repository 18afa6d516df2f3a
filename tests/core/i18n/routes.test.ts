import { describe, expect, test } from 'vitest';
import { entryPath, homePath, localeOfPath, otherLocales, sectionPath, translatePath } from '../../../src/core/i18n/routes';

describe('site routes', () => {
  test('build locale-prefixed paths with a trailing slash', () => {
    expect(homePath('pt-BR')).toBe('/pt-br/');
    expect(sectionPath('en', 'how-recommendations-work')).toBe('/en/how-recommendations-work/');
    expect(entryPath('pt-BR', 'objections', 'lake-becomes-swamp')).toBe('/pt-br/objections/lake-becomes-swamp/');
  });

  test('translatePath keeps the entry and swaps only the locale segment', () => {
    expect(translatePath('/en/objections/lake-becomes-swamp/', 'pt-BR')).toBe('/pt-br/objections/lake-becomes-swamp/');
    expect(translatePath('/pt-br/battlecards/data-lake/', 'en')).toBe('/en/battlecards/data-lake/');
    expect(translatePath('/pt-br/', 'en')).toBe('/en/');
    expect(translatePath('/en', 'pt-BR')).toBe('/pt-br/');
    expect(translatePath('/en/services/en/', 'pt-BR')).toBe('/pt-br/services/en/');
  });

  test('translatePath sends unknown paths to the target home page', () => {
    expect(translatePath('/', 'pt-BR')).toBe('/pt-br/');
    expect(translatePath('/fr/x/', 'en')).toBe('/en/');
  });

  test('localeOfPath reads the first segment only', () => {
    expect(localeOfPath('/pt-br/personas/detractors/')).toBe('pt-BR');
    expect(localeOfPath('/en/')).toBe('en');
    expect(localeOfPath('/x/en/')).toBeUndefined();
    expect(otherLocales('en')).toEqual(['pt-BR']);
  });
});
