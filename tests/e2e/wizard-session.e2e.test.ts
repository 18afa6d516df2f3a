import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { parseAnswers } from '../../src/core/answers/parse';
import { formatBrl } from '../../src/core/cost/number-format';
import { openBrowser, type BrowserSession } from '../support/browser';
import type { RunningServer } from '../support/server';
import {
  answersFile,
  expectDiagramNodes,
  FIXTURES,
  fillWizard,
  goToStep,
  lakewiseJson,
  openEmptyWizard,
  openWizard,
  shownResult,
  startWizardServer,
  waitForWizard,
  type CliEstimate,
  type CliRecommendation,
} from './wizard-support';

/** Persistence, sharing, undo, language switch, hostile text and the playbook links, in real Chromium. */

let server: RunningServer;
let browser: BrowserSession;

beforeAll(async () => {
  server = await startWizardServer();
  browser = await openBrowser({ viewport: { width: 1400, height: 1000 } });
});

afterEach(async () => {
  // A failed test leaves its page open; close it so it does not slow the next ones down.
  await Promise.all(browser.context.pages().map((page) => page.close()));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

function fixture(name: string) {
  const parsed = parseAnswers(JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')), name);
  if (!parsed.ok) throw parsed.error;
  return parsed.answers;
}

/** Rendering waits on React and, for the diagram, Mermaid: give them time on a busy machine. */
const POLL = { timeout: 15_000, interval: 100 };

const customerName = (page: Page) => page.locator('[data-testid="customer-name"] .wz-toolbar__customer-name').textContent();

async function shareUrl(page: Page): Promise<string> {
  await page.getByRole('button', { name: 'Share', exact: true }).click();
  const input = page.locator('[data-testid="share-url"]');
  await expect.poll(() => input.inputValue(), POLL).toMatch(/#share=1\./);
  const url = await input.inputValue();
  await page.getByRole('dialog').getByRole('button', { name: 'Close' }).click();
  return url;
}

describe('persistence', () => {
  test('answers survive a reload, and undo and redo walk the history', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    await openEmptyWizard(page, server.url('/en/wizard/'));
    await page.locator('#field-opportunity-customerName').fill('Rota Sul');
    await page.locator('#field-volume-dailyIngestGb').fill('150');
    await page.getByRole('group', { name: 'Data sources', exact: true }).getByRole('checkbox', { name: 'IoT devices' }).check();
    await expect.poll(async () => (await shownResult(page)).totalUsd, POLL).not.toBe('');

    await page.locator('body').click({ position: { x: 5, y: 400 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => page.getByRole('checkbox', { name: 'IoT devices' }).isChecked(), POLL).toBe(false);
    await page.getByRole('button', { name: 'Undo', exact: true }).click();
    expect(await page.locator('#field-volume-dailyIngestGb').inputValue()).toBe('');
    await page.getByRole('button', { name: 'Redo', exact: true }).click();
    expect(await page.locator('#field-volume-dailyIngestGb').inputValue()).toBe('150');
    await page.keyboard.press('Control+Shift+Z');
    await expect.poll(() => page.getByRole('checkbox', { name: 'IoT devices' }).isChecked(), POLL).toBe(true);
    await expect.poll(async () => (await shownResult(page)).totalUsd, POLL).not.toBe('');
    const before = await shownResult(page);

    await page.reload();
    await waitForWizard(page);
    expect(await page.locator('#field-volume-dailyIngestGb').inputValue()).toBe('150');
    expect(await page.getByRole('checkbox', { name: 'IoT devices' }).isChecked()).toBe(true);
    expect(await customerName(page)).toBe('Rota Sul');
    await expect.poll(async () => (await shownResult(page)).totalUsd, POLL).toBe(before.totalUsd);
    await page.close();
  });

  test('"New customer" clears only after confirmation', async () => {
    const page = await browser.newPage();
    await openEmptyWizard(page, server.url('/en/wizard/'));
    await page.locator('#field-opportunity-customerName').fill('Keep me');
    await page.getByRole('button', { name: 'New customer' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Keep the answers' }).click();
    expect(await customerName(page)).toBe('Keep me');
    await page.getByRole('button', { name: 'New customer' }).click();
    await page.getByRole('dialog').getByRole('button', { name: 'Clear everything' }).click();
    expect(await customerName(page)).toBe('not named yet');
    expect(await page.locator('#field-opportunity-customerName').inputValue()).toBe('');
    await page.close();
  });
});

describe('share links', () => {
  test('a shared link opens the same architecture and the same cents in a browser with nothing saved', { timeout: 90_000 }, async () => {
    const answers = fixture('lambda-architecture.json');
    const page = await browser.newPage();
    await openEmptyWizard(page, server.url('/en/wizard/'));
    await fillWizard(page, answers, 'en');
    await page.getByLabel('Currency').selectOption('BRL');
    await page.getByLabel('BRL per USD').fill('5.40');
    await page.getByLabel('Rate date').fill('2026-11-20');
    await page.getByLabel('Subtract the AWS Free Tier').check();
    const source = await answersFile(answers);
    const [recommendation, estimate] = await Promise.all([
      lakewiseJson<CliRecommendation>(['recommend', source]),
      lakewiseJson<CliEstimate & { brl: { expected: string } }>(['estimate', source, '--free-tier', '--brl-rate', '5.40', '--brl-date', '2026-11-20']),
    ]);
    await expect.poll(() => page.locator('[data-testid="cost-total"]').textContent(), POLL).toBe(formatBrl(estimate.brl.expected, 'en'));
    const url = await shareUrl(page);
    await page.close();

    const other = await openBrowser({ viewport: { width: 1400, height: 1000 } });
    try {
      const opened = await other.newPage();
      await openWizard(opened, url);
      await expect.poll(() => opened.getByTestId('wizard-notice').textContent(), POLL).toContain('Answers loaded from the shared link');
      expect(new URL(opened.url()).hash).toBe('');
      await expectDiagramNodes(
        opened,
        recommendation.diagram.nodes.map((node) => node.nodeId),
      );
      const shown = await shownResult(opened);
      expect(shown.components).toEqual(recommendation.model.components.map((component) => component.id));
      expect(shown.totalUsd).toBe(estimate.totals.expectedUsd);
      expect(await opened.locator('[data-testid="cost-total"]').textContent()).toBe(formatBrl(estimate.brl.expected, 'en'));
      expect(await opened.getByLabel('Subtract the AWS Free Tier').isChecked()).toBe(true);
    } finally {
      await other.close();
    }
  });

  test.each([
    ['tampered', (url: string) => `${url.slice(0, -12)}${url.at(-12) === 'A' ? 'B' : 'A'}${url.slice(-11)}`, 'incomplete or was changed'],
    ['truncated', (url: string) => url.slice(0, Math.floor(url.length * 0.7)), 'incomplete or was changed'],
    ['future-version', (url: string) => url.replace('#share=1.', '#share=7.'), 'made by a newer Lakewise'],
  ])('a %s link shows what is wrong and keeps the current answers', { timeout: 60_000 }, async (_case, breakLink, lead) => {
    const page = await browser.newPage();
    await openEmptyWizard(page, server.url('/en/wizard/'));
    await page.locator('#field-opportunity-customerName').fill('Shared customer');
    const url = await shareUrl(page);
    await page.locator('#field-opportunity-customerName').fill('Current customer');
    await page.locator('#field-volume-dailyIngestGb').fill('77');
    const before = await shownResult(page);

    await page.goto(breakLink(url));
    await waitForWizard(page);
    const notice = page.getByTestId('wizard-notice');
    await expect.poll(() => notice.getAttribute('role'), POLL).toBe('alert');
    expect(await notice.textContent()).toContain(lead);
    // Nothing in a damaged or newer link is the person's to fix, so no parser detail (which would be English) follows.
    expect(await notice.locator('.wz-notice__detail').count()).toBe(0);
    expect(await customerName(page)).toBe('Current customer');
    expect(await page.locator('#field-volume-dailyIngestGb').inputValue()).toBe('77');
    await expect.poll(async () => (await shownResult(page)).totalUsd, POLL).toBe(before.totalUsd);
    await page.close();
  });
});

describe('language switch', () => {
  test('switching language mid-wizard keeps the answers, the stage and the total', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    await openEmptyWizard(page, server.url('/en/wizard/'));
    await page.locator('#field-opportunity-customerName').fill('Seguradora Horizonte');
    await page.getByRole('group', { name: 'Existing data platforms', exact: true }).getByRole('checkbox', { name: 'On-premises data warehouse' }).check();
    await goToStep(page, 'en', 1);
    await page.getByRole('group', { name: 'Freshness needed', exact: true }).getByRole('radio', { name: 'Hourly' }).check();
    await expect.poll(async () => (await shownResult(page)).totalUsd, POLL).not.toBe('');
    const before = await shownResult(page);

    await page.getByRole('toolbar').getByRole('button', { name: 'Português (Brasil)' }).click();
    await page.waitForURL(/\/pt-br\/wizard\/$/);
    await waitForWizard(page);
    expect(await page.locator('html').getAttribute('lang')).toBe('pt-BR');
    expect(await page.getByRole('tab', { selected: true }).textContent()).toContain('Desafios');
    expect(await page.getByRole('group', { name: 'Atualização necessária', exact: true }).getByRole('radio', { name: 'De hora em hora' }).isChecked()).toBe(
      true,
    );
    expect(await customerName(page)).toBe('Seguradora Horizonte');
    await expect.poll(async () => (await shownResult(page)).totalUsd, POLL).toBe(before.totalUsd);
    expect((await shownResult(page)).components).toEqual(before.components);

    await page.keyboard.press('Alt+l');
    await page.waitForURL(/\/en\/wizard\/$/);
    await waitForWizard(page);
    expect(await customerName(page)).toBe('Seguradora Horizonte');
    await page.close();
  });
});

describe('hostile customer text', () => {
  const NAMES = [
    '<script>window.__pwned = true</script><img src=x onerror="window.__pwned = true">',
    `"double" 'single' \`back\` &amp; &lt;`,
    '%%{init: {"theme": "dark"}}%% %% comment',
    'A --> B; click A call alert(1)',
    `${'Very long name '.repeat(666)}END`.slice(0, 10_000),
  ];

  test.each(NAMES.map((name) => [name.slice(0, 30), name]))('%s… renders as text everywhere', { timeout: 60_000 }, async (_label, name) => {
    const page = await browser.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (dialog) => {
      dialogs.push(dialog.message());
      void dialog.dismiss();
    });
    await openEmptyWizard(page, server.url('/en/wizard/'));
    await page.locator('#field-opportunity-customerName').fill(name);
    await goToStep(page, 'en', 2);
    await page.locator('#field-notes').fill(name);
    await expect
      .poll(() => page.locator('.wz-diagram__canvas svg').first().textContent({ timeout: 20_000 }), { timeout: 20_000 })
      .toContain(name.slice(0, 40).trim());

    expect(await customerName(page)).toBe(name);
    expect(await page.locator('#field-notes').inputValue()).toBe(name);
    await goToStep(page, 'en', 0);
    expect(await page.locator('#field-opportunity-customerName').inputValue()).toBe(name);
    const titleLine = (await page.locator('.wz-diagram__source code').textContent())?.split('\n')[1] ?? '';
    expect(titleLine).toMatch(/^ {2}subgraph architecture\["[^"<>%`]*"\]$/);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    const injected = await page.evaluate(
      () =>
        [...document.scripts].filter((script) => script.textContent?.includes('__pwned')).length + document.querySelectorAll('img[src="x"], svg script').length,
    );
    expect(injected).toBe(0);

    const url = await shareUrl(page);
    await page.reload();
    await waitForWizard(page);
    expect(await customerName(page)).toBe(name);
    await page.evaluate(() => window.localStorage.clear());
    await openWizard(page, url);
    expect(await customerName(page)).toBe(name);
    expect(await page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).toBeUndefined();
    expect(dialogs).toEqual([]);
    await page.close();
  });
});

describe('playbook links', () => {
  test('?example= fills the wizard with a training example', async () => {
    const page = await browser.newPage();
    await openEmptyWizard(page, server.url('/pt-br/wizard/'));
    await openWizard(page, server.url('/pt-br/wizard/?example=governed-lake'));
    await expect.poll(() => customerName(page), POLL).toBe('Rede Vida Plena Saúde');
    expect(new URL(page.url()).search).toBe('');
    await openWizard(page, server.url('/pt-br/wizard/?example=no-such-example'));
    await expect.poll(() => page.getByTestId('wizard-notice').textContent(), POLL).toContain('no-such-example');
    expect(await customerName(page)).toBe('Rede Vida Plena Saúde');
    await page.close();
  });

  test('clicking a diagram node opens its service card; "They will say…" lists objections about the chosen services', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    await openWizard(page, server.url('/en/wizard/?example=real-time-streaming'));
    await expect.poll(async () => (await shownResult(page)).nodes, POLL).toContain('kinesis_data_streams');

    await page.locator('#wz-objections summary').click();
    const objection = page.locator('.wz-objection[data-objection="kinesis-locks-us-in"]');
    await objection.waitFor();
    expect(await objection.getByRole('link').getAttribute('href')).toBe('/en/objections/kinesis-locks-us-in/');

    await page.getByRole('button', { name: 'Larger' }).click();
    await page.locator('a.wz-diagram__link:has(g[data-node-id="kinesis_data_streams"])').click();
    await page.waitForURL(/\/en\/services\/kinesis-data-streams\/$/);
    await page.close();
  });

  test('call mode hides seller-only notes and keeps the answers on screen', async () => {
    const page = await browser.newPage();
    await openWizard(page, server.url('/en/wizard/?example=batch-data-lake'));
    await goToStep(page, 'en', 2);
    expect(await page.locator('#field-notes').isVisible()).toBe(true);
    await page.getByRole('button', { name: 'Call mode' }).click();
    expect(await page.locator('#field-notes').isVisible()).toBe(false);
    expect(await page.locator('#wz-objections').isVisible()).toBe(false);
    expect(await page.getByText('Why ask it and what to listen for').first().isVisible()).toBe(false);
    expect(await page.locator('#field-opportunity-region').isVisible()).toBe(true);
    expect(await page.getByRole('button', { name: 'Call mode' }).getAttribute('aria-pressed')).toBe('true');
    await page.keyboard.press('Alt+c');
    expect(await page.locator('#field-notes').isVisible()).toBe(true);
    await page.close();
  });
});

describe('numbers, money and focus as a seller works', () => {
  test('pt-BR takes the decimal comma in the rate, an answer and an assumption, and prices them as the CLI does', { timeout: 90_000 }, async () => {
    const answers = fixture('lambda-architecture.json');
    const page = await browser.newPage();
    await openEmptyWizard(page, server.url('/pt-br/wizard/'));
    await fillWizard(page, { ...answers, volume: { ...answers.volume, dailyIngestGb: 1 } }, 'pt-BR');
    for (let step = 0; (await page.locator('#field-volume-dailyIngestGb').count()) === 0; step += 1) await goToStep(page, 'pt-BR', step);
    await page.locator('#field-volume-dailyIngestGb').fill('2,5');
    await page.getByLabel('Moeda').selectOption('BRL');
    await page.getByLabel('BRL por USD').fill('5,40');
    await page.getByLabel('Data da cotação').fill('2026-11-20');
    const source = await answersFile({ ...answers, volume: { ...answers.volume, dailyIngestGb: 2.5 } });
    const estimate = await lakewiseJson<CliEstimate & { brl: { expected: string } }>(['estimate', source, '--brl-rate', '5.40', '--brl-date', '2026-11-20']);
    await expect.poll(() => page.locator('[data-testid="cost-total"]').textContent(), POLL).toBe(formatBrl(estimate.brl.expected, 'pt-BR'));
    expect((await shownResult(page)).totalUsd).toBe(estimate.totals.expectedUsd);
    expect(await page.locator('#field-volume-dailyIngestGb').inputValue()).toBe('2,5');
    expect(await page.locator('.wz-field__error').count()).toBe(0);
    await page.close();
  });

  test('a cleared BRL rate says amounts stay in USD, and the export follows the screen instead of failing', { timeout: 90_000 }, async () => {
    const page = await browser.newPage();
    await openWizard(page, server.url('/en/wizard/?example=batch-data-lake'));
    // Pricing settings persist in this browser: start from USD whatever an earlier test left.
    await page.getByLabel('Currency').selectOption('USD');
    await expect.poll(() => page.locator('[data-testid="cost-total"]').textContent(), POLL).toMatch(/^\$/);
    const usd = await page.locator('[data-testid="cost-total"]').textContent();
    await page.getByLabel('Currency').selectOption('BRL');
    await page.getByLabel('BRL per USD').fill('5.40');
    await expect.poll(() => page.locator('[data-testid="cost-total"]').textContent(), POLL).toMatch(/^R\$/);
    await page.getByLabel('BRL per USD').fill('');
    await expect.poll(() => page.locator('[data-testid="cost-total"]').textContent(), POLL).toBe(usd);
    expect(await page.getByText('No rate yet: amounts stay in USD').count()).toBe(1);
    await page.locator('.wz-export select').first().selectOption('md');
    await page.locator('.wz-export select').nth(1).selectOption('en');
    const [download] = await Promise.all([page.waitForEvent('download'), page.locator('.wz-export').getByRole('button', { name: 'Download' }).click()]);
    const proposal = readFileSync((await download.path())!, 'utf8');
    expect(proposal).toContain(usd!);
    expect(proposal).not.toContain('R$');
    await page.close();
  });

  test('the export language follows a Language answer changed during the call, until the seller picks one', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    await openEmptyWizard(page, server.url('/en/wizard/'));
    const exportLanguage = page.locator('.wz-export select').nth(1);
    expect(await exportLanguage.inputValue()).toBe('en');
    await goToStep(page, 'en', 2);
    await page.locator('[data-field="locale"]').getByRole('radio', { name: 'Portuguese (Brazil)', exact: true }).check();
    await expect.poll(() => exportLanguage.inputValue(), POLL).toBe('pt-BR');
    await exportLanguage.selectOption('en');
    await page.locator('[data-field="locale"]').getByRole('radio', { name: 'English', exact: true }).check();
    await page.locator('[data-field="locale"]').getByRole('radio', { name: 'Portuguese (Brazil)', exact: true }).check();
    expect(await exportLanguage.inputValue()).toBe('en');
    await page.close();
  });

  test('stage shortcuts put focus on the new stage’s heading, and a pasted region with spaces or capitals is taken', { timeout: 60_000 }, async () => {
    const page = await browser.newPage();
    await openEmptyWizard(page, server.url('/en/wizard/'));
    await page.locator('#field-opportunity-customerName').fill('Focus test');
    for (const key of ['Alt+2', 'Alt+N', 'Alt+P', 'Alt+1']) {
      await page.keyboard.press(key);
      await expect.poll(() => page.evaluate(() => document.activeElement?.id), POLL).toBe('wz-step-heading');
    }
    await goToStep(page, 'en', 2);
    expect(await page.locator('#wz-cost-region').inputValue()).toBe('us-east-1');
    await page.locator('#field-opportunity-region').fill(' sa-east-1 ');
    await expect.poll(() => page.locator('#wz-cost-region').inputValue(), POLL).toBe('sa-east-1');
    expect(await page.locator('[data-field="opportunity.region"] .wz-field__error').count()).toBe(0);
    expect(await page.locator('#field-opportunity-region').inputValue()).toBe(' sa-east-1 ');
    await page.close();
  });
});

describe('open answers', () => {
  test('the result lists every open question that would change the architecture, and what it would change, in both languages', { timeout: 60_000 }, async () => {
    for (const [path, words] of [
      ['/en/wizard/', 'could add'],
      ['/pt-br/wizard/', 'pode ganhar'],
    ] as const) {
      const page = await browser.newPage();
      await openEmptyWizard(page, server.url(path));
      const governance = page.locator('[data-open-answer="governance.needs"]');
      await expect.poll(() => governance.textContent(), POLL).toContain('Lake Formation');
      expect(await governance.textContent()).toContain(words);
      expect(await page.locator('[data-open-answer="estate.existing"]').textContent()).toContain('Data Firehose');
      expect(await page.locator('[data-open-answer="goals.priorities"]').textContent()).toContain('Data Exchange');
      await governance.getByRole('button').click();
      await expect.poll(() => page.evaluate(() => document.activeElement?.closest('[data-field]')?.getAttribute('data-field')), POLL).toBe('governance.needs');
      const group = page.locator('[data-field="governance.needs"]').getByRole('group');
      await group.getByRole('checkbox').first().check();
      await expect.poll(() => governance.count(), POLL).toBe(0);
      await page.close();
    }
  });
});
