import { localeOfPath } from '../../core/i18n/routes';
import type { Locale } from '../../core/locales';

/**
 * The locale of the page a training component renders on. MDX components get no
 * props from the page, so they read it from the URL (`/<pt-br|en>/training/…`).
 */
export function pageLocale(url: URL): Locale {
  const locale = localeOfPath(url.pathname);
  if (!locale) throw new Error(`Training component rendered outside a locale folder: ${url.pathname}`);
  return locale;
}
