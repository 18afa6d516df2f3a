import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { seriousViolations } from '../support/axe';
import { openBrowser, type BrowserSession } from '../support/browser';
import { type RunningServer } from '../support/server';
import {
  answersFile,
  expectDiagramNodes,
  lakewiseJson,
  openEmptyWizard,
  openWizard,
  shownResult,
  startWizardServer,
  type CliEstimate,
  type CliRecommendation,
} from './wizard-support';

/** The wizard with a keyboard only, and axe-core on it in both languages and colour schemes. */



let server: RunningServer;

beforeAll(async () => {
  server = await startWizardServer();
});

afterAll(async () => {
  await server?.stop();
});


describe.each(['light', 'dark'] as const)('axe-core on the wizard, %s colour scheme', (colorScheme) => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser({ colorScheme, viewport: { width: 1400, height: 1000 } });
  });

  afterEach(async () => {
    await Promise.all(browser.context.pages().map((page) => page.close()));
  });

  afterAll(async () => {
    await browser?.close();
  });

  test.each(['en', 'pt-br'])(
    '/%s/wizard/ filled, with every panel open, in call mode and with the shortcut list, has no serious or critical violations',
    { timeout: 90_000 },
    async (segment) => {
      const page = await browser.newPage();
      await openWizard(page, server.url(`/${segment}/wizard/?example=lambda-architecture`));
      await page.locator('.wz-diagram__canvas > svg').waitFor({ timeout: 20_000 });
      await page.evaluate(() => document.querySelectorAll('.wz details').forEach((details) => ((details as HTMLDetailsElement).open = true)));
      expect(await seriousViolations(page), 'filled wizard').toEqual([]);

      await page.keyboard.press('Alt+c');
      expect(await page.locator('.wz').getAttribute('data-call-mode')).toBe('true');
      expect(await seriousViolations(page), 'call mode').toEqual([]);

      await page.keyboard.press('Alt+h');
      await page.getByRole('dialog').waitFor();
      expect(await seriousViolations(page), 'shortcut list').toEqual([]);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Alt+c');
    },
  );
});

describe('keyboard only', () => {
  let browser: BrowserSession;

  beforeAll(async () => {
    browser = await openBrowser({ viewport: { width: 1400, height: 1000 } });
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Presses Tab until the focused element matches, failing after `limit` presses. */
  async function tabTo(page: Page, describe: string, matches: (element: Element) => boolean, limit = 400): Promise<void> {
    for (let presses = 0; presses < limit; presses += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(`(${matches.toString()})(document.activeElement)`)) return;
    }
    throw new Error(`Tab never reached ${describe}`);
  }

  const byId = (id: string) => new Function('element', `return element?.id === ${JSON.stringify(id)}`) as (element: Element) => boolean;
  const checkbox = (label: string) =>
    new Function('element', `return element?.type === 'checkbox' && element.closest('label')?.textContent === ${JSON.stringify(label)}`) as (
      element: Element,
    ) => boolean;

  test('a seller completes the wizard with the keyboard alone and sees what the CLI prints', { timeout: 120_000 }, async () => {
    const answers = {
      schemaVersion: 2,
      opportunity: { customerName: 'Teclado Ltda', region: 'sa-east-1' },
      locale: 'en',
      sources: { kinds: ['event-streams'] },
      volume: { dailyIngestGb: 400 },
      freshness: 'realtime-seconds',
    };
    const source = await answersFile(answers);
    const [recommendation, estimate] = await Promise.all([
      lakewiseJson<CliRecommendation>(['recommend', source]),
      lakewiseJson<CliEstimate>(['estimate', source]),
    ]);

    const page = await browser.newPage();
    await openEmptyWizard(page, server.url('/en/wizard/'));
    await page.locator('body').focus();

    await tabTo(page, 'the customer field', byId('field-opportunity-customerName'));
    await page.keyboard.type('Teclado Ltda');
    await tabTo(page, 'the "Event streams" box', checkbox('Event streams'));
    await page.keyboard.press('Space');
    await tabTo(page, 'the daily volume', byId('field-volume-dailyIngestGb'));
    await page.keyboard.type('400');

    await page.keyboard.press('Alt+2');
    expect(await page.getByRole('tab', { selected: true }).textContent()).toContain('Challenges');
    // The group opens on "Not said yet", its last option; the arrow wraps round to the first, "Real time".
    await tabTo(
      page,
      'the freshness options',
      (element) => (element as HTMLInputElement).type === 'radio' && element.closest('fieldset')?.querySelector('legend')?.textContent === 'Freshness needed',
    );
    await page.keyboard.press('ArrowDown');
    expect(await page.getByRole('radio', { name: 'Real time (seconds)' }).isChecked()).toBe(true);

    await page.keyboard.press('Alt+n');
    expect(await page.getByRole('tab', { selected: true }).textContent()).toContain('Dependencies');
    await tabTo(page, 'the region field', byId('field-opportunity-region'));
    await page.keyboard.type('sa-east-1');

    await expectDiagramNodes(
      page,
      recommendation.diagram.nodes.map((node) => node.nodeId),
    );
    await expect.poll(async () => (await shownResult(page)).totalUsd, { timeout: 15_000 }).toBe(estimate.totals.expectedUsd);
    expect((await shownResult(page)).components).toEqual(recommendation.model.components.map((component) => component.id));

    await page.keyboard.press('Alt+h');
    await page.getByRole('dialog').waitFor();
    expect(await page.getByRole('dialog').textContent()).toContain('Alt+1');
    await page.keyboard.press('Escape');
    await expect.poll(() => page.getByRole('dialog').count()).toBe(0);

    await tabTo(page, 'a diagram node', (element) => element.getAttribute('class') === 'wz-diagram__link', 600);
    const href = await page.evaluate(() => document.activeElement?.getAttribute('href'));
    expect(href).toMatch(/^\/en\/services\/[a-z0-9-]+\/$/);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`${href}$`));
    await page.close();
  });
});
