import { useEffect, useRef, useState } from 'react';
import { useWizard } from './context';
import { useDiagram } from './use-derived';

/**
 * When a redraw starts. A Mermaid render holds the main thread for a hundred
 * milliseconds or more, so a change of the architecture (other nodes) redraws right
 * after the browser has painted the input that caused it (the ticked box shows at
 * once), while a change that keeps the same nodes (typing the customer's name into
 * the title) waits for a pause, so typing never stalls. Answers that leave the text
 * as it was (most quantities) never redraw at all. Renders that pile up behind a
 * running one are skipped as superseded (mermaid-renderer.ts), so a burst of
 * changes costs one extra render, not one per change.
 */
export const RELABEL_DEBOUNCE_MS = 400;

/** Runs `callback` once the browser has painted the current frame; returns a cancel function. */
function afterNextPaint(callback: () => void): () => void {
  let timer: number | undefined;
  const frame = window.requestAnimationFrame(() => {
    timer = window.setTimeout(callback, 0);
  });
  return () => {
    window.cancelAnimationFrame(frame);
    if (timer !== undefined) window.clearTimeout(timer);
  };
}

/** Runs `callback` after `delay` ms; returns a cancel function. */
function after(delay: number, callback: () => void): () => void {
  const timer = window.setTimeout(callback, delay);
  return () => window.clearTimeout(timer);
}

const sameNodes = (a: readonly { nodeId: string }[], b: readonly { nodeId: string }[]) =>
  a.length === b.length && a.every((node, index) => node.nodeId === b[index]?.nodeId);

/**
 * Zoom steps for the drawing, as a share of its natural size. The drawing opens
 * fitted to the panel (the whole architecture at a glance); larger steps make the
 * panel scroll, and full screen gives a shared screen the whole width.
 */
const ZOOM_STEPS = [0.5, 0.75, 1, 1.25] as const;
const DEFAULT_ZOOM_INDEX = 1;

/** Sizes the drawn SVG: `fit` to the panel width, else a share of its natural width. */
function applyZoom(container: HTMLElement, zoom: number | 'fit'): void {
  const svg = container.querySelector('svg');
  const naturalWidth = svg?.viewBox.baseVal?.width;
  if (svg === null || svg === undefined || naturalWidth === undefined || naturalWidth === 0) return;
  svg.style.maxWidth = zoom === 'fit' ? '100%' : 'none';
  svg.style.width = zoom === 'fit' ? '100%' : `${Math.round(naturalWidth * zoom)}px`;
}

type DrawState = { readonly status: 'waiting' } | { readonly status: 'drawn' } | { readonly status: 'failed'; readonly message: string };

/**
 * The Mermaid diagram of the architecture; each node links to its service's playbook card.
 * `onSettled` follows every draw, whether it succeeded or failed.
 */
export function DiagramView({ onDrawn, onSettled }: { readonly onDrawn?: () => void; readonly onSettled?: () => void }) {
  const { tr, basePath } = useWizard();
  const diagram = useDiagram();
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<DrawState>({ status: 'waiting' });
  const [zoom, setZoom] = useState<number | 'fit'>('fit');
  const zoomRef = useRef(zoom);
  zoomRef.current = zoom;
  const sequence = useRef(0);
  // The model is recomputed on every answer, but most answers leave the drawing as it was: redraw on text changes only.
  const nodes = useRef(diagram.nodes);
  nodes.current = diagram.nodes;
  const drawnNodes = useRef<readonly { nodeId: string }[] | null>(null);
  const { text } = diagram;

  useEffect(() => {
    if (container.current !== null) applyZoom(container.current, zoom);
  }, [zoom]);
  const panel = useRef<HTMLElement>(null);
  const toggleFullScreen = () => {
    if (document.fullscreenElement !== null) void document.exitFullscreen();
    else void panel.current?.requestFullscreen?.();
  };
  const step = (direction: 1 | -1) => {
    const index = zoom === 'fit' ? DEFAULT_ZOOM_INDEX - direction : ZOOM_STEPS.indexOf(zoom as (typeof ZOOM_STEPS)[number]);
    const next = ZOOM_STEPS[Math.min(ZOOM_STEPS.length - 1, Math.max(0, index + direction))];
    if (next !== undefined) setZoom(next);
  };

  useEffect(() => {
    const element = container.current;
    if (element === null) return;
    const run = ++sequence.current;
    const relabelOnly = drawnNodes.current !== null && sameNodes(drawnNodes.current, nodes.current);
    const drawing = nodes.current;
    const draw = () => {
      import('./mermaid-renderer')
        .then(({ renderDiagram }) =>
          renderDiagram(element, text, {
            renderId: `wz-diagram-svg-${run}`,
            superseded: () => run !== sequence.current,
            nodes: drawing,
            linkFor: (node) => ({ href: `${basePath}services/${node.serviceId}/` }),
          }),
        )
        .then(
          (drawn) => {
            if (!drawn || run !== sequence.current) return;
            drawnNodes.current = drawing;
            applyZoom(element, zoomRef.current);
            setState({ status: 'drawn' });
            onDrawn?.();
            onSettled?.();
          },
          (error: unknown) => {
            if (run !== sequence.current) return;
            setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) });
            onSettled?.();
          },
        );
    };
    return relabelOnly ? after(RELABEL_DEBOUNCE_MS, draw) : afterNextPaint(draw);
  }, [text, basePath, onDrawn, onSettled]);

  return (
    <section className="wz-panel wz-diagram" aria-labelledby="wz-diagram-title" ref={panel}>
      <h2 className="wz-panel__title" id="wz-diagram-title">
        {tr('wizard.diagram.title')}
      </h2>
      <div className="wz-diagram__bar">
        <p className="wz-diagram__hint">{tr('wizard.diagram.hint')}</p>
        <div className="wz-diagram__zoom" role="group" aria-label={tr('wizard.diagram.zoom')}>
          <button type="button" className="wz-button wz-button--small" onClick={() => step(-1)} aria-label={tr('wizard.diagram.zoomOut')}>
            −
          </button>
          <button type="button" className="wz-button wz-button--small" onClick={() => setZoom('fit')} aria-pressed={zoom === 'fit'}>
            {tr('wizard.diagram.fit')}
          </button>
          <button type="button" className="wz-button wz-button--small" onClick={() => step(1)} aria-label={tr('wizard.diagram.zoomIn')}>
            +
          </button>
          <button type="button" className="wz-button wz-button--small" onClick={toggleFullScreen}>
            {tr('wizard.diagram.fullScreen')}
          </button>
        </div>
      </div>
      <div className="wz-diagram__canvas" ref={container} data-diagram-state={state.status} aria-busy={state.status === 'waiting'} />
      {state.status === 'waiting' ? <p className="wz-diagram__status">{tr('wizard.diagram.drawing')}</p> : null}
      {state.status === 'failed' ? (
        <p className="wz-diagram__status" role="alert">
          {tr('wizard.diagram.failed', { detail: state.message })}
        </p>
      ) : null}
      <details className="wz-diagram__source wz-seller-only">
        <summary>{tr('wizard.diagram.source')}</summary>
        <pre tabIndex={0} aria-label={tr('wizard.diagram.source')}>
          <code>{diagram.text}</code>
        </pre>
      </details>
    </section>
  );
}
