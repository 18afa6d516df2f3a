/**
 * Which of Pagefind's results really contain the words typed.
 *
 * Pagefind's ordinary search matches every indexed word that begins with a query
 * word's stem, so "preço" (stem "prec") also finds "precisam" and "precisa". Its exact
 * search (the query in double quotes) matches the stem alone: "preço" finds "preço"
 * and "preços", the Portuguese stemmer's own inflections, and nothing else. Pagefind
 * has no option to turn prefix matching off, so each word is also looked up with exact
 * search and a result must be among the pages found that way.
 *
 * A word exact search finds nowhere is one still being typed ("detrat") or one the
 * site does not use; those keep Pagefind's prefix matching.
 */

/** One word of the query. */
export interface QueryWord {
  /** As typed, to hand to Pagefind's exact search. */
  readonly typed: string;
  /** Lower case, without accents or punctuation: how the word is compared with page text. */
  readonly folded: string;
}

/** What Pagefind's exact search found for one query word. */
export interface WordEvidence {
  readonly word: QueryWord;
  /** Ids of the pages holding the word or another word with its stem; empty when none does. */
  readonly wholeWordPages: ReadonlySet<string>;
}

/** Lower case without accents or punctuation, so "Preço," and "preco" compare equal. */
export function foldForMatching(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLocaleLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '');
}

/**
 * The query's words, split on spaces like Pagefind does. Double quotes are dropped, so a
 * word can be quoted for exact search; a word with no letter or digit left (a lone `<`
 * or `"`) is no word, as for Pagefind.
 */
export function queryWords(query: string): QueryWord[] {
  const words: QueryWord[] = [];
  for (const part of query.split(/\s+/)) {
    const typed = part.replaceAll('"', '');
    const folded = foldForMatching(typed);
    if (folded !== '' && !words.some((word) => word.folded === folded)) words.push({ typed, folded });
  }
  return words;
}

/** The query Pagefind treats as an exact search for this one word. */
export function exactSearchQuery(word: QueryWord): string {
  return `"${word.typed}"`;
}

/** Whether the page with this id holds every whole word of the query (words still being typed match by prefix). */
export function matchesQuery(pageId: string, evidence: readonly WordEvidence[]): boolean {
  return evidence.every(({ wholeWordPages }) => wholeWordPages.size === 0 || wholeWordPages.has(pageId));
}
