import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Page, type Route } from 'playwright-core';
import type { DiagramNode } from '../core/diagram/mermaid';
import { cacheMermaidGetConfig } from '../vendor-patches/mermaid-get-config';

/** Debian's Chromium (`.ci/run` installs it); nothing is downloaded. */
export const CHROMIUM_PATH = '/usr/bin/chromium';

/** No network, no updates, no profile sync: Chromium only lays out and prints. */
export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/**
 * Mermaid's ES module build, served to the diagram page from disk through request interception
 * (no network, no server): only the flowchart's chunks load, where the self-contained bundle
 * made Chromium parse 5.5 MB for every export, and the getConfig() cache applies as on the site.
 */
const MERMAID_DIST = path.dirname(createRequire(import.meta.url).resolve('mermaid/dist/mermaid.esm.mjs'));
/** A reserved name (RFC 2606) that never resolves: every request to it is answered from disk. */
const DIAGRAM_ORIGIN = 'http://lakewise-export.invalid';
/**
 * The page draws a two-node flowchart as soon as Mermaid is loaded: the first drawing loads and
 * compiles the flowchart and dagre code, and this way that happens while Node is still computing
 * the proposal rather than after it.
 */
const DIAGRAM_PAGE = `<!doctype html><html><head><meta charset="utf-8"><style>html,body{margin:0;background:#fff}#stage{display:inline-block}</style></head><body><div id="stage"></div><script type="module">import mermaid from '/mermaid.esm.mjs'; window.mermaid = mermaid;
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', layout: 'dagre' });
window.mermaidWarmedUp = mermaid.render('lakewise-warm-up', 'flowchart LR\\n  a --> b').then(() => undefined, () => undefined);</script></body></html>`;

/** Stable element id of the drawing; Mermaid scopes its stylesheet with it. */
export const DIAGRAM_SVG_ID = 'lakewise-diagram';

/** Widest PNG written, in pixels: twice the natural size, unless that passes this. */
const MAX_PNG_WIDTH = 4096;

/** Same family list as the site and the print stylesheet, so labels measure the same. */
const FONT_FAMILY = 'system-ui, "Segoe UI", Roboto, "Liberation Sans", "DejaVu Sans", Arial, sans-serif';

export interface RenderedDiagram {
  /** Standalone SVG document (XML declaration, explicit size, `<title>`), vector text. */
  readonly svg: string;
  /** The `<svg>` element alone, to inline in HTML. */
  readonly svgElement: string;
  /** Present when asked for: the screenshot is the slow part of a drawing. */
  readonly png?: Uint8Array;
  readonly width: number;
  readonly height: number;
}

export interface DiagramRenderOptions {
  /** Accessible name of the drawing (`<title>`); escaped by the XML serializer. */
  readonly title: string;
  readonly nodes: readonly DiagramNode[];
  /** Also take the PNG (twice the natural size, at most 4096 px wide). */
  readonly png: boolean;
}

/**
 * One headless Chromium for every export of a process (tests, the CLI, the
 * server): Mermaid is loaded once into a diagram page and reused; each PDF gets a
 * short-lived page of its own.
 */
export interface ExportBrowser {
  renderDiagram(mermaidText: string, options: DiagramRenderOptions): Promise<RenderedDiagram>;
  printPdf(html: string): Promise<Uint8Array>;
  close(): Promise<void>;
}

interface InPageResult {
  readonly svgElement: string;
  readonly width: number;
  readonly height: number;
  readonly missing: readonly string[];
}

/**
 * Runs in the page: draws the text with Mermaid (the wizard's settings: strict
 * security, HTML labels so Mermaid decodes the `#34;` entity codes the core
 * writes), marks each node group with its node and component id, sizes the
 * drawing to its viewBox and serializes it as XML.
 */
async function drawInPage({ text, id, title, nodes, fontFamily }: { text: string; id: string; title: string; nodes: readonly { nodeId: string; componentId: string }[]; fontFamily: string }): Promise<InPageResult> {
  const diagramWindow = window as unknown as { mermaid: { initialize(config: unknown): void; render(id: string, text: string): Promise<{ svg: string }> }; mermaidWarmedUp?: Promise<void> };
  // Mermaid keeps one drawing's state in globals: the warm-up must be done before this one starts.
  await diagramWindow.mermaidWarmedUp;
  const { mermaid } = diagramWindow;
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    // As in the wizard: Mermaid 12 otherwise lays flowcharts out with ELK, several times slower
    // and laid out differently from the diagram the seller saw on screen.
    layout: 'dagre',
    // As in the wizard: Mermaid 12's default "neo" look gives every node a CSS drop shadow, which
    // Chromium prints as a bitmap (the drawing would no longer be all vector) and which took a
    // third of the print time of a full proposal.
    look: 'classic',
    theme: 'default',
    htmlLabels: true,
    fontFamily,
    flowchart: { htmlLabels: true, curve: 'basis', padding: 8, nodeSpacing: 30, rankSpacing: 40, diagramPadding: 8 },
  });
  const { svg } = await mermaid.render(id, text);
  const stage = document.getElementById('stage') as HTMLElement;
  stage.innerHTML = svg;
  const drawing = stage.querySelector('svg') as SVGSVGElement;
  const box = drawing.viewBox.baseVal;
  const width = Math.ceil(box.width);
  const height = Math.ceil(box.height);
  drawing.removeAttribute('style');
  drawing.setAttribute('width', String(width));
  drawing.setAttribute('height', String(height));
  const label = document.createElementNS('http://www.w3.org/2000/svg', 'title');
  label.textContent = title;
  drawing.insertBefore(label, drawing.firstChild);
  const byNodeId = new Map(nodes.map((node) => [node.nodeId, node.componentId]));
  const found = new Set<string>();
  drawing.querySelectorAll('g.node').forEach((group) => {
    const nodeId = group.getAttribute('data-id') ?? /flowchart-(.+)-\d+$/.exec(group.id)?.[1];
    const componentId = nodeId === undefined ? undefined : byNodeId.get(nodeId);
    if (nodeId === undefined || componentId === undefined) return;
    group.setAttribute('data-node-id', nodeId);
    group.setAttribute('data-component-id', componentId);
    found.add(nodeId);
  });
  return { svgElement: new XMLSerializer().serializeToString(drawing), width, height, missing: nodes.map((node) => node.nodeId).filter((nodeId) => !found.has(nodeId)) };
}

async function serveMermaid(route: Route): Promise<void> {
  const { pathname } = new URL(route.request().url());
  if (pathname === '/') {
    await route.fulfill({ contentType: 'text/html; charset=utf-8', body: DIAGRAM_PAGE });
    return;
  }
  const file = path.join(MERMAID_DIST, path.normalize(decodeURIComponent(pathname)));
  if (!file.startsWith(`${MERMAID_DIST}${path.sep}`) || !file.endsWith('.mjs')) {
    await route.fulfill({ status: 404, body: '' });
    return;
  }
  const code = await readFile(file, 'utf8');
  await route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: cacheMermaidGetConfig(code) ?? code });
}

async function openDiagramPage(browser: Browser): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1600, height: 1200 } });
  await page.route(`${DIAGRAM_ORIGIN}/**`, serveMermaid);
  await page.goto(`${DIAGRAM_ORIGIN}/`);
  await page.waitForFunction(() => (window as unknown as { mermaid?: unknown }).mermaid !== undefined);
  return page;
}

/** Launches Chromium for exports; close it when done (tests share one per file). */
export async function launchExportBrowser(): Promise<ExportBrowser> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`Chromium is not installed at ${CHROMIUM_PATH}: apt-get install -y chromium (see .ci/run).`);
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS, headless: true });
  // Every browser format needs a drawing, so Mermaid starts loading (the slowest step) right away.
  const diagramPage = openDiagramPage(browser);
  diagramPage.catch(() => undefined);
  // Mermaid keeps global state while it draws, so drawings on the shared page take turns.
  let queue: Promise<unknown> = Promise.resolve();
  const inTurn = <Result>(work: () => Promise<Result>): Promise<Result> => {
    const next = queue.then(work, work);
    queue = next.catch(() => undefined);
    return next;
  };

  return {
    renderDiagram: (mermaidText, options) =>
      inTurn(async () => {
        const page = await diagramPage;
        const drawn = await page.evaluate(drawInPage, {
          text: mermaidText,
          id: DIAGRAM_SVG_ID,
          title: options.title,
          nodes: options.nodes.map((node) => ({ nodeId: node.nodeId, componentId: node.componentId })),
          fontFamily: FONT_FAMILY,
        });
        if (drawn.missing.length > 0) throw new Error(`Mermaid drew no node for ${drawn.missing.join(', ')}`);
        const svg = { svgElement: drawn.svgElement, svg: `<?xml version="1.0" encoding="UTF-8"?>\n${drawn.svgElement}\n`, width: drawn.width, height: drawn.height };
        if (!options.png) return svg;
        const scale = Math.min(2, MAX_PNG_WIDTH / Math.max(1, drawn.width));
        const pngWidth = Math.round(drawn.width * scale);
        const pngHeight = Math.round(drawn.height * scale);
        await page.setViewportSize({ width: pngWidth + 16, height: pngHeight + 16 });
        const drawing = page.locator(`#stage > svg`);
        await drawing.evaluate((element, size) => {
          element.setAttribute('width', String(size.width));
          element.setAttribute('height', String(size.height));
        }, { width: pngWidth, height: pngHeight });
        const png = await drawing.screenshot({ type: 'png', animations: 'disabled' });
        return { ...svg, png: new Uint8Array(png) };
      }),
    async printPdf(html) {
      // A window the diagram page opens shares its renderer, whose fonts and layout are already
      // warm: a page of its own would start a renderer first (about 0.3 s of a cold export here).
      // Opening takes turns with drawings, so each print gets its own window.
      const page = await inTurn(async () => {
        const opener = await diagramPage;
        const [popup] = await Promise.all([opener.waitForEvent('popup'), opener.evaluate(() => void window.open('about:blank', '_blank'))]);
        return popup;
      });
      try {
        await page.setContent(html, { waitUntil: 'load' });
        const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true, outline: true });
        return new Uint8Array(pdf);
      } finally {
        await page.close();
      }
    },
    async close() {
      await browser.close();
    },
  };
}

let shared: Promise<ExportBrowser> | undefined;

/**
 * The server's Chromium: launched on the first export, reused by later ones, and
 * launched again if it went away.
 */
export function sharedExportBrowser(): Promise<ExportBrowser> {
  if (shared === undefined) {
    const launching = launchExportBrowser();
    shared = launching;
    launching.catch(() => {
      if (shared === launching) shared = undefined;
    });
  }
  return shared;
}

/** Forgets the shared browser after a failure, so the next export launches a fresh one. */
export async function discardSharedExportBrowser(): Promise<void> {
  const current = shared;
  shared = undefined;
  if (current !== undefined) await current.then((browser) => browser.close()).catch(() => undefined);
}
