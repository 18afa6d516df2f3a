import { LOCALE_PATH, LOCALES, localeFromPath, type Locale } from '../locales';

/**
 * Site URLs. Every page lives under its locale segment and ends with a slash
 * (astro.config `trailingSlash: 'always'`); the two locales share every path after
 * the segment, which is what lets the language switch keep you on the same entry.
 */

export const PLAYBOOK_SECTIONS = ['discovery', 'personas', 'objections', 'services', 'journeys'] as const;
export type PlaybookSection = (typeof PLAYBOOK_SECTIONS)[number];

/** Sections outside the playbook collections; wizard and training pages belong to their own features. */
export type SiteSection = PlaybookSection | 'battlecards' | 'how-recommendations-work' | 'wizard' | 'training';

export function homePath(locale: Locale): string {
  return `/${LOCALE_PATH[locale]}/`;
}

export function sectionPath(locale: Locale, section: SiteSection): string {
  return `/${LOCALE_PATH[locale]}/${section}/`;
}

export function entryPath(locale: Locale, section: PlaybookSection | 'battlecards', slug: string): string {
  return `/${LOCALE_PATH[locale]}/${section}/${slug}/`;
}

/** The locale a site path belongs to, from its first segment. */
export function localeOfPath(pathname: string): Locale | undefined {
  const segment = pathname.split('/').find((part) => part !== '');
  return segment === undefined ? undefined : localeFromPath(segment);
}

/** The same page in another locale: `/en/objections/x/` → `/pt-br/objections/x/`. */
export function translatePath(pathname: string, target: Locale): string {
  const source = localeOfPath(pathname);
  if (source === undefined) return homePath(target);
  const rest = pathname.replace(/^\/+/, '').slice(LOCALE_PATH[source].length);
  const translated = `/${LOCALE_PATH[target]}${rest === '' ? '/' : rest}`;
  return translated.endsWith('/') ? translated : `${translated}/`;
}

/** The other locales, in declaration order, for language switches. */
export function otherLocales(locale: Locale): Locale[] {
  return LOCALES.filter((candidate) => candidate !== locale);
}
