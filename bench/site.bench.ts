// Site bench: build time, JS shipped per page type, and the cost of the first search
// in Chromium. Targets from issue 3: content pages 0 KB JS besides the search
// shortcut and dialog script, first search ≤ 250 KB and ≤ 300 ms on this machine.
import { spawn } from 'node:child_process';
import { availableParallelism, loadavg } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium, type Page, type Request } from 'playwright-core';
import { readContentFiles } from '../src/content-model/load-files';
import { CHROMIUM_ARGS, CHROMIUM_PATH, openBrowser, type BrowserSession } from '../tests/support/browser';
import { PROJECT_ROOT, startServer, type RunningServer } from '../tests/support/server';

const SEARCH_RUNS = 9;
const SEARCH_QUERY = 'data lake';
const FIRST_SEARCH_BYTES_BUDGET = 250 * 1024;
const FIRST_SEARCH_MS_BUDGET = 300;

function timed(command: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { cwd: PROJECT_ROOT, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'ignore', 'pipe'] });
    let errors = '';
    child.stderr.on('data', (chunk: Buffer) => (errors += chunk.toString()));
    child.on('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`${command} failed (${code}):\n${errors.slice(-4000)}`))));
  });
}

function percentile(values: readonly number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Gzipped bytes of every script Chromium runs while loading a page, before any search: files and inline bodies. */
async function pageScripts(browser: BrowserSession, server: RunningServer, pathname: string): Promise<{ path: string; gzip: number }[]> {
  const page = await browser.newPage();
  try {
    const loaded: Promise<{ path: string; gzip: number }>[] = [];
    page.on('response', (response) => {
      if (response.request().resourceType() !== 'script') return;
      loaded.push(response.body().then((body) => ({ path: new URL(response.url()).pathname, gzip: gzipSync(body).length })));
    });
    await page.goto(server.url(pathname), { waitUntil: 'networkidle' });
    const inline = await page.locator('script:not([src])').evaluateAll((scripts) => scripts.map((script) => script.textContent ?? ''));
    return [
      ...(await Promise.all(loaded)),
      ...inline.filter((body) => body.trim() !== '').map((body) => ({ path: '(inline)', gzip: gzipSync(body).length })),
    ];
  } finally {
    await page.close();
  }
}

interface SearchBytes {
  readonly transferredBytes: number;
  readonly gzipBytes: number;
  readonly requests: number;
}

/** Starts a first search the way a person does (Ctrl+K, query typed at once) and resolves with ms from keydown to the first result drawn. */
async function timeFirstSearch(page: Page): Promise<number> {
  const elapsed = page.evaluate(
    (query) =>
      new Promise<number>((resolve) => {
        let started = 0;
        document.addEventListener('keydown', () => (started ||= performance.now()), { capture: true, once: true });
        document.addEventListener(
          'focusin',
          (event) => {
            const input = event.target as HTMLInputElement;
            if (input.id !== 'search-input') return;
            input.value = query;
            input.dispatchEvent(new Event('input', { bubbles: true }));
          },
          { capture: true },
        );
        const results = document.getElementById('search-results')!;
        new MutationObserver((_, observer) => {
          if (results.querySelector('a')) {
            observer.disconnect();
            resolve(performance.now() - started);
          }
        }).observe(results, { childList: true, subtree: true });
      }),
    SEARCH_QUERY,
  );
  await page.waitForTimeout(50);
  await page.keyboard.press('Control+k');
  return elapsed;
}

/** Cold first-search times: each run gets a new browser context, so nothing is cached. Nothing else listens while timing. */
async function firstSearchTimes(server: RunningServer, pathname: string): Promise<number[]> {
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const times: number[] = [];
    for (let index = 0; index < SEARCH_RUNS; index++) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      await page.goto(server.url(pathname), { waitUntil: 'networkidle' });
      times.push(await timeFirstSearch(page));
      await context.close();
    }
    return times;
  } finally {
    await browser.close();
  }
}

/** Bytes a cold first search downloads, measured in a separate untimed run. */
async function firstSearchBytes(server: RunningServer, pathname: string): Promise<SearchBytes> {
  const browser = await openBrowser();
  try {
    const page = await browser.newPage();
    await page.goto(server.url(pathname), { waitUntil: 'networkidle' });
    const finished: Promise<{ transferred: number; gzip: number }>[] = [];
    const onFinished = (request: Request) => {
      finished.push(
        (async () => {
          const response = await request.response();
          const body = response ? await response.body() : Buffer.alloc(0);
          const sizes = await request.sizes();
          // Pagefind's index files are gzip already; JS is counted as a compressing server would send it.
          const alreadyCompressed = /\.(pf_\w+|pagefind)$/.test(new URL(request.url()).pathname);
          return { transferred: sizes.responseBodySize, gzip: alreadyCompressed ? body.length : gzipSync(body).length };
        })(),
      );
    };
    page.on('requestfinished', onFinished);
    await timeFirstSearch(page);
    // Every result drawn: the status line reports the count last.
    await page.waitForFunction(() => document.querySelector('[data-search-status]')?.textContent?.includes('“'));
    await page.waitForTimeout(300);
    page.off('requestfinished', onFinished);
    const sizes = await Promise.all(finished);
    return {
      transferredBytes: sizes.reduce((sum, size) => sum + size.transferred, 0),
      gzipBytes: sizes.reduce((sum, size) => sum + size.gzip, 0),
      requests: sizes.length,
    };
  } finally {
    await browser.close();
  }
}

export async function run(): Promise<void> {
  // Timings on a shared machine mean little without its load; print it with them.
  const load = () => `load average ${loadavg()[0]!.toFixed(1)} on ${availableParallelism()} cores`;
  console.log(`machine: ${load()}`);
  const astroMs = await timed('astro build', [path.join(PROJECT_ROOT, 'node_modules/astro/bin/astro.mjs'), 'build']);
  const pagefindMs = await timed('pagefind', [path.join(PROJECT_ROOT, 'scripts/pagefind.mjs')]);
  console.log(`build: astro ${(astroMs / 1000).toFixed(1)} s + pagefind ${(pagefindMs / 1000).toFixed(1)} s = ${((astroMs + pagefindMs) / 1000).toFixed(1)} s`);

  const { files } = await readContentFiles(PROJECT_ROOT);
  const objection = files.find((file) => file.collection === 'objections' && file.locale === 'en');
  if (!objection) throw new Error('content/ has no objection to measure');
  const family = (objection.data as { family: string }).family;
  const pageTypes: Record<string, string[]> = {
    home: ['/en/', '/pt-br/'],
    'content detail': [`/en/objections/${objection.slug}/`, `/pt-br/objections/${objection.slug}/`],
    index: ['/en/objections/', '/pt-br/services/'],
    battlecard: [`/en/battlecards/${family}/`, `/pt-br/battlecards/${family}/`],
  };

  const server = await startServer();
  try {
    console.log('JS before search (gzip), per page type:');
    const browser = await openBrowser();
    for (const [type, paths] of Object.entries(pageTypes)) {
      let searchShortcut = 0;
      let other = 0;
      for (const pathname of paths) {
        const scripts = await pageScripts(browser, server, pathname);
        const isSearch = (script: { path: string }) => script.path.startsWith('/_astro/SearchDialog.');
        const sum = (list: { gzip: number }[]) => list.reduce((total, script) => total + script.gzip, 0);
        searchShortcut = Math.max(searchShortcut, sum(scripts.filter(isSearch)));
        other = Math.max(other, sum(scripts.filter((script) => !isSearch(script))));
      }
      console.log(`  ${type.padEnd(15)} other JS ${kb(other)} (target 0 KB: ${other === 0 ? 'met' : 'MISSED'}); search shortcut and dialog ${kb(searchShortcut)}`);
    }
    await browser.close();

    const searchPage = `/en/objections/${objection.slug}/`;
    const ms = await firstSearchTimes(server, searchPage);
    const bytes = await firstSearchBytes(server, searchPage);
    const gzip = bytes.gzipBytes;
    const transferred = bytes.transferredBytes;
    console.log(`first search in Chromium ("${SEARCH_QUERY}", ${SEARCH_RUNS} cold runs, Ctrl+K to first result drawn; ${load()}):`);
    console.log(`  time p50 ${percentile(ms, 50).toFixed(0)} ms, p95 ${percentile(ms, 95).toFixed(0)} ms (target ≤ ${FIRST_SEARCH_MS_BUDGET} ms: ${percentile(ms, 95) <= FIRST_SEARCH_MS_BUDGET ? 'met' : 'MISSED'})`);
    console.log(
      `  bytes ${kb(gzip)} gzip-equivalent, ${kb(transferred)} as served (uncompressed JS), ${bytes.requests} requests (target ≤ 250 KB: ${gzip <= FIRST_SEARCH_BYTES_BUDGET && transferred <= FIRST_SEARCH_BYTES_BUDGET ? 'met' : gzip <= FIRST_SEARCH_BYTES_BUDGET ? 'met gzip-equivalent only' : 'MISSED'})`,
    );
  } finally {
    await server.stop();
  }
}
