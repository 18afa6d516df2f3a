import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readContentFiles } from '../../src/content-model/load-files';
import type { ContentFile } from '../../src/content-model/integrity';
import { t, tCount } from '../../src/core/i18n';
import { LOCALE_PATH, type Locale } from '../../src/core/locales';
import { openBrowser, type BrowserSession } from '../support/browser';
import { pagesWithWord, readIndexedPages, type IndexedPage } from '../support/search-index';
import { PROJECT_ROOT, startServer, type RunningServer } from '../support/server';

let server: RunningServer;
let browser: BrowserSession;
let files: ContentFile[];
let indexed: IndexedPage[];

beforeAll(async () => {
  server = await startServer();
  browser = await openBrowser();
  ({ files } = await readContentFiles(PROJECT_ROOT));
  indexed = await readIndexedPages();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function objection(locale: 'en' | 'pt-BR', index = 0): { slug: string; title: string; path: string } {
  const found = files.filter((file) => file.collection === 'objections' && file.locale === locale)[index];
  if (!found) throw new Error(`No ${locale} objection #${index} in content/`);
  const segment = locale === 'en' ? 'en' : 'pt-br';
  return { slug: found.slug, title: (found.data as { title: string }).title, path: `/${segment}/objections/${found.slug}/` };
}

const input = (page: Page) => page.locator('#search-input');
const results = (page: Page) => page.locator('#search-results a');
const status = (page: Page) => page.locator('[data-search-status]');
const shownPaths = (page: Page) => results(page).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
/** The dialog lists at most this many results; the status line counts them all. */
const LISTED_RESULTS = 8;

/** The status line a seller reads after a search for `query` that found `count` pages. */
function statusFor(locale: Locale, query: string, count: number): string {
  return count === 0 ? t(locale, 'search.noResults', { query }) : tCount(locale, 'search.resultCount', count, { query });
}

/** Checks the status line and the list against the pages that truly hold the word. */
async function expectOnly(page: Page, locale: Locale, query: string, expected: ReadonlySet<string>): Promise<void> {
  await expect(status(page).textContent(), `${locale} “${query}”`).resolves.toBe(statusFor(locale, query, expected.size));
  const shown = await shownPaths(page);
  expect(shown.length, `${locale} “${query}”`).toBe(Math.min(expected.size, LISTED_RESULTS));
  expect(shown.filter((path) => !expected.has(path)), `${locale} “${query}” listed pages without the word`).toEqual([]);
}

/** Types a query and waits until the status line reports on that very query. */
async function search(page: Page, query: string): Promise<void> {
  await input(page).fill(query);
  await expect.poll(async () => (await status(page).textContent()) ?? '', { timeout: 10_000 }).toContain(`“${query.trim()}”`);
}

/** Moves through the results with ArrowDown until the link to `pathname` has focus. */
async function arrowTo(page: Page, pathname: string): Promise<void> {
  const count = await results(page).count();
  for (let step = 0; step < count; step++) {
    await page.keyboard.press('ArrowDown');
    const focused = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.pathname);
    if (focused === pathname) return;
  }
  throw new Error(`No search result links to ${pathname}`);
}

describe('search dialog', () => {
  test('Ctrl+K finds a Portuguese term on a pt-BR page and Enter opens the result', async () => {
    const target = objection('pt-BR');
    const page = await browser.newPage();
    await page.goto(server.url('/pt-br/'));
    await page.keyboard.press('Control+k');
    await expect(input(page).evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await search(page, target.title);
    await arrowTo(page, target.path);
    await page.keyboard.press('Enter');
    await page.waitForURL(server.url(target.path));
    await expect(page.locator('h1').textContent()).resolves.toBe(target.title);
    await page.close();
  });

  test('/ finds an English term on an English page and Enter in the box opens the top result', async () => {
    const target = objection('en', 1);
    const page = await browser.newPage();
    await page.goto(server.url(`/en/objections/${objection('en').slug}/`));
    await page.keyboard.press('/');
    await search(page, target.title);
    const hrefs = await results(page).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    expect(hrefs).toContain(target.path);
    expect(hrefs.every((href) => href.startsWith('/en/'))).toBe(true);
    const top = hrefs[0]!;
    await input(page).press('Enter');
    await page.waitForURL(server.url(top));
    await page.close();
  });

  test('Enter pressed right after fast typing opens the best match for the whole query, in both languages', async () => {
    for (const [locale, query, expected] of [
      ['en', 'swamp', '/en/objections/lake-becomes-swamp/'],
      ['pt-br', 'pântano', '/pt-br/objections/lake-becomes-swamp/'],
    ] as const) {
      const page = await browser.newPage();
      await page.goto(server.url(`/${locale}/services/`));
      await page.keyboard.press('Control+k');
      // Warm the index first, so the race is between keystrokes and Enter, not the download.
      await search(page, 'lake');
      await input(page).fill('');
      await input(page).pressSequentially(query, { delay: 20 });
      await input(page).press('Enter');
      await page.waitForURL(server.url(expected));
      await page.close();
    }
  });

  test('finds the battlecards and the overview pages by their names, in both languages', async () => {
    const page = await browser.newPage();
    for (const [locale, query, expected] of [
      ['en', 'battlecard', /^\/en\/battlecards\//],
      ['pt-br', 'battlecard', /^\/pt-br\/battlecards\//],
      ['en', 'discovery questions', /^\/en\/discovery\/$/],
      ['pt-br', 'descoberta', /^\/pt-br\/discovery\/$/],
      ['pt-br', 'personas', /^\/pt-br\/personas\/$/],
      ['en', 'training', /^\/en\/training\/$/],
    ] as const) {
      await page.goto(server.url(`/${locale}/`));
      await page.keyboard.press('Control+k');
      await search(page, query);
      const top = await results(page).first().evaluate((link) => (link as HTMLAnchorElement).pathname);
      expect(top, `${locale} “${query}”`).toMatch(expected);
    }
    // An overview is found by its heading and lead, not by the entries it lists: a service's own page comes first.
    await page.goto(server.url('/en/'));
    await page.keyboard.press('Control+k');
    await search(page, 'Macie');
    await expect(results(page).first().evaluate((link) => (link as HTMLAnchorElement).pathname)).resolves.toBe('/en/services/macie/');
    await page.close();
  });

  test('Ctrl+K and / open search on a training deck and on the page-not-found page too', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/pt-br/training/data-lifecycle/'));
    await page.locator('[data-deck][data-deck-ready="true"]').waitFor();
    const slide = await page.locator('[data-deck]').getAttribute('data-current-slide');
    await page.keyboard.press('Control+k');
    await search(page, 'detratores');
    // Keys in the dialog stay in the dialog: the slide behind it does not move.
    await page.keyboard.press('PageDown');
    await expect(page.locator('[data-deck]').getAttribute('data-current-slide')).resolves.toBe(slide);
    await expect(results(page).first().evaluate((link) => (link as HTMLAnchorElement).pathname)).resolves.toMatch(/^\/pt-br\//);

    const missing = await page.goto(server.url('/en/no-such-page/'));
    expect(missing?.status()).toBe(404);
    await page.keyboard.press('/');
    await search(page, 'pântano');
    const paths = await results(page).evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
    expect(paths).toContain('/pt-br/objections/lake-becomes-swamp/');
    await page.close();
  });

  test('searches the other language only when asked, and labels those results', async () => {
    const english = objection('en');
    const page = await browser.newPage();
    await page.goto(server.url('/pt-br/'));
    await page.keyboard.press('Control+k');
    // An English word finds no Portuguese page, not every page that says "de" (Pagefind's
    // fallback when no word of the index begins with the one typed).
    await search(page, 'detractors');
    await expectOnly(page, 'pt-BR', 'detractors', pagesWithWord(indexed, '/pt-br/', /^detractors?$/));

    await page.getByLabel(/Buscar também nas páginas em English/).check();
    await search(page, english.title);
    const other = results(page).and(page.locator('[hreflang="en"]'));
    await expect.poll(() => other.count()).toBeGreaterThan(0);
    await expect(other.first().locator('.search-result__lang').textContent()).resolves.toBe('EN');

    // A word of the other language lists and counts the pages that hold it, not every
    // Portuguese page Pagefind matches by the word's first letters ("de").
    await search(page, 'detractors');
    await expectOnly(page, 'pt-BR', 'detractors', pagesWithWord(indexed, '/', /^detractors?$/));

    const englishPage = await browser.newPage();
    await englishPage.goto(server.url('/en/'));
    await englishPage.keyboard.press('Control+k');
    await englishPage.locator('[data-search-other-language]').check();
    await search(englishPage, 'detratores');
    await expectOnly(englishPage, 'en', 'detratores', pagesWithWord(indexed, '/', /^detrator(?:es|as?)?$/));
    // A word still being typed finds the words it begins, in either language, and no "de-identified".
    await search(englishPage, 'detrat');
    await expectOnly(englishPage, 'en', 'detrat', pagesWithWord(indexed, '/', /^detrat/));
    await englishPage.close();
    await page.close();
  });

  test('lists and counts the pages holding the word or its inflections, not every word it begins, in both languages', async () => {
    const page = await browser.newPage();
    for (const [locale, query, forms] of [
      // Not the many pages that only say "precisa" or "precisam".
      ['pt-BR', 'preço', /^precos?$/],
      ['pt-BR', 'detratores', /^detrator(?:es|as?)?$/],
      ['en', 'price', /^(?:price|prices|priced|pricing)$/],
      ['en', 'cost', /^(?:cost|costs|costing)$/],
    ] as const) {
      const home = `/${LOCALE_PATH[locale]}/`;
      await page.goto(server.url(home));
      await page.keyboard.press('Control+k');
      await search(page, query);
      await expectOnly(page, locale, query, pagesWithWord(indexed, home, forms));
    }
    await page.close();
  });

  test('Escape closes the dialog and returns focus to the search button', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/en/'));
    const button = page.locator('[data-search-open]');
    await button.click();
    await expect(page.locator('#search-dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).resolves.toBe(true);
    await search(page, 'lake');
    await page.keyboard.press('Escape');
    await expect(page.locator('#search-dialog').evaluate((dialog) => (dialog as HTMLDialogElement).open)).resolves.toBe(false);
    await expect(button.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.close();
  });

  test('keeps Tab inside the open dialog', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/en/'));
    await page.keyboard.press('Control+k');
    await search(page, 'lake');
    for (let step = 0; step < 25; step++) {
      await page.keyboard.press('Tab');
      const inside = await page.evaluate(() => document.getElementById('search-dialog')!.contains(document.activeElement));
      expect(inside, `after ${step + 1} Tab presses`).toBe(true);
    }
    await page.close();
  });

  test('/ typed into the search box stays a slash', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/en/'));
    await page.keyboard.press('Control+k');
    await input(page).pressSequentially('a/b');
    await expect(input(page).inputValue()).resolves.toBe('a/b');
    await page.close();
  });

  test('shows markup and quotes typed as a query as text', async () => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await page.goto(server.url('/en/'));
    await page.keyboard.press('Control+k');
    for (const query of ['<script>alert(1)</script>', '"', '<img src=x onerror=alert(2)>', '"><b>bold</b>']) {
      await search(page, query);
      await expect(status(page).textContent()).resolves.toContain(`“${query}”`);
      await expect(page.locator('#search-dialog script, #search-dialog img, #search-dialog b').count()).resolves.toBe(0);
    }
    expect(dialogs).toEqual([]);
    await page.close();
  });
});
