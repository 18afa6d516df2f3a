import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { seriousViolations } from '../support/axe';
import { openBrowser, type BrowserSession } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';
import { openDeck } from '../support/training-deck';



let server: RunningServer;

beforeAll(async () => {
  server = await startServer();
});

afterAll(async () => {
  await server?.stop();
});


describe.each(['light', 'dark'] as const)('trainer pages in the %s colour scheme', (colorScheme) => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser({ colorScheme });
  });

  afterAll(async () => {
    await browser?.close();
  });

  test.each(['en', 'pt-br'])('have no serious or critical axe-core violations in %s', async (locale) => {
    const page = await browser.newPage();
    const base = `/${locale}/training/`;
    const views: [string, (page: Page) => Promise<void>][] = [
      [base, async (p) => void (await p.goto(server.url(base)))],
      [`${base}data-lifecycle/`, (p) => openDeck(p, server.url(`${base}data-lifecycle/`))],
      [
        `${base}data-lifecycle/#reference-pipeline (diagram)`,
        async (p) => {
          await openDeck(p, server.url(`${base}data-lifecycle/#reference-pipeline`));
          await p.locator('[data-deck][data-diagrams-ready]').waitFor({ timeout: 20_000 });
        },
      ],
      [`${base}sales-conversation/#business-audience (persona card)`, (p) => openDeck(p, server.url(`${base}sales-conversation/#business-audience`))],
      [
        `${base}sales-conversation/ last question, answer shown`,
        async (p) => {
          await openDeck(p, server.url(`${base}sales-conversation/`));
          await p.keyboard.press('End');
          await p.keyboard.press('a');
        },
      ],
      [`${base}customer-journeys/speaker/#governance`, (p) => openDeck(p, server.url(`${base}customer-journeys/speaker/#governance`))],
      [`${base}modern-data-lakes/handout/`, (p) => openDeck(p, server.url(`${base}modern-data-lakes/handout/`))],
    ];
    for (const [label, open] of views) {
      await open(page);
      expect(await seriousViolations(page), label).toEqual([]);
    }
    await page.close();
  }, 180_000);
});
