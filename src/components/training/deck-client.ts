import { commandForKey, moveIndex, pathForSlide, requestedSlide, urlForSlide, type DeckCommand, type FocusKind } from './deck-navigation';
import { adoptState, parseDeckMessage, sameState, toggleRevealed, type DeckMessage, type DeckViewState } from './deck-sync';
import { readLocalRunResponse, type LocalRunView } from './local-run-response';
import { elapsedMs, formatElapsed, isOverTime, pauseTimer, startTimer, STOPPED_TIMER, type TimerState } from './speaker-timer';

/**
 * Browser side of the deck, speaker and handout pages. The pages render every slide
 * on the server; this script only decides which one shows, keeps windows in step
 * and draws the Mermaid diagrams. Rules live in the pure modules it imports.
 */

type Strings = Record<string, string>;

function readStrings(): Strings {
  const node = document.querySelector('script[data-deck-strings]');
  return node?.textContent ? (JSON.parse(node.textContent) as Strings) : {};
}

function format(strings: Strings, key: string, params: Record<string, string | number> = {}): string {
  const text = strings[key] ?? key;
  return text.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

function focusKind(element: Element | null): FocusKind {
  if (!(element instanceof HTMLElement)) return 'other';
  if (element.isContentEditable || element.matches('input, textarea, select')) return 'text-entry';
  if (element.matches('button, a[href], summary, [role="button"]')) return 'button-or-link';
  return 'other';
}

function newWindowId(): string {
  return typeof crypto !== 'undefined' && 'randomUUID' in crypto ? crypto.randomUUID() : `${Date.now()}-${Math.random()}`;
}

/**
 * Mermaid scopes a diagram's colours to its SVG's id (`#deck-diagram-3 .node rect {…}`),
 * so a copied diagram keeps them only under an id of its own, with its style rewritten
 * to match; without this the preview paints every node black.
 */
function renameDiagramIds(copy: HTMLElement): void {
  for (const svg of copy.querySelectorAll<SVGSVGElement>('svg[id^="deck-diagram-"]')) {
    const original = svg.id;
    const renamed = `${original}-preview`;
    svg.id = renamed;
    for (const style of svg.querySelectorAll('style')) style.textContent = (style.textContent ?? '').replaceAll(`#${original}`, `#${renamed}`);
  }
}

/** A copy of a slide for the speaker's preview: no ids that would clash with the slide's own, and nothing focusable. */
function previewOf(slide: HTMLElement): HTMLElement {
  const copy = slide.cloneNode(true) as HTMLElement;
  for (const element of [copy, ...copy.querySelectorAll<HTMLElement>('[id]:not(svg[id^="deck-diagram-"])')]) element.removeAttribute('id');
  renameDiagramIds(copy);
  for (const element of copy.querySelectorAll('[aria-labelledby], [aria-controls]')) {
    element.removeAttribute('aria-labelledby');
    element.removeAttribute('aria-controls');
  }
  copy.classList.add('is-preview');
  copy.classList.remove('is-current');
  copy.inert = true;
  return copy;
}

/** The smallest text a slide is shrunk to, relative to the deck's size, before it may scroll. */
const MIN_FIT_SCALE = 0.75;

/**
 * Shrinks the shown slide's text, in small steps, until the slide fits the stage
 * without scrolling: a slide written for 1920×1080 still fits a 1280×720 projector.
 * Slides that fit keep the deck's full size.
 */
function fitSlide(slide: HTMLElement, stage: HTMLElement): void {
  slide.style.removeProperty('font-size');
  for (let scale = 0.95; stage.scrollHeight > stage.clientHeight && scale >= MIN_FIT_SCALE - 0.001; scale -= 0.05) {
    slide.style.fontSize = `${scale.toFixed(2)}em`;
  }
}

let diagramsReady: Promise<void> = Promise.resolve();

/**
 * Mermaid colours taken from the site's own palette (global.css custom properties),
 * so diagrams keep the site's contrast in both colour schemes; Mermaid's stock dark
 * theme puts edge labels below WCAG AA.
 */
function siteThemeVariables(): Record<string, string> {
  const styles = getComputedStyle(document.documentElement);
  const color = (name: string) => styles.getPropertyValue(name).trim();
  return {
    background: color('--bg'),
    primaryColor: color('--surface-strong'),
    primaryTextColor: color('--text'),
    primaryBorderColor: color('--border'),
    secondaryColor: color('--surface'),
    tertiaryColor: color('--surface'),
    lineColor: color('--muted'),
    textColor: color('--text'),
    nodeTextColor: color('--text'),
    titleColor: color('--text'),
    edgeLabelBackground: color('--bg'),
    clusterBkg: color('--surface'),
    clusterBorder: color('--border'),
    fontFamily: styles.getPropertyValue('--font').trim() || 'system-ui, sans-serif',
  };
}

async function renderDiagrams(root: HTMLElement, strings: Strings): Promise<void> {
  const figures = [...root.querySelectorAll<HTMLElement>('[data-mermaid]')];
  if (figures.length === 0) return;
  // Mermaid is large; it is fetched only on pages that have a diagram, after the slides show.
  const { default: mermaid } = await import('mermaid');
  // dagre, as in the wizard and the exports: Mermaid 12 would otherwise fetch ELK (450 KB gzip) and lay the same architecture out differently.
  mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', layout: 'dagre', theme: 'base', themeVariables: siteThemeVariables() });
  for (const [index, figure] of figures.entries()) {
    const source = figure.querySelector('[data-mermaid-source]')?.textContent ?? '';
    const target = figure.querySelector<HTMLElement>('[data-mermaid-target]');
    if (!target) continue;
    try {
      const { svg } = await mermaid.render(`deck-diagram-${index}`, source);
      target.innerHTML = svg;
      figure.classList.add('is-rendered');
    } catch {
      target.textContent = format(strings, 'training.diagram.failed');
      figure.classList.add('is-failed');
    }
  }
}

function table(caption: string, headers: readonly string[], rows: readonly (readonly (string | number)[])[]): HTMLTableElement {
  const element = document.createElement('table');
  element.createCaption().textContent = caption;
  const headRow = element.createTHead().insertRow();
  for (const header of headers) {
    const cell = document.createElement('th');
    cell.scope = 'col';
    cell.textContent = header;
    headRow.append(cell);
  }
  const body = element.createTBody();
  for (const row of rows) {
    const line = body.insertRow();
    row.forEach((value, index) => {
      const cell = index === 0 ? document.createElement('th') : document.createElement('td');
      if (index === 0) (cell as HTMLTableCellElement).scope = 'row';
      cell.textContent = typeof value === 'number' ? value.toLocaleString(document.documentElement.lang) : value;
      line.append(cell);
    });
  }
  return element;
}

/** Shows a local-run outcome; every value goes in as text, never as markup. */
function paintLocalRun(output: HTMLElement, view: LocalRunView, strings: Strings): void {
  const paragraph = (text: string, className: string) => {
    const element = document.createElement('p');
    element.className = className;
    element.textContent = text;
    return element;
  };
  switch (view.kind) {
    case 'unavailable':
      output.replaceChildren(paragraph(format(strings, 'training.localRun.unavailable', { reason: view.reason }), 'local-run__message'));
      return;
    case 'failed':
      output.replaceChildren(paragraph(format(strings, 'training.localRun.failed', { message: view.message }), 'local-run__message local-run__message--error'));
      return;
    case 'busy':
      output.replaceChildren(paragraph(format(strings, 'training.localRun.busy'), 'local-run__message'));
      return;
    case 'report':
      output.replaceChildren(
        paragraph(format(strings, view.balanced ? 'training.localRun.balanced' : 'training.localRun.unbalanced'), view.balanced ? 'local-run__balanced' : 'local-run__message--error'),
        table(
          format(strings, 'training.localRun.datasetsCaption'),
          ['dataset', 'received', 'silver', 'quarantined'].map((key) => format(strings, `training.localRun.${key}`)),
          view.datasets.map((row) => [row.dataset, row.received, row.silverRows, row.quarantined]),
        ),
        table(
          format(strings, 'training.localRun.goldCaption'),
          ['gold', 'goldRows'].map((key) => format(strings, `training.localRun.${key}`)),
          view.gold.map((row) => [row.table, row.rows]),
        ),
      );
  }
}

function wireLocalRuns(root: HTMLElement, strings: Strings): void {
  for (const panel of root.querySelectorAll<HTMLElement>('[data-local-run]')) {
    const button = panel.querySelector<HTMLButtonElement>('[data-local-run-start]');
    const output = panel.querySelector<HTMLElement>('[data-local-run-result]');
    const answers = panel.querySelector('[data-local-run-answers]')?.textContent;
    if (!button || !output || !answers) continue;
    button.addEventListener('click', async () => {
      button.disabled = true;
      output.replaceChildren(document.createTextNode(format(strings, 'training.localRun.running')));
      try {
        const response = await fetch('/api/local-run/', {
          method: 'POST',
          headers: { 'content-type': 'application/json', accept: 'application/json' },
          // The route takes the answers file itself, exactly as `lakewise run-local` reads it.
          body: answers,
        });
        const body: unknown = await response.json().catch(() => undefined);
        paintLocalRun(output, readLocalRunResponse(response.status, body), strings);
      } catch (error) {
        paintLocalRun(output, readLocalRunResponse(0, { error: (error as Error).message }), strings);
      } finally {
        button.disabled = false;
      }
    });
  }
}

function startTimerView(root: HTMLElement, strings: Strings): void {
  const display = root.querySelector<HTMLElement>('[data-timer-display]');
  const toggle = root.querySelector<HTMLButtonElement>('[data-timer-toggle]');
  const reset = root.querySelector<HTMLButtonElement>('[data-timer-reset]');
  const planned = Number(root.dataset.plannedMinutes ?? '0');
  if (!display || !toggle || !reset) return;
  let timer: TimerState = startTimer(STOPPED_TIMER, performance.now());
  const paint = () => {
    const elapsed = elapsedMs(timer, performance.now());
    display.textContent = formatElapsed(elapsed);
    display.classList.toggle('is-over', planned > 0 && isOverTime(elapsed, planned));
    toggle.textContent = format(strings, timer.runningSince === undefined ? 'training.speaker.resume' : 'training.speaker.pause');
  };
  toggle.addEventListener('click', () => {
    const now = performance.now();
    timer = timer.runningSince === undefined ? startTimer(timer, now) : pauseTimer(timer, now);
    paint();
  });
  reset.addEventListener('click', () => {
    timer = timer.runningSince === undefined ? STOPPED_TIMER : startTimer(STOPPED_TIMER, performance.now());
    paint();
  });
  paint();
  window.setInterval(paint, 500);
}

function startPresenter(root: HTMLElement, strings: Strings): void {
  const mode = root.dataset.mode as 'audience' | 'speaker';
  const slides = [...root.querySelectorAll<HTMLElement>('[data-deck-slides] [data-slide-id]')];
  if (slides.length === 0) return;
  const ids = slides.map((slide) => slide.dataset.slideId!);
  const stage = root.querySelector<HTMLElement>('main');
  const status = root.querySelector<HTMLElement>('[data-deck-status]');
  const position = root.querySelector<HTMLElement>('[data-deck-position]');
  const notesPane = root.querySelector<HTMLElement>('[data-speaker-notes]');
  const nextPane = root.querySelector<HTMLElement>('[data-speaker-next]');
  const windowId = newWindowId();
  const channel = 'BroadcastChannel' in window && root.dataset.channel ? new BroadcastChannel(root.dataset.channel) : undefined;

  const request = requestedSlide(ids, window.location);
  // Read before the first paint rewrites the address to `#<slide>`.
  const explicit = request.unknown === undefined && (new URLSearchParams(window.location.search).has('slide') || window.location.hash.length > 1);
  let state: DeckViewState = { slideId: ids[request.index]!, revealed: [] };
  if (request.unknown !== undefined && status) status.textContent = format(strings, 'training.deck.notFound', { slide: request.unknown });

  const post = (message: DeckMessage) => channel?.postMessage(message);
  const shownSlide = () => slides[ids.indexOf(state.slideId)]!;

  const paintSpeakerPanes = (index: number) => {
    if (notesPane) {
      const notes = slides[index]!.querySelector('[data-slide-notes]');
      const copy = notes ? (notes.cloneNode(true) as HTMLElement) : undefined;
      copy?.querySelector('.slide-notes__label')?.remove();
      notesPane.replaceChildren(...(copy ? [...copy.childNodes] : []));
    }
    if (nextPane) {
      const next = slides[index + 1];
      if (next) nextPane.replaceChildren(previewOf(next));
      else {
        const end = document.createElement('p');
        end.className = 'speaker__end';
        end.textContent = format(strings, 'training.speaker.end');
        nextPane.replaceChildren(end);
      }
    }
  };

  const paint = (announce: boolean) => {
    const index = ids.indexOf(state.slideId);
    const focusWasInHiddenSlide = slides.some((slide, i) => i !== index && slide.contains(document.activeElement));
    slides.forEach((slide, i) => {
      const current = i === index;
      slide.classList.toggle('is-current', current);
      if (slide.hasAttribute('data-check')) {
        const revealed = state.revealed.includes(slide.dataset.slideId!);
        slide.classList.toggle('is-revealed', revealed);
        const answer = slide.querySelector<HTMLElement>('[data-check-answer]');
        if (answer) answer.hidden = !revealed;
        const button = slide.querySelector<HTMLButtonElement>('[data-deck-reveal]');
        if (button) {
          button.setAttribute('aria-expanded', String(revealed));
          button.textContent = (revealed ? button.dataset.labelHide : button.dataset.labelReveal) ?? button.textContent;
        }
      }
    });
    for (const zoomed of root.querySelectorAll('.deck-diagram.is-zoomed')) zoomed.classList.remove('is-zoomed');
    root.dataset.currentSlide = state.slideId;
    const total = ids.length;
    if (position) position.textContent = format(strings, 'training.deck.position', { current: index + 1, total });
    if (status && announce) {
      status.textContent = format(strings, 'training.deck.slideLabel', { current: index + 1, total, title: slides[index]!.dataset.slideTitle ?? '' });
    }
    history.replaceState(history.state, '', urlForSlide(window.location.href, state.slideId));
    for (const link of root.querySelectorAll<HTMLAnchorElement>('a[hreflang], [data-deck-speaker-link], [data-deck-audience-link]')) {
      link.href = pathForSlide(new URL(link.href).pathname, state.slideId);
    }
    if (mode === 'speaker') paintSpeakerPanes(index);
    else if (stage) fitSlide(slides[index]!, stage);
    if (focusWasInHiddenSlide) stage?.focus({ preventScroll: true });
  };

  const apply = (next: DeckViewState, { broadcast }: { broadcast: boolean }) => {
    if (sameState(state, next)) return;
    state = next;
    paint(true);
    if (broadcast) post({ kind: 'state', from: windowId, state });
  };

  const revealCurrent = (slideId = state.slideId) => {
    const slide = slides[ids.indexOf(slideId)];
    if (slide?.hasAttribute('data-check')) apply(toggleRevealed(state, slideId), { broadcast: true });
  };

  const openSpeaker = () => {
    const link = root.querySelector<HTMLAnchorElement>('[data-deck-speaker-link]');
    if (link) window.open(link.href, link.target);
  };

  const toggleFullscreen = () => {
    if (document.fullscreenElement) void document.exitFullscreen();
    else void document.documentElement.requestFullscreen?.();
  };

  const run = (command: DeckCommand) => {
    switch (command) {
      case 'next':
      case 'previous':
      case 'first':
      case 'last': {
        const index = moveIndex(command, ids.indexOf(state.slideId), ids.length);
        apply({ slideId: ids[index]!, revealed: state.revealed }, { broadcast: true });
        return;
      }
      case 'reveal':
        revealCurrent();
        return;
      case 'fullscreen':
        toggleFullscreen();
        return;
      case 'speaker':
        if (mode === 'audience') openSpeaker();
        return;
      case 'zoom':
        // A slide shares its width with the text around the diagram; a room at the back
        // reads the boxes only when the diagram has the whole screen.
        if (mode === 'audience') shownSlide().querySelector('.deck-diagram.is-rendered')?.classList.toggle('is-zoomed');
        return;
    }
  };

  document.addEventListener('keydown', (event) => {
    // Keys pressed in the search dialog belong to it, not to the slides behind it.
    if (event.defaultPrevented || event.isComposing || document.querySelector('dialog[open]')) return;
    const command = commandForKey({ key: event.key, ctrlKey: event.ctrlKey, metaKey: event.metaKey, altKey: event.altKey, focus: focusKind(document.activeElement) });
    if (!command) return;
    event.preventDefault();
    run(command);
  });
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-deck-command]')) {
    button.addEventListener('click', () => run(button.dataset.deckCommand as DeckCommand));
  }
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-deck-reveal]')) {
    button.addEventListener('click', () => revealCurrent(button.closest<HTMLElement>('[data-slide-id]')?.dataset.slideId));
  }
  // A presenter who clicks a control with the mouse goes on with the keyboard or a
  // clicker, so Space must turn the slide rather than press that control again. A
  // control reached with Tab keeps its focus (a keyboard press has `detail` 0).
  root.addEventListener('click', (event) => {
    if (event.detail === 0 || !(event.target instanceof Element) || !event.target.closest('button')) return;
    stage?.focus({ preventScroll: true });
  });
  window.addEventListener('hashchange', () => {
    const wanted = requestedSlide(ids, { search: '', hash: window.location.hash });
    if (wanted.unknown === undefined) apply({ slideId: ids[wanted.index]!, revealed: state.revealed }, { broadcast: true });
  });

  channel?.addEventListener('message', (event: MessageEvent) => {
    const message = parseDeckMessage(event.data);
    if (!message || message.from === windowId) return;
    if (message.kind === 'hello') {
      post({ kind: 'state', from: windowId, state });
      return;
    }
    const adopted = adoptState(ids, message.state);
    if (adopted) apply(adopted, { broadcast: false });
  });

  paint(false);
  if (mode === 'speaker') startTimerView(root, strings);
  // A window opened on an explicit slide leads; one opened plainly joins whatever the others show.
  if (explicit) post({ kind: 'state', from: windowId, state });
  else post({ kind: 'hello', from: windowId });
  void diagramsReady.then(() => {
    if (mode === 'speaker') paintSpeakerPanes(ids.indexOf(state.slideId));
    else if (stage) fitSlide(shownSlide(), stage);
  });
  if (mode === 'audience' && stage) {
    window.addEventListener('resize', () => fitSlide(shownSlide(), stage));
  }
  root.dataset.deckReady = 'true';
}

/** Entry point for the training pages' bundled script. */
export function startDeck(): void {
  const root = document.querySelector<HTMLElement>('[data-deck]');
  if (!root) return;
  const strings = readStrings();
  diagramsReady = renderDiagrams(root, strings).then(
    () => {
      root.dataset.diagramsReady = 'true';
    },
    () => {
      root.dataset.diagramsReady = 'failed';
    },
  );
  wireLocalRuns(root, strings);
  if (root.dataset.mode === 'handout') {
    root.querySelector('[data-handout-print]')?.addEventListener('click', () => window.print());
    root.dataset.deckReady = 'true';
    return;
  }
  startPresenter(root, strings);
}
