import type { Page } from 'playwright-core';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { openBrowser, type BrowserSession } from '../support/browser';
import type { RunningServer } from '../support/server';
import { openWizard, shownResult, startWizardServer, waitForWizard } from './wizard-support';

/**
 * After one visit the wizard must work with no network at all: the test takes the
 * browser offline and also stops the server, then reloads and switches region and
 * language.
 */

let server: RunningServer;
let browser: BrowserSession;

beforeAll(async () => {
  server = await startWizardServer();
  browser = await openBrowser({ viewport: { width: 1400, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

/** Files the page loaded from /_astro/ (code, styles, price chunks) that the service worker has not stored yet. */
function missingFromCache(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const cache = await caches.open('lakewise-wizard-v1');
    const wanted = [
      '/en/wizard/',
      '/pt-br/wizard/',
      ...performance
        .getEntriesByType('resource')
        .map((entry) => new URL(entry.name))
        .filter((url) => url.origin === location.origin && url.pathname.startsWith('/_astro/'))
        .map((url) => url.pathname),
    ];
    const missing: string[] = [];
    for (const path of new Set(wanted)) if ((await cache.match(path)) === undefined) missing.push(path);
    return missing;
  });
}

test('after a first visit the wizard, its diagram and every region’s prices work offline', { timeout: 120_000 }, async () => {
  const page = await browser.newPage();
  await openWizard(page, server.url('/en/wizard/?example=batch-data-lake'));
  await expect.poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), { timeout: 20_000 }).toBe(true);
  await page.locator('.wz-diagram__canvas > svg').waitFor({ timeout: 20_000 });
  await expect
    .poll(
      () =>
        page.evaluate(() => performance.getEntriesByType('resource').filter((entry) => /(us-east-1|sa-east-1|eu-west-1)\.[^/]*\.js$/.test(entry.name)).length),
      { timeout: 20_000 },
    )
    .toBe(3);
  await expect.poll(() => missingFromCache(page), { timeout: 30_000, interval: 250 }).toEqual([]);
  const online = await shownResult(page);

  await browser.context.setOffline(true);
  await server.stop();

  await page.reload();
  await waitForWizard(page);
  expect(await page.locator('.wz-toolbar__customer-name').textContent()).toBe('Mercado Serra Azul');
  await expect.poll(async () => (await shownResult(page)).totalUsd, { timeout: 15_000 }).toBe(online.totalUsd);
  await expect.poll(async () => (await shownResult(page)).nodes, { timeout: 20_000 }).toEqual(online.nodes);
  expect(await page.locator('.wz-prices').textContent()).toContain('sa-east-1');

  await page.getByLabel('Region', { exact: true }).selectOption('eu-west-1');
  await expect.poll(async () => (await shownResult(page)).totalUsd, { timeout: 15_000 }).not.toBe(online.totalUsd);
  expect(await page.locator('.wz-prices').textContent()).toContain('eu-west-1');

  await page.getByRole('toolbar').getByRole('button', { name: 'Português (Brasil)' }).click();
  await page.waitForURL(/\/pt-br\/wizard\/$/);
  await waitForWizard(page);
  expect(await page.locator('.wz-toolbar__customer-name').textContent()).toBe('Mercado Serra Azul');
  expect(await page.locator('.wz-prices').textContent()).toContain('eu-west-1');
  await page.close();
});
