import { describe, expect, test } from 'vitest';
import {
  confirmMatches,
  exactSearchQuery,
  foldForMatching,
  hasWordBeginning,
  matchesQuery,
  queryWords,
  type WordEvidence,
} from '../../src/scripts/search-relevance';

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

const evidence = (typed: string, pages: string[]): WordEvidence => ({ word: queryWords(typed)[0]!, wholeWordPages: new Set(pages) });

describe('matchesQuery', () => {
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

describe('hasWordBeginning', () => {
  test('finds a word by its beginning, whatever its case, accents, punctuation or hyphens', () => {
    expect(hasWordBeginning('Promotores e “Detratores”.', 'detrat')).toBe(true);
    expect(hasWordBeginning('A de-identified lake', 'identif')).toBe(true);
    expect(hasWordBeginning('A de-identified lake', 'deidentif')).toBe(true);
    expect(hasWordBeginning('Os usuários precisam de joins', 'detrat')).toBe(false);
  });
});

describe('confirmMatches', () => {
  const page = (id: string, content: string) => {
    const read = { count: 0 };
    const data = async () => {
      read.count++;
      return { content, meta: { title: id } };
    };
    return { id, read, data };
  };

  test('drops every page of an index that fell back to a shorter word', async () => {
    // The Portuguese index answers "detractors" with the pages that say "de".
    const pages = ['business-problems', 'data-sources', 'events-per-second'].map((id) => page(id, 'problemas de negócio'));
    await expect(confirmMatches(pages, [evidence('detractors', [])], 2)).resolves.toEqual([]);
  });

  test('keeps the pages holding a word that begins with the one being typed, reading only until one does', async () => {
    const pages = [page('governance', 'um detrator à neutralidade'), page('sales', 'Promotores e detratores'), page('roles', 'e detratores')];
    const confirmed = await confirmMatches(pages, [evidence('detrat', [])], 1);
    expect(confirmed.map(({ id }) => id)).toEqual(['governance', 'sales', 'roles']);
    expect(pages.map(({ read }) => read.count)).toEqual([1, 0, 0]);
  });

  test('keeps Pagefind order and filters whole words by id without reading any page', async () => {
    const pages = [page('pricing', 'preço'), page('needs', 'precisam'), page('billing', 'preços')];
    const confirmed = await confirmMatches(pages, [evidence('preço', ['billing', 'pricing'])], 8);
    expect(confirmed.map(({ id }) => id)).toEqual(['pricing', 'billing']);
    expect(pages.every(({ read }) => read.count === 0)).toBe(true);
  });

  test('needs no reading for a single character, which has no shorter word to fall back to', async () => {
    const pages = [page('a', 'dados'), page('b', 'do')];
    await expect(confirmMatches(pages, [evidence('d', [])], 8)).resolves.toHaveLength(2);
    expect(pages.every(({ read }) => read.count === 0)).toBe(true);
  });
});
