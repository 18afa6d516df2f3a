import type { Mermaid } from 'mermaid';
import type { DiagramNode } from '../../core/diagram/mermaid';
import { iconSvg, suffixIconIds, type IconSet } from './icon-subset';

/**
 * Draws the core's Mermaid text in the browser. Mermaid and the logo subset are
 * loaded by dynamic import the first time a diagram is drawn, so they never weigh
 * on the wizard's first load, and are loaded only on this page.
 */

interface Renderer {
  readonly mermaid: Mermaid;
  readonly icons: IconSet;
}

let loading: Promise<Renderer> | undefined;

const LIGHT_THEME = {
  background: '#ffffff',
  primaryColor: '#eef4fb',
  primaryTextColor: '#17202a',
  primaryBorderColor: '#0b57a4',
  lineColor: '#4b5764',
  textColor: '#17202a',
  clusterBkg: '#f6f8fa',
  clusterBorder: '#9aa7b4',
  titleColor: '#17202a',
  edgeLabelBackground: '#ffffff',
};

const DARK_THEME = {
  background: '#10151b',
  primaryColor: '#243040',
  primaryTextColor: '#e7edf3',
  primaryBorderColor: '#8cc4ff',
  lineColor: '#a8b5c2',
  textColor: '#e7edf3',
  clusterBkg: '#19212a',
  clusterBorder: '#3a4756',
  titleColor: '#e7edf3',
  edgeLabelBackground: '#10151b',
  darkMode: true,
};

/** Marks the start of the Mermaid download, so the bench can tell the JS before it from Mermaid's own. */
export const MERMAID_IMPORT_MARK = 'lakewise:mermaid-import-start';

function loadRenderer(): Promise<Renderer> {
  if (loading === undefined) {
    performance.mark(MERMAID_IMPORT_MARK);
    loading = Promise.all([import('mermaid'), import('./aws-icons.json')]).then(([mermaidModule, iconsModule]) => {
      const mermaid = mermaidModule.default;
      const dark = window.matchMedia('(prefers-color-scheme: dark)').matches;
      mermaid.initialize({
        startOnLoad: false,
        // Strict: labels are sanitised and click callbacks are off; node links are added below as plain <a>.
        securityLevel: 'strict',
        // Mermaid 12 defaults to ELK, a 450 KB (gzip) download and several times slower to lay out; dagre ships with the flowchart.
        layout: 'dagre',
        // Classic shapes, as in the exported drawings: the default "neo" look adds a CSS drop shadow
        // to every node, which a PDF can only hold as a bitmap.
        look: 'classic',
        // The site's own colours, so node text, edge labels and layer boxes keep WCAG AA contrast in both schemes.
        theme: 'base',
        themeVariables: dark ? DARK_THEME : LIGHT_THEME,
        fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", "Liberation Sans", Arial, sans-serif',
        // HTML labels: Mermaid turns the core's `#60;`-style codes back into characters only in HTML labels.
        flowchart: { htmlLabels: true, curve: 'basis', padding: 8, nodeSpacing: 30, rankSpacing: 40, diagramPadding: 4 },
      });
      return { mermaid, icons: iconsModule.default as IconSet };
    });
    loading.catch(() => {
      loading = undefined;
    });
  }
  return loading;
}

const SVG_NS = 'http://www.w3.org/2000/svg';
const ICON_SIZE = 22;

/** The Mermaid node id of a rendered node group (`data-id`, or the id Mermaid writes as `…flowchart-<node>-<n>`). */
function nodeIdOf(group: Element): string | undefined {
  const dataId = group.getAttribute('data-id');
  if (dataId !== null) return dataId;
  return /flowchart-(.+)-\d+$/.exec(group.id)?.[1];
}

/** Where a node links to; its accessible name is its visible text (service and role). */
export interface NodeLink {
  readonly href: string;
}

export interface RenderOptions {
  /** Unique per render, a valid element id. */
  readonly renderId: string;
  /** True once a newer drawing was asked for: a queued render that is no longer wanted is skipped. */
  readonly superseded: () => boolean;
  readonly nodes: readonly DiagramNode[];
  readonly linkFor: (node: DiagramNode) => NodeLink;
}

/**
 * Mermaid keeps one diagram's parse state in module globals, so two renders that
 * overlap mix their nodes. Renders therefore run one after another, and a render
 * that a newer one has superseded while it waited is skipped.
 */
let queue: Promise<unknown> = Promise.resolve();

/**
 * Renders `text` into `container`, replacing what was there only once the new
 * drawing is ready, then gives each node its logo and turns it into a link to the
 * service's playbook card (a real SVG `<a>`: clickable, focusable, announced).
 * Resolves to false when the render was skipped as superseded.
 */
export function renderDiagram(container: HTMLElement, text: string, options: RenderOptions): Promise<boolean> {
  const job = queue.then(async () => {
    if (options.superseded()) return false;
    await draw(container, text, options);
    return true;
  });
  queue = job.catch(() => undefined);
  return job;
}

async function draw(container: HTMLElement, text: string, options: RenderOptions): Promise<void> {
  const { mermaid, icons } = await loadRenderer();
  const started = performance.now();
  const { svg } = await mermaid.render(options.renderId, text);
  // Measures the bench reads: Mermaid's own layout and drawing, then ours (logos, links, swap).
  performance.measure('lakewise:mermaid-render', { start: started });
  const decorating = performance.now();
  const template = document.createElement('template');
  template.innerHTML = svg;
  const drawing = template.content.querySelector('svg');
  if (drawing === null) throw new Error('Mermaid returned no SVG');
  const byNodeId = new Map(options.nodes.map((node) => [node.nodeId, node]));
  drawing.querySelectorAll('g.node').forEach((group, index) => {
    const nodeId = nodeIdOf(group);
    const node = nodeId === undefined ? undefined : byNodeId.get(nodeId);
    if (node === undefined) return;
    group.setAttribute('data-node-id', node.nodeId);
    const link = options.linkFor(node);
    const anchor = document.createElementNS(SVG_NS, 'a');
    anchor.setAttribute('href', link.href);
    anchor.setAttribute('class', 'wz-diagram__link');
    group.replaceWith(anchor);
    anchor.append(group);
    // Outside the node group: Mermaid's stylesheet paints every path inside a node with the node's fill.
    if (node.icon !== undefined) addIcon(anchor, group, icons, node.icon, `${options.renderId}-${index}`);
  });
  container.replaceChildren(drawing);
  performance.measure('lakewise:diagram-decorate', { start: decorating });
}

function addIcon(anchor: Element, group: Element, icons: IconSet, name: string, suffix: string): void {
  const icon = iconSvg(icons, name);
  const shape = group.querySelector('rect, path, polygon');
  if (icon === undefined || !(shape instanceof SVGGraphicsElement)) return;
  const box = readBox(shape);
  if (box === undefined) return;
  const place = document.createElementNS(SVG_NS, 'g');
  const transform = group.getAttribute('transform');
  if (transform !== null) place.setAttribute('transform', transform);
  place.setAttribute('aria-hidden', 'true');
  const badge = document.createElementNS(SVG_NS, 'svg');
  badge.setAttribute('x', String(box.x - ICON_SIZE / 3));
  badge.setAttribute('y', String(box.y - ICON_SIZE / 3));
  badge.setAttribute('width', String(ICON_SIZE));
  badge.setAttribute('height', String(ICON_SIZE));
  badge.setAttribute('viewBox', icon.viewBox);
  badge.setAttribute('class', 'wz-diagram__icon');
  badge.innerHTML = suffixIconIds(icon.body, suffix);
  place.append(badge);
  anchor.append(place);
}

function readBox(shape: SVGGraphicsElement): { x: number; y: number } | undefined {
  const x = Number(shape.getAttribute('x'));
  const y = Number(shape.getAttribute('y'));
  if (shape.tagName === 'rect' && Number.isFinite(x) && Number.isFinite(y) && shape.hasAttribute('x')) return { x, y };
  const width = Number(shape.getAttribute('width'));
  const height = Number(shape.getAttribute('height'));
  if (Number.isFinite(width) && Number.isFinite(height) && width > 0) return { x: -width / 2, y: -height / 2 };
  return undefined;
}
