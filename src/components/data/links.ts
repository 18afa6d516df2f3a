import { entryPath, type PlaybookSection } from '../../core/i18n/routes';
import type { Locale } from '../../core/locales';

export interface LinkItem {
  readonly href: string;
  readonly label: string;
  readonly note?: string;
}

/** Link items for entries of one section, labelled by their title. */
export function linksTo<Item extends { slug: string; data: { title: string } }>(
  locale: Locale,
  section: PlaybookSection,
  entries: readonly Item[],
  note?: (entry: Item) => string | undefined,
): LinkItem[] {
  return entries.map((entry) => ({ href: entryPath(locale, section, entry.slug), label: entry.data.title, note: note?.(entry) }));
}
