/** BCP 47 tags used in answers, content frontmatter and exports. */
export const LOCALES = ['pt-BR', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

/** URL and folder segment of each locale (`content/<collection>/<segment>/`, `/<segment>/…`). */
export const LOCALE_PATH: Record<Locale, string> = { 'pt-BR': 'pt-br', en: 'en' };

export function localeFromPath(segment: string): Locale | undefined {
  return (Object.keys(LOCALE_PATH) as Locale[]).find((locale) => LOCALE_PATH[locale] === segment);
}

/** Text that exists in every locale; the compiler refuses a missing translation. */
export type Localized = Record<Locale, string>;
