import type { Locale } from '../core/locales';

/** What the page tells the search dialog, as JSON in `data-search-config`. */
export interface SearchConfig {
  readonly locale: Locale;
  readonly otherLocale: Locale;
  /** URL prefix of each locale, to label results from the other language. */
  readonly localePaths: Partial<Record<Locale, string>>;
  /** Changes with every build; Pagefind appends it to pagefind-entry.json so the URL can be preloaded. */
  readonly indexTag: string;
  /** Short badge for a result in the other language, e.g. `PT-BR`. */
  readonly otherLanguageShort: string;
  /** UI strings with `{query}`, `{count}` and `{message}` left for the dialog to fill as text. */
  readonly messages: {
    readonly loading: string;
    readonly noResults: string;
    readonly resultOne: string;
    readonly resultOther: string;
    readonly failed: string;
  };
}
