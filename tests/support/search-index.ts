import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { DIST_CLIENT } from './server';

/** A page as Pagefind indexed it: the words of its indexed text and title, lower case without accents. */
export interface IndexedPage {
  readonly path: string;
  readonly title: string;
  readonly words: ReadonlySet<string>;
}

const FRAGMENT_DIR = path.join(DIST_CLIENT, 'pagefind/fragment');
/** Pagefind 1.x prefixes each gunzipped fragment with this marker before its JSON. */
const FRAGMENT_MARKER = 'pagefind_dcd';

function words(text: string): Set<string> {
  const folded = text.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
  return new Set(folded.split(/[^\p{L}\p{N}]+/u).filter((word) => word !== ''));
}

/**
 * Reads back the text Pagefind indexed for every page of the build, so a test can say
 * which pages truly hold a word without asking the search it is testing.
 */
export async function readIndexedPages(): Promise<IndexedPage[]> {
  const files = (await readdir(FRAGMENT_DIR)).filter((file) => file.endsWith('.pf_fragment'));
  return Promise.all(
    files.map(async (file) => {
      let bytes = gunzipSync(await readFile(path.join(FRAGMENT_DIR, file)));
      if (bytes.subarray(0, FRAGMENT_MARKER.length).toString() === FRAGMENT_MARKER) bytes = bytes.subarray(FRAGMENT_MARKER.length);
      const fragment = JSON.parse(bytes.toString('utf8')) as { url: string; content: string; meta: { title?: string } };
      const title = fragment.meta.title ?? '';
      return { path: new URL(fragment.url, 'http://site.invalid').pathname, title, words: words(`${fragment.content} ${title}`) };
    }),
  );
}

/** Paths of the pages under `pathPrefix` holding a word that `form` matches whole. */
export function pagesWithWord(pages: readonly IndexedPage[], pathPrefix: string, form: RegExp): Set<string> {
  return new Set(pages.filter((page) => page.path.startsWith(pathPrefix) && [...page.words].some((word) => form.test(word))).map((page) => page.path));
}
