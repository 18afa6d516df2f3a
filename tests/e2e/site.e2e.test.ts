import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { readContentFiles } from '../../src/content-model/load-files';
import { openBrowser, type BrowserSession } from '../support/browser';
import { PROJECT_ROOT, startServer, type RunningServer } from '../support/server';

let server: RunningServer;
let browser: BrowserSession;
let objectionSlug: string;
let personaSlug: string;
let family: string;
let families: string[];

beforeAll(async () => {
  server = await startServer();
  browser = await openBrowser();
  const { files } = await readContentFiles(PROJECT_ROOT);
  const first = (collection: string) => {
    const file = files.find((candidate) => candidate.collection === collection && candidate.locale === 'en');
    if (!file) throw new Error(`No ${collection} entry in content/`);
    return file;
  };
  objectionSlug = first('objections').slug;
  personaSlug = first('personas').slug;
  family = (first('objections').data as { family: string }).family;
  families = [...new Set(files.filter((file) => file.collection === 'objections').map((file) => (file.data as { family: string }).family))];
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Scripts requested while the page loads, by URL path. */
async function scriptsLoadedBy(page: Page, pathname: string): Promise<string[]> {
  const scripts: string[] = [];
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.push(new URL(request.url()).pathname);
  });
  await page.goto(server.url(pathname), { waitUntil: 'networkidle' });
  return scripts;
}

describe('language switch', () => {
  test('keeps the reader on the same objection, persona and battlecard in the other language', async () => {
    const page = await browser.newPage();
    for (const [from, to] of [
      [`/en/objections/${objectionSlug}/`, `/pt-br/objections/${objectionSlug}/`],
      [`/pt-br/personas/${personaSlug}/`, `/en/personas/${personaSlug}/`],
      [`/en/battlecards/${family}/`, `/pt-br/battlecards/${family}/`],
      ['/pt-br/', '/en/'],
    ] as const) {
      await page.goto(server.url(from));
      const targetLang = to.startsWith('/pt-br/') ? 'pt-BR' : 'en';
      await page.locator(`header a[hreflang="${targetLang}"]`).click();
      await page.waitForURL(server.url(to));
      expect(await page.locator('html').getAttribute('lang')).toBe(targetLang);
    }
    await page.close();
  });

  test('the root page offers both languages', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/'));
    await page.getByRole('link', { name: 'Português (Brasil)' }).click();
    await page.waitForURL(server.url('/pt-br/'));
    expect(await page.locator('html').getAttribute('lang')).toBe('pt-BR');
    await page.close();
  });
});

describe('client JavaScript', () => {
  test('content pages load only the search shortcut script until search opens', async () => {
    const pages = [
      '/en/',
      `/en/objections/${objectionSlug}/`,
      `/pt-br/personas/${personaSlug}/`,
      '/pt-br/services/',
      `/en/battlecards/${family}/`,
    ];
    for (const pathname of pages) {
      const page = await browser.newPage();
      const scripts = await scriptsLoadedBy(page, pathname);
      expect(scripts, pathname).toHaveLength(1);
      expect(scripts[0], pathname).toMatch(/^\/_astro\/SearchDialog\.[^/]*\.js$/);
      const inline = await page.locator('script:not([src])').count();
      expect(inline, `${pathname} inline scripts`).toBe(0);
      await page.close();
    }
  });

  test('Pagefind loads only after search opens', async () => {
    const page = await browser.newPage();
    const scripts = await scriptsLoadedBy(page, `/en/objections/${objectionSlug}/`);
    expect(scripts.some((script) => script.startsWith('/pagefind/'))).toBe(false);
    const pagefindRequest = page.waitForRequest((request) => request.url().includes('/pagefind/pagefind.js'));
    await page.getByRole('button', { name: /Search/ }).click();
    await pagefindRequest;
    await page.close();
  });
});

describe('layout', () => {
  test('has landmarks, a working skip link and one h1', async () => {
    const page = await browser.newPage();
    await page.goto(server.url(`/pt-br/objections/${objectionSlug}/`));
    await expect(page.locator('header').count()).resolves.toBe(1);
    await expect(page.locator('main').count()).resolves.toBe(1);
    await expect(page.locator('footer').count()).resolves.toBe(1);
    await expect(page.locator('h1').count()).resolves.toBe(1);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Pular para o conteúdo' });
    await expect(skip.evaluate((element) => element === document.activeElement)).resolves.toBe(true);
    await page.keyboard.press('Enter');
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('main');
    await page.close();
  });

  test('fits a phone screen without sideways scrolling', async () => {
    const phone = await openBrowser({ viewport: { width: 360, height: 740 } });
    try {
      const page = await phone.newPage();
      for (const pathname of ['/pt-br/', `/en/objections/${objectionSlug}/`, `/pt-br/battlecards/${family}/`]) {
        await page.goto(server.url(pathname));
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, pathname).toBeLessThanOrEqual(0);
      }
    } finally {
      await phone.close();
    }
  });

  test('prints a battlecard without navigation, black on white', async () => {
    const page = await browser.newPage();
    await page.goto(server.url(`/en/battlecards/${family}/`));
    await page.emulateMedia({ media: 'print' });
    const styles = await page.evaluate(() => {
      const display = (selector: string) => getComputedStyle(document.querySelector(selector)!).display;
      const card = getComputedStyle(document.querySelector('.battlecard__card')!);
      return {
        header: display('header'),
        footer: display('footer'),
        body: getComputedStyle(document.body).color,
        cardBackground: card.backgroundColor,
      };
    });
    expect(styles).toEqual({ header: 'none', footer: 'none', body: 'rgb(0, 0, 0)', cardBackground: 'rgb(255, 255, 255)' });
    const pdf = await page.pdf({ format: 'A4' });
    const pageCount = (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    expect(pageCount).toBe(1);
    await page.close();
  });

  test('every battlecard fits one laptop screen', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 1366, height: 768 });
    for (const locale of ['en', 'pt-br']) {
      for (const each of families) {
        await page.goto(server.url(`/${locale}/battlecards/${each}/`));
        const bottom = await page.evaluate(() => document.querySelector('.battlecard__grid')!.getBoundingClientRect().bottom + window.scrollY);
        expect(bottom, `${locale} ${each}`).toBeLessThanOrEqual(768);
      }
    }
    await page.close();
  });
});
