import type { SearchConfig } from './search-config';
import { fillMessage, parseExcerpt } from './search-excerpt';
import { confirmMatches, exactSearchQuery, queryWords, type WordEvidence } from './search-relevance';

/**
 * The search dialog's behaviour, built on first open. Pagefind (written by
 * scripts/pagefind.mjs into /pagefind/) holds one index per <html lang> and is only
 * downloaded then; the page's own language is searched by default and the other
 * one, from its own bundle, on request.
 */

interface PagefindResultData {
  readonly url: string;
  readonly content: string;
  readonly excerpt: string;
  readonly meta: Readonly<Record<string, string | undefined>>;
}

interface PagefindResult {
  readonly id: string;
  readonly score: number;
  data(): Promise<PagefindResultData>;
}

interface PagefindSearch {
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

interface PagefindModule extends PagefindSearch {
  options(options: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
}

const MAX_RESULTS = 8;
const EXCERPT_WORDS = 24;
const DEBOUNCE_MS = 120;

/** Starts the Pagefind of the bundle at `bundlePath`: it searches that bundle's index for the page's language, or a one-language bundle's only index. */
async function importPagefind(bundlePath: string, indexTag: string): Promise<PagefindModule> {
  const url = new URL(`${bundlePath}pagefind.js`, location.origin).href;
  const pagefind = (await import(/* @vite-ignore */ url)) as PagefindModule;
  // The index is small: searching on the main thread skips downloading and starting
  // pagefind-worker.js (43 KB) before the first result.
  await pagefind.options({ excerptLength: EXCERPT_WORDS, noWorker: true, metaCacheTag: indexTag });
  await pagefind.init();
  return pagefind;
}

class SearchController {
  readonly #dialog: HTMLDialogElement;
  readonly #config: SearchConfig;
  readonly #input: HTMLInputElement;
  readonly #otherLanguage: HTMLInputElement;
  readonly #status: HTMLElement;
  readonly #results: HTMLElement;
  #opener: HTMLElement | null = null;
  #pagefind: Promise<PagefindModule> | undefined;
  #otherLanguageIndex: Promise<PagefindSearch> | undefined;
  #searchId = 0;
  /** The query (and language choice) whose results the list shows in full. */
  #shownKey: string | undefined;
  #ready = false;
  #debounce: ReturnType<typeof setTimeout> | undefined;

  constructor(dialog: HTMLDialogElement) {
    this.#dialog = dialog;
    this.#config = JSON.parse(dialog.dataset.searchConfig ?? '{}') as SearchConfig;
    this.#input = this.#require('#search-input', HTMLInputElement);
    this.#otherLanguage = this.#require('[data-search-other-language]', HTMLInputElement);
    this.#status = this.#require('[data-search-status]', HTMLElement);
    this.#results = this.#require('[data-search-results]', HTMLElement);

    this.#require('[data-search-close]', HTMLButtonElement).addEventListener('click', () => dialog.close());
    this.#require('[data-search-form]', HTMLFormElement).addEventListener('submit', (event) => {
      event.preventDefault();
      this.#openFirstResult().catch((error: unknown) => this.#showFailure(error));
    });
    this.#input.addEventListener('input', () => this.#scheduleSearch());
    this.#otherLanguage.addEventListener('change', () => this.#runSearch());
    dialog.addEventListener('keydown', (event) => this.#onKeydown(event));
    // A click on the backdrop lands on the <dialog> itself, outside its panel.
    dialog.addEventListener('click', (event) => {
      if (event.target === dialog) dialog.close();
    });
    dialog.addEventListener('close', () => {
      if (this.#opener?.isConnected) this.#opener.focus();
      this.#opener = null;
    });
  }

  open(opener: Element | null): void {
    this.#opener = opener instanceof HTMLElement && opener !== document.body ? opener : null;
    if (!this.#dialog.open) this.#dialog.showModal();
    this.#input.focus();
    this.#input.select();
    this.#loadPagefind().catch((error: unknown) => this.#showFailure(error));
    if (this.#input.value.trim() !== '') this.#runSearch();
  }

  #require<Element extends HTMLElement>(selector: string, type: new () => Element): Element {
    const element = this.#dialog.querySelector(selector);
    if (!(element instanceof type)) throw new Error(`Search dialog is missing ${selector}`);
    return element;
  }

  /**
   * Pagefind fetches its files one after another (script, entry, then WebAssembly);
   * hinting the entry and this language's WebAssembly up front lets all three download at once.
   */
  #preloadIndexFiles(): void {
    const language = this.#config.locale.toLowerCase();
    for (const href of [`/pagefind/pagefind-entry.json?ts=${encodeURIComponent(this.#config.indexTag)}`, `/pagefind/wasm.${language}.pagefind`]) {
      const link = document.createElement('link');
      link.rel = 'preload';
      link.as = 'fetch';
      link.crossOrigin = 'anonymous';
      link.href = href;
      document.head.append(link);
    }
  }

  #loadPagefind(): Promise<PagefindModule> {
    this.#pagefind ??= (async () => {
      this.#preloadIndexFiles();
      return importPagefind('/pagefind/', this.#config.indexTag);
    })();
    return this.#pagefind;
  }

  /**
   * The other language's own bundle (scripts/pagefind.mjs), imported from its own URL:
   * one pagefind.js runs one WebAssembly module, whose stemmer is that of the page's
   * language, so an index merged into it would have its words stemmed by the wrong rules.
   */
  #loadOtherLanguage(): Promise<PagefindSearch> {
    this.#otherLanguageIndex ??= importPagefind(`/pagefind/${this.#config.otherLocale.toLowerCase()}/`, this.#config.indexTag);
    return this.#otherLanguageIndex;
  }

  #engines(): Promise<PagefindSearch[]> {
    return Promise.all(this.#otherLanguage.checked ? [this.#loadPagefind(), this.#loadOtherLanguage()] : [this.#loadPagefind()]);
  }

  #currentKey(): string {
    return `${this.#otherLanguage.checked ? 'both' : 'own'}:${this.#input.value.trim()}`;
  }

  /**
   * Enter opens the best match for what is typed now. A fast typist presses it before
   * the pause that starts the search, or while it runs, when the list still shows an
   * earlier query's results; those are never opened.
   */
  async #openFirstResult(): Promise<void> {
    if (this.#shownKey !== this.#currentKey()) await this.#search(this.#input.value);
    if (this.#shownKey === this.#currentKey()) this.#resultLinks()[0]?.click();
  }

  #scheduleSearch(): void {
    clearTimeout(this.#debounce);
    // The first keystroke searches at once (it also warms the index); later ones wait for a pause.
    if (this.#searchId === 0) this.#runSearch();
    else this.#debounce = setTimeout(() => this.#runSearch(), DEBOUNCE_MS);
  }

  #runSearch(): void {
    this.#search(this.#input.value).catch((error: unknown) => this.#showFailure(error));
  }

  async #search(rawQuery: string): Promise<void> {
    clearTimeout(this.#debounce);
    const searchId = ++this.#searchId;
    const key = this.#currentKey();
    this.#shownKey = undefined;
    const query = rawQuery.trim();
    if (query === '') {
      this.#results.replaceChildren();
      this.#status.textContent = '';
      this.#shownKey = key;
      return;
    }
    // Only the first search waits for Pagefind to download; later ones keep the last count shown.
    if (!this.#ready) this.#status.textContent = this.#config.messages.loading;
    const engines = await this.#engines();
    this.#ready = true;
    const [responses, evidence] = await Promise.all([Promise.all(engines.map((engine) => engine.search(query))), this.#wordEvidence(engines, query)]);
    if (searchId !== this.#searchId) return;
    const matches = await Promise.all(responses.map((response) => confirmMatches(response?.results ?? [], evidence, MAX_RESULTS)));
    if (searchId !== this.#searchId) return;
    // Scores of both languages' indexes compare, as in Pagefind's own merged search.
    const results = matches.flat().sort((a, b) => b.score - a.score);

    // Fragments load in parallel; each result is drawn as soon as those above it are,
    // so the best match shows without waiting for the slowest fragment.
    const pending = results.slice(0, MAX_RESULTS).map((result) => result.data());
    for (const promise of pending) promise.catch(() => undefined);
    this.#results.replaceChildren();
    for (const data of pending) {
      const result = await data;
      if (searchId !== this.#searchId) return;
      this.#results.append(this.#renderResult(result));
    }
    const { messages } = this.#config;
    const template = results.length === 0 ? messages.noResults : results.length === 1 ? messages.resultOne : messages.resultOther;
    this.#status.textContent = fillMessage(template, { query, count: results.length });
    this.#shownKey = key;
  }

  /** Looks each query word up with Pagefind's exact search, which matches its stem and not every word it begins. */
  async #wordEvidence(engines: readonly PagefindSearch[], query: string): Promise<WordEvidence[]> {
    return Promise.all(
      queryWords(query).map(async (word) => {
        const responses = await Promise.all(engines.map((engine) => engine.search(exactSearchQuery(word))));
        return { word, wholeWordPages: new Set(responses.flatMap((response) => response?.results ?? []).map((result) => result.id)) };
      }),
    );
  }

  /** Builds the result with DOM nodes and text only: titles and excerpts are never parsed as HTML. */
  #renderResult(result: PagefindResultData): HTMLLIElement {
    const item = document.createElement('li');
    const link = document.createElement('a');
    // Results from the merged index carry absolute URLs; compare and link by path.
    const path = new URL(result.url, location.origin).pathname;
    link.href = path;
    const title = document.createElement('span');
    title.className = 'search-result__title';
    title.textContent = result.meta.title ?? path;
    link.append(title);

    const otherPrefix = this.#config.localePaths[this.#config.otherLocale];
    if (otherPrefix !== undefined && path.startsWith(otherPrefix)) {
      link.lang = this.#config.otherLocale;
      link.hreflang = this.#config.otherLocale;
      const badge = document.createElement('span');
      badge.className = 'search-result__lang';
      badge.textContent = this.#config.otherLanguageShort;
      title.append(badge);
    }

    const excerpt = document.createElement('span');
    excerpt.className = 'search-result__excerpt';
    for (const part of parseExcerpt(result.excerpt)) {
      if (part.marked) {
        const mark = document.createElement('mark');
        mark.textContent = part.text;
        excerpt.append(mark);
      } else {
        excerpt.append(document.createTextNode(part.text));
      }
    }
    link.append(excerpt);
    item.append(link);
    return item;
  }

  #resultLinks(): HTMLAnchorElement[] {
    return [...this.#results.querySelectorAll('a')];
  }

  #onKeydown(event: KeyboardEvent): void {
    if (event.key === 'Escape') {
      // A search input eats the first Escape to clear itself; close in one press instead.
      event.preventDefault();
      this.#dialog.close();
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      // Arrows walk the input and the result links as one ring of stops.
      const stops: HTMLElement[] = [this.#input, ...this.#resultLinks()];
      const index = stops.indexOf(document.activeElement as HTMLElement);
      if (index === -1 || stops.length === 1) return;
      event.preventDefault();
      const next = (index + (event.key === 'ArrowDown' ? 1 : -1) + stops.length) % stops.length;
      stops[next]!.focus();
    } else if (event.key === 'Tab') {
      // showModal() keeps focus off the page but lets it reach the browser UI; keep it in the dialog.
      const focusable = [...this.#dialog.querySelectorAll<HTMLElement>('button, input, a[href]')].filter((element) => !element.hidden);
      const first = focusable[0];
      const last = focusable.at(-1);
      if (event.shiftKey && document.activeElement === first) {
        event.preventDefault();
        last?.focus();
      } else if (!event.shiftKey && document.activeElement === last) {
        event.preventDefault();
        first?.focus();
      }
    }
  }

  #showFailure(error: unknown): void {
    const message = error instanceof Error ? error.message : String(error);
    this.#status.textContent = fillMessage(this.#config.messages.failed, { message });
  }
}

let controller: SearchController | undefined;

/** Opens the search dialog, building its controller on first use; focus returns to `opener` on close. */
export function openSearch(dialog: HTMLDialogElement, opener: Element | null): void {
  controller ??= new SearchController(dialog);
  controller.open(opener);
}
