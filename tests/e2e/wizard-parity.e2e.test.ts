import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, test } from 'vitest';
import { parseAnswers } from '../../src/core/answers/parse';
import { formatUsd } from '../../src/core/cost/number-format';
import type { Locale } from '../../src/core/locales';
import { openBrowser, type BrowserSession } from '../support/browser';
import type { RunningServer } from '../support/server';
import {
  expectDiagramNodes,
  FIXTURES,
  fillWizard,
  lakewiseJson,
  openEmptyWizard,
  shownResult,
  startWizardServer,
  type CliEstimate,
  type CliRecommendation,
} from './wizard-support';

/**
 * The wizard, filled by hand for several customer shapes, must show what the CLI
 * prints for the same answers file: the same components in the same order, the
 * same diagram nodes (read from the drawn SVG) and the same cents.
 */

let server: RunningServer;
let browser: BrowserSession;

beforeAll(async () => {
  server = await startWizardServer();
  browser = await openBrowser({ viewport: { width: 1400, height: 1000 } });
});

afterEach(async () => {
  await Promise.all(browser.context.pages().map((page) => page.close()));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const SHAPES: readonly { file: string; locale: Locale }[] = [
  { file: 'batch-data-lake.json', locale: 'en' },
  { file: 'kafka-streaming.json', locale: 'pt-BR' },
  { file: 'dw-modernisation.json', locale: 'en' },
  { file: 'governed-lake.json', locale: 'pt-BR' },
];

describe.each(SHAPES)('the wizard filled with $file ($locale)', ({ file, locale }) => {
  test('shows the components, diagram nodes and total the CLI prints', { timeout: 90_000 }, async () => {
    const source = path.join(FIXTURES, file);
    const parsed = parseAnswers(JSON.parse(readFileSync(source, 'utf8')), file);
    if (!parsed.ok) throw parsed.error;
    const [recommendation, estimate] = await Promise.all([
      lakewiseJson<CliRecommendation>(['recommend', source]),
      lakewiseJson<CliEstimate>(['estimate', source]),
    ]);

    const page = await browser.newPage();
    await openEmptyWizard(page, server.url(locale === 'en' ? '/en/wizard/' : '/pt-br/wizard/'));
    await fillWizard(page, parsed.answers, locale);

    await expectDiagramNodes(
      page,
      recommendation.diagram.nodes.map((node) => node.nodeId),
    );
    await expect.poll(async () => (await shownResult(page)).totalUsd, { timeout: 10_000 }).toBe(estimate.totals.expectedUsd);
    await page.locator('.wz-cost__lines > summary').click();
    await page.locator('tbody[data-component]').first().waitFor();
    const shown = await shownResult(page);
    expect(shown.components).toEqual(recommendation.model.components.map((component) => component.id));
    expect(shown.componentUsd).toEqual(Object.fromEntries(estimate.components.map((component) => [component.componentId, component.usd])));
    await expect.poll(() => page.locator('[data-testid="cost-total"]').textContent()).toBe(formatUsd(estimate.totals.expectedUsd, locale));
    await expect.poll(() => page.locator('[data-testid="cost-band"]').textContent()).toContain(formatUsd(estimate.totals.highUsd, locale));
    await page.close();
  });
});
