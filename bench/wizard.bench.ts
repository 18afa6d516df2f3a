/**
 * The wizard in Chromium on the built site, timed by the browser itself
 * (performance.now, event timestamps, resource timing):
 * - input → updated cost: a keystroke in "New data per day" until the total's DOM changes (target p95 < 16 ms);
 * - input → redrawn diagram: ticking a data source until the new SVG is in place (target p95 < 150 ms);
 * - JS requested before the Mermaid import starts, gzip (target ≤ 150 KB), and Mermaid's own chunks;
 * - cold load to interactive (no cache, no service worker).
 * `npm run bench wizard` runs it after `npm run build`; LAKEWISE_BUILD_DIR picks another build directory.
 */
import { gzipSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { openBrowser } from '../tests/support/browser';
import type { RunningServer } from '../tests/support/server';
import { startWizardServer } from '../tests/e2e/wizard-server';

const COLD_LOADS = 5;
const KEYSTROKES = 60;
const DIAGRAM_REDRAWS = 24;

function percentile(values: readonly number[], share: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)] ?? Number.NaN;
}

const ms = (value: number) => `${value.toFixed(1)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function summary(label: string, values: readonly number[], target?: string): void {
  console.log(
    `${label}: p50 ${ms(percentile(values, 0.5))}, p95 ${ms(percentile(values, 0.95))}, max ${ms(Math.max(...values))} (n=${values.length})${target === undefined ? '' : `; target ${target}`}`,
  );
}

async function waitReady(page: Page): Promise<void> {
  await page.locator('html[data-wizard-ready="true"]').waitFor({ state: 'attached', timeout: 30_000 });
  await page.locator('[data-testid="cost-total"]').waitFor({ timeout: 30_000 });
  await page.locator('.wz-diagram__canvas > svg').waitFor({ timeout: 30_000 });
}

interface ColdLoad {
  readonly interactiveMs: number;
  readonly costShownMs: number;
  readonly scripts: readonly { readonly url: string; readonly startTime: number }[];
  readonly mermaidMark: number;
  readonly hydratedMark: number;
}

async function coldLoad(server: RunningServer, path = '/en/wizard/'): Promise<ColdLoad> {
  const browser = await openBrowser({ viewport: { width: 1400, height: 1000 } });
  try {
    const page = await browser.newPage();
    await page.goto(server.url(path));
    await waitReady(page);
    await page.waitForTimeout(1_500);
    return await page.evaluate(() => {
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry) => new URL(entry.name).pathname.endsWith('.js'))
        .map((entry) => ({ url: entry.name, startTime: entry.startTime }));
      const [interactiveMs, costShownMs, mermaidMark, hydratedMark] = [
        'lakewise:interactive',
        'lakewise:cost-shown',
        'lakewise:mermaid-import-start',
        'lakewise:hydrated',
      ].map((name) => performance.getEntriesByName(name)[0]?.startTime ?? Number.NaN) as [number, number, number, number];
      return { interactiveMs, costShownMs, scripts, mermaidMark, hydratedMark };
    });
  } finally {
    await browser.close();
  }
}

async function gzipSize(url: string): Promise<number> {
  const response = await fetch(url);
  return gzipSync(Buffer.from(await response.arrayBuffer()), { level: 9 }).length;
}

const PRICE_CHUNK = /\/(us-east-1|sa-east-1|eu-west-1)\.[^/]+\.js$/;

/** Keystrokes in a number field; each changes the total. Latency: keydown timestamp → total's DOM mutation. */
async function costLatencies(page: Page): Promise<number[]> {
  await page.evaluate(() => {
    const state = window as unknown as { __keys: number[]; __costs: number[] };
    state.__keys = [];
    state.__costs = [];
    const field = document.getElementById('field-volume-dailyIngestGb');
    field?.addEventListener('keydown', (event) => state.__keys.push(event.timeStamp), { capture: true });
    const total = document.querySelector('[data-testid="cost-total"]');
    if (total === null) throw new Error('no cost total on the page');
    new MutationObserver(() => state.__costs.push(performance.now())).observe(total, { attributes: true, characterData: true, childList: true, subtree: true });
  });
  const field = page.locator('#field-volume-dailyIngestGb');
  await field.fill('');
  await field.focus();
  const sequence = ['1', '2', '3', '4', '5', 'Backspace', 'Backspace', 'Backspace', 'Backspace', 'Backspace'];
  for (let index = 0; index < KEYSTROKES; index += 1) {
    await page.keyboard.press(sequence[index % sequence.length] as string);
    await page.waitForTimeout(80);
  }
  return page.evaluate(() => {
    const state = window as unknown as { __keys: number[]; __costs: number[] };
    return state.__keys.flatMap((key, index) => {
      const next = state.__keys[index + 1] ?? Number.POSITIVE_INFINITY;
      const updated = state.__costs.find((time) => time >= key && time < next);
      return updated === undefined ? [] : [updated - key];
    });
  });
}

/** Ticks a data source on and off; each changes the architecture. Latency: change event → new SVG in the canvas. */
async function diagramLatencies(page: Page): Promise<number[]> {
  const latencies: number[] = [];
  const box = page.getByRole('group', { name: 'Data sources', exact: true }).getByRole('checkbox', { name: 'Event streams' });
  for (let index = 0; index < DIAGRAM_REDRAWS; index += 1) {
    const latency = page.evaluate(
      () =>
        new Promise<number>((resolve, reject) => {
          let changedAt = Number.NaN;
          const canvas = document.querySelector('.wz-diagram__canvas');
          if (canvas === null) return reject(new Error('no diagram canvas'));
          document.addEventListener('change', (event) => (changedAt = event.timeStamp), { capture: true, once: true });
          const observer = new MutationObserver(() => {
            observer.disconnect();
            resolve(performance.now() - changedAt);
          });
          observer.observe(canvas, { childList: true });
        }),
    );
    await box.click();
    latencies.push(await latency);
    await page.waitForTimeout(150);
  }
  return latencies;
}

export async function run(): Promise<void> {
  const server = await startWizardServer();
  try {
    const loads: ColdLoad[] = [];
    for (let index = 0; index < COLD_LOADS; index += 1) loads.push(await coldLoad(server));
    summary(
      'cold load → interactive (answers restored, shortcuts live)',
      loads.map((load) => load.interactiveMs),
    );
    summary(
      'cold load → first total on screen',
      loads.map((load) => load.costShownMs),
    );

    const first = loads[0] as ColdLoad;
    const sizes = new Map<string, number>();
    const portuguese = await coldLoad(server, '/pt-br/wizard/');
    for (const script of [...first.scripts, ...portuguese.scripts]) if (!sizes.has(script.url)) sizes.set(script.url, await gzipSize(script.url));
    const total = (list: readonly { url: string }[]) => list.reduce((sum, script) => sum + (sizes.get(script.url) ?? 0), 0);
    // Both wizard pages are measured: a change could weigh on one language only.
    for (const [label, load] of [['/en/wizard/', first], ['/pt-br/wizard/', portuguese]] as const) {
      const before = load.scripts.filter((script) => script.startTime < load.mermaidMark);
      const beforeNonPrice = before.filter((script) => !PRICE_CHUNK.test(script.url));
      console.log(
        `${label} JS requested before the Mermaid import (gzip -9): ${kb(total(beforeNonPrice))} in ${beforeNonPrice.length} files, plus ${kb(total(before.filter((script) => PRICE_CHUNK.test(script.url))))} of price-snapshot chunks; target ≤ 150 KB`,
      );
    }
    const hydration = first.scripts.filter((script) => script.startTime < first.hydratedMark);
    console.log(
      `  of which needed before the island could run (requested before it hydrated, /en/wizard/): ${kb(total(hydration))} in ${hydration.length} files; the rest (cost model, export, codecs) loads right after`,
    );
    const mermaid = first.scripts.filter((script) => script.startTime >= first.mermaidMark && !PRICE_CHUNK.test(script.url));
    console.log(`Mermaid and the logo subset, loaded on first draw (gzip -9): ${kb(total(mermaid))} in ${mermaid.length} files`);
    if (process.env.BENCH_VERBOSE !== undefined) {
      for (const script of first.scripts)
        console.log(
          `  ${script.startTime < first.mermaidMark ? 'before' : 'after '} ${kb(sizes.get(script.url) ?? 0).padStart(9)} ${new URL(script.url).pathname}`,
        );
    }
    console.log(`Every JS file the page loads, price chunks of all three regions included (gzip -9): ${kb(total(first.scripts))}`);

    const browser = await openBrowser({ viewport: { width: 1400, height: 1000 } });
    try {
      const page = await browser.newPage();
      await page.goto(server.url('/en/wizard/?example=batch-data-lake'));
      await waitReady(page);
      await page.waitForTimeout(500);
      summary('input → updated cost (keydown → total in the DOM)', await costLatencies(page), '< 16 ms');
      await page.evaluate(() => performance.clearMeasures());
      summary('input → redrawn diagram (change → new SVG in place)', await diagramLatencies(page), '< 150 ms');
      const measures = await page.evaluate(() =>
        ['lakewise:mermaid-render', 'lakewise:diagram-decorate'].map((name) => performance.getEntriesByName(name).map((entry) => entry.duration)),
      );
      summary('  of which mermaid.render (layout and drawing)', measures[0] ?? []);
      summary('  of which logos, links and swap', measures[1] ?? []);
    } finally {
      await browser.close();
    }
  } finally {
    await server.stop();
  }
}
