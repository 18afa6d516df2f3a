import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cacheMermaidGetConfig } from '../../src/vendor-patches/mermaid-get-config';
import { toMermaid } from '../../src/core/diagram/mermaid';
import { openBrowser, type BrowserSession } from '../support/browser';
import { PROJECT_ROOT } from '../support/server';

/**
 * The site build and the export cache Mermaid's getConfig() copy (src/vendor-patches/mermaid-get-config.ts). A
 * cached copy is shared between callers, so if Mermaid wrote into it, one drawing would leak
 * into the next. This draws every golden diagram, both locales and a hostile customer name, one
 * after another in one page, with Mermaid as published and with the change, and requires the
 * same SVG every time.
 */

const MERMAID_DIST = path.join(PROJECT_ROOT, 'node_modules/mermaid/dist');
const GOLDEN = path.join(PROJECT_ROOT, 'tests/golden');

function serveMermaid(patched: boolean): Promise<{ server: Server; origin: string; patchedModules: () => number }> {
  let patchedModules = 0;
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    if (url.pathname === '/') {
      response.setHeader('content-type', 'text/html');
      response.end('<!doctype html><html><body><script type="module">import mermaid from "/mermaid.esm.mjs"; window.mermaid = mermaid; window.ready = true;</script></body></html>');
      return;
    }
    const file = path.join(MERMAID_DIST, path.normalize(url.pathname));
    if (!file.startsWith(MERMAID_DIST)) {
      response.statusCode = 403;
      response.end();
      return;
    }
    try {
      let code = readFileSync(file, 'utf8');
      if (patched) {
        const changed = cacheMermaidGetConfig(code);
        if (changed !== undefined) {
          patchedModules += 1;
          code = changed;
        }
      }
      response.setHeader('content-type', 'text/javascript');
      response.end(code);
    } catch {
      response.statusCode = 404;
      response.end();
    }
  });
  return new Promise((resolve) => {
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      resolve({ server, origin: `http://127.0.0.1:${port}`, patchedModules: () => patchedModules });
    });
  });
}

function diagrams(): string[] {
  const texts: string[] = [];
  for (const shape of readdirSync(GOLDEN).sort()) {
    for (const locale of ['en', 'pt-BR']) texts.push(readFileSync(path.join(GOLDEN, shape, `diagram.${locale}.mmd`), 'utf8'));
  }
  const architecture = JSON.parse(readFileSync(path.join(GOLDEN, 'kafka-streaming/architecture.json'), 'utf8'));
  texts.push(toMermaid(architecture, { locale: 'en', customerName: '<script>alert(1)</script> "quoted" %% --> end' }).text);
  // The first drawing again: a value left behind by any drawing in between would show here.
  texts.push(texts[0] as string);
  return texts;
}

async function drawAll(session: BrowserSession, origin: string, texts: readonly string[]): Promise<string[]> {
  const page = await session.newPage();
  await page.goto(`${origin}/`);
  await page.waitForFunction(() => (window as unknown as { ready?: boolean }).ready === true);
  return page.evaluate(async (list) => {
    const mermaid = (window as unknown as { mermaid: { initialize(config: unknown): void; render(id: string, text: string): Promise<{ svg: string }> } }).mermaid;
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', layout: 'dagre', theme: 'base', flowchart: { htmlLabels: true, curve: 'basis' } });
    const out: string[] = [];
    for (const [index, text] of list.entries()) out.push((await mermaid.render(`drawing-${index}`, text)).svg);
    return out;
  }, texts);
}

describe('Mermaid with the cached getConfig()', () => {
  let session: BrowserSession;
  beforeAll(async () => {
    session = await openBrowser();
  });
  afterAll(async () => {
    await session.close();
  });

  it('draws every diagram exactly as published Mermaid does, in sequence', async () => {
    const texts = diagrams();
    const published = await serveMermaid(false);
    const cached = await serveMermaid(true);
    try {
      const expected = await drawAll(session, published.origin, texts);
      const actual = await drawAll(session, cached.origin, texts);
      expect(cached.patchedModules()).toBe(1);
      expect(actual).toHaveLength(texts.length);
      for (const [index, svg] of actual.entries()) expect(svg, `drawing ${index}`).toBe(expected[index]);
      expect(actual.at(-1)?.replaceAll(`drawing-${texts.length - 1}`, 'drawing-0')).toBe(actual[0]);
    } finally {
      published.server.close();
      cached.server.close();
    }
  }, 120_000);

  it('refuses a Mermaid whose getConfig() changed, so an upgrade cannot drop the cache silently', () => {
    expect(() => cacheMermaidGetConfig('var currentConfig = {};\nvar getConfig = __name(() => clone(currentConfig), "getConfig");')).toThrow(/getConfig\(\) is not the one/);
    expect(cacheMermaidGetConfig('export const unrelated = 1;')).toBeUndefined();
  });
});
