import { describe, expect, test } from 'vitest';
import { exactSearchQuery, foldForMatching, matchesQuery, queryWords, type WordEvidence } from '../../src/scripts/search-relevance';

describe('queryWords', () => {
  test('splits on spaces and compares words without case, accents or punctuation', () => {
    expect(queryWords('  Preço  objeção, ')).toEqual([
      { typed: 'Preço', folded: 'preco' },
      { typed: 'objeção,', folded: 'objecao' },
    ]);
    expect(foldForMatching('“Detratores”')).toBe('detratores');
  });

  test('drops double quotes, words with no letter or digit, and repeats', () => {
    expect(queryWords('"data lake" < " lake')).toEqual([
      { typed: 'data', folded: 'data' },
      { typed: 'lake', folded: 'lake' },
    ]);
  });

  test('asks Pagefind for an exact search of one word', () => {
    expect(exactSearchQuery({ typed: 'preço', folded: 'preco' })).toBe('"preço"');
  });
});

describe('matchesQuery', () => {
  const evidence = (typed: string, pages: string[]): WordEvidence => ({ word: queryWords(typed)[0]!, wholeWordPages: new Set(pages) });

  test('keeps a page only when it holds every whole word of the query', () => {
    const query = [evidence('preço', ['pricing', 'billing']), evidence('lake', ['billing', 'lake'])];
    expect(matchesQuery('billing', query)).toBe(true);
    expect(matchesQuery('pricing', query)).toBe(false);
    expect(matchesQuery('needs', query)).toBe(false);
  });

  test('leaves a word exact search finds nowhere, one still being typed, to prefix matching', () => {
    expect(matchesQuery('detractors', [evidence('detrat', [])])).toBe(true);
    expect(matchesQuery('detractors', [evidence('detrat', []), evidence('lake', ['lake'])])).toBe(false);
  });
});
