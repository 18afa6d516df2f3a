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
 * site does not use. It keeps Pagefind's prefix matching, but when no indexed word
 * begins with it Pagefind falls back to the longest indexed word it begins with:
 * "detractors" in the Portuguese index finds every page that says "de". So such a
 * word is also looked for in the text of the pages found.
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

function lowerCaseWithoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}+/gu, '').toLocaleLowerCase();
}

/** Lower case without accents or punctuation, so "Preço," and "preco" compare equal. */
export function foldForMatching(text: string): string {
  return lowerCaseWithoutAccents(text).replace(/[^\p{L}\p{N}]+/gu, '');
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

/** Whether some word of `text` begins with `folded` (a folded query word); "de-identified" begins with "identif" and "deidentif". */
export function hasWordBeginning(text: string, folded: string): boolean {
  return text.split(/\s+/).some((chunk) => {
    const parts = lowerCaseWithoutAccents(chunk).split(/[^\p{L}\p{N}]+/u);
    return parts.join('').startsWith(folded) || parts.some((part) => part.startsWith(folded));
  });
}

/** A result of one Pagefind index, whose page text can be loaded. */
export interface Candidate {
  readonly id: string;
  data(): Promise<{ readonly content: string; readonly meta: Readonly<Record<string, string | undefined>> }>;
}

/**
 * The results of one index that hold what was typed, in Pagefind's order. Words still
 * being typed are looked for in the page text, a batch of pages at a time. Once a page
 * of the index has a word beginning with such a word, Pagefind did not fall back for it
 * in this index, so the pages after that batch matched it by a word beginning with its
 * stem and are not read. A single character needs no reading: there is no shorter word
 * to fall back to.
 */
export async function confirmMatches<Result extends Candidate>(results: readonly Result[], evidence: readonly WordEvidence[], batchSize: number): Promise<Result[]> {
  const wholeWordMatches = results.filter((result) => matchesQuery(result.id, evidence));
  const unconfirmed = new Set(
    evidence.filter(({ word, wholeWordPages }) => wholeWordPages.size === 0 && word.folded.length > 1).map(({ word }) => word.folded),
  );
  const confirmed: Result[] = [];
  for (let start = 0; start < wholeWordMatches.length; start += batchSize) {
    if (unconfirmed.size === 0) return [...confirmed, ...wholeWordMatches.slice(start)];
    const typed = [...unconfirmed];
    const batch = wholeWordMatches.slice(start, start + batchSize);
    const texts = await Promise.all(batch.map(async (result) => {
      const { content, meta } = await result.data();
      return `${content} ${meta.title ?? ''}`;
    }));
    batch.forEach((result, index) => {
      const found = typed.filter((folded) => hasWordBeginning(texts[index]!, folded));
      if (found.length === typed.length) confirmed.push(result);
      for (const folded of found) unconfirmed.delete(folded);
    });
  }
  return confirmed;
}
