import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { LOCALE_PATH, LOCALES } from '../../src/core/locales';
import { LOCAL_RUN_STRINGS } from '../../src/islands/LocalRunPanel';
import type { LocalRunReport } from '../../src/local-pipeline/run';
import { openBrowser, type BrowserSession } from '../support/browser';
import { lakewise } from '../support/lakewise-cli';
import { startServer, type RunningServer } from '../support/server';
import { openWizard } from './wizard-support';

/**
 * The wizard's "Run locally" button, in real Chromium against the built server: it runs
 * the answers on screen through the DuckDB pipeline and shows the reconciliation, the
 * chart, the quarantine reasons and the gold tables, with the same counts the CLI's
 * `lakewise run-local` writes for the same answers. The server works in a folder of
 * its own, so this run cannot meet another test's run in the project's .lakewise/.
 */

let workDir: string;
let server: RunningServer;
let browser: BrowserSession;

beforeAll(async () => {
  workDir = await mkdtemp(path.join(tmpdir(), 'lakewise-wizard-local-run-'));
  server = await startServer({ cwd: workDir });
  browser = await openBrowser({ viewport: { width: 1400, height: 1000 } });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** The counts table as the page shows it: dataset → [received, silver, quarantined, balanced]. */
type ShownCounts = Record<string, string[]>;

describe('the wizard runs the pipeline locally', () => {
  for (const locale of LOCALES) {
    test(`${locale}: the button shows the reconciliation, chart, reasons and gold, matching the CLI`, { timeout: 180_000 }, async () => {
      const strings = LOCAL_RUN_STRINGS[locale];
      const page = await browser.newPage();
      await openWizard(page, server.url(`/${LOCALE_PATH[locale]}/wizard/?example=batch-data-lake`));
      const panel = page.locator('section.local-run');
      // A run kept from the other locale's test may already be on show: wait for this one's answer.
      const answered = page.waitForResponse((response) => response.url().endsWith('/api/local-run/') && response.request().method() === 'POST');
      await panel.getByRole('button', { name: strings.run, exact: true }).click();
      const response = await answered;
      expect(response.status()).toBe(200);
      const answers = response.request().postDataJSON() as unknown;

      // The same answers through the CLI, in a folder of its own.
      const answersPath = path.join(workDir, `answers-${locale}.json`);
      await writeFile(answersPath, JSON.stringify(answers));
      const cliOut = path.join(workDir, `cli-${locale}`);
      expect((await lakewise('run-local', answersPath, '--out', cliOut)).code).toBe(0);
      const cliReport = JSON.parse(await readFile(path.join(cliOut, 'report.json'), 'utf8')) as LocalRunReport;
      expect(cliReport.datasets.map((entry) => entry.dataset)).toEqual(['customers', 'orders']);
      const number = new Intl.NumberFormat(locale);
      const expected: ShownCounts = Object.fromEntries(
        cliReport.datasets.map((entry) => [
          entry.dataset,
          [number.format(entry.received), number.format(entry.silverRows), number.format(entry.quarantined), entry.balanced ? strings.balancedYes : strings.balancedNo],
        ]),
      );
      const shownCounts = async (): Promise<ShownCounts> =>
        Object.fromEntries(
          await panel.locator('table.local-run__counts tbody tr').evaluateAll((rows) =>
            rows.map((row) => [row.querySelector('th')?.textContent ?? '', [...row.querySelectorAll('td')].map((cell) => cell.textContent ?? '')]),
          ),
        );
      await expect.poll(shownCounts, { timeout: 20_000 }).toEqual(expected);
      expect(await panel.getByRole('status').textContent()).toBe(strings.reconciled);
      const chart = panel.getByRole('img', { name: strings.chartLabel });
      expect(await chart.locator('rect').count()).toBe(2 * cliReport.datasets.length);
      expect(await panel.locator('table.local-run__reasons tbody tr').count()).toBeGreaterThan(0);
      expect(await panel.textContent()).toContain(strings.gold);
      const serverReport = JSON.parse(await readFile(path.join(workDir, '.lakewise', 'local-run', 'report.json'), 'utf8')) as LocalRunReport;
      expect(serverReport.gold.map((gold) => gold.sha256)).toEqual(cliReport.gold.map((gold) => gold.sha256));
      for (const gold of cliReport.gold) expect(await panel.textContent()).toContain(gold.table);

      // A reload shows the run the server kept, before anyone presses the button again.
      await page.reload();
      await expect.poll(shownCounts, { timeout: 20_000 }).toEqual(expected);
      await page.close();
    });
  }
});
