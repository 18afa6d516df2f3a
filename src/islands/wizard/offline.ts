import { LOCALE_PATH, LOCALES, type Locale } from '../../core/locales';
import { PRICING_REGIONS } from '../../core/pricing/regions';

/**
 * Makes the wizard work with no network after a first visit: `public/sw.js` keeps
 * the two wizard pages and every file they loaded. It is registered for the wizard
 * pages only (one registration per locale), so the rest of the site is untouched.
 * File names are content hashes, so the page tells the worker which ones it loaded
 * instead of the worker guessing them.
 */

const WORKER_URL = '/sw.js';
export const WIZARD_PAGES = LOCALES.map((locale) => `/${LOCALE_PATH[locale]}/wizard/`);

const sent = new Set<string>();

/** Same-origin files this page has loaded that are worth keeping: built assets and the wizard pages. */
function loadedFiles(): string[] {
  const files = performance
    .getEntriesByType('resource')
    .map((entry) => new URL(entry.name))
    .filter((url) => url.origin === window.location.origin && url.pathname.startsWith('/_astro/'))
    .map((url) => url.pathname);
  return [...new Set([...WIZARD_PAGES, ...files, '/favicon.svg'])];
}

/** Asks the service worker to keep every file loaded so far (call again after lazy chunks load). */
export function cacheForOffline(): void {
  if (!('serviceWorker' in navigator)) return;
  const files = loadedFiles().filter((file) => !sent.has(file));
  if (files.length === 0) return;
  void navigator.serviceWorker.ready.then((registration) => {
    registration.active?.postMessage({ type: 'lakewise:cache', urls: files });
    files.forEach((file) => sent.add(file));
  });
}

export function registerOfflineSupport(locale: Locale): void {
  if (!('serviceWorker' in navigator)) return;
  const current = `/${LOCALE_PATH[locale]}/wizard/`;
  const scopes = [current, ...WIZARD_PAGES.filter((page) => page !== current)];
  void Promise.all(scopes.map((scope) => navigator.serviceWorker.register(WORKER_URL, { scope })))
    // Every region's prices, so switching region works offline too.
    .then(() => import('./cost-hooks'))
    .then(({ priceBookFor }) => Promise.allSettled(PRICING_REGIONS.map((region) => priceBookFor(region))))
    .then(() => cacheForOffline())
    .catch(() => undefined);
}
