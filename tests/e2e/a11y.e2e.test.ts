import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readContentFiles } from '../../src/content-model/load-files';
import { seriousViolations } from '../support/axe';
import { openBrowser, type BrowserSession } from '../support/browser';
import { PROJECT_ROOT, startServer, type RunningServer } from '../support/server';



let server: RunningServer;
let pages: string[];

beforeAll(async () => {
  server = await startServer();
  const { files } = await readContentFiles(PROJECT_ROOT);
  const slugOf = (collection: string) => files.find((file) => file.collection === collection && file.locale === 'en')?.slug;
  const objection = slugOf('objections');
  const persona = slugOf('personas');
  if (!objection || !persona) throw new Error('content/ has no objection or persona to check');
  pages = ['en', 'pt-br'].flatMap((locale) => [`/${locale}/`, `/${locale}/objections/${objection}/`, `/${locale}/personas/${persona}/`]);
});

afterAll(async () => {
  await server?.stop();
});


describe.each(['light', 'dark'] as const)('axe-core in the %s colour scheme', (colorScheme) => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser({ colorScheme });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test('home, an objection and a persona in both languages have no serious or critical violations', async () => {
    const page = await browser.newPage();
    for (const pathname of pages) {
      await page.goto(server.url(pathname));
      expect(await seriousViolations(page), pathname).toEqual([]);
    }
    await page.close();
  });

  test('the open search dialog with results has no serious or critical violations', async () => {
    const page = await browser.newPage();
    await page.goto(server.url('/pt-br/'));
    await page.keyboard.press('Control+k');
    await page.locator('#search-input').fill('data lake');
    await page.locator('#search-results a').first().waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });
});
