/**
 * What the deck does with a key press, and where a deep link points. Pure functions:
 * the deck script feeds them DOM facts and applies the result, so the rules are
 * tested without a browser.
 */

export type DeckCommand = 'next' | 'previous' | 'first' | 'last' | 'reveal' | 'fullscreen' | 'speaker' | 'zoom';

export interface DeckShortcut {
  readonly command: DeckCommand;
  /** `KeyboardEvent.key` values. Presentation clickers send PageDown / PageUp (some send arrows). */
  readonly keys: readonly string[];
}

/** One table for the key handler and the on-screen help alike. */
export const DECK_SHORTCUTS: readonly DeckShortcut[] = [
  { command: 'next', keys: ['ArrowRight', 'ArrowDown', 'PageDown', ' ', 'Spacebar'] },
  { command: 'previous', keys: ['ArrowLeft', 'ArrowUp', 'PageUp'] },
  { command: 'first', keys: ['Home'] },
  { command: 'last', keys: ['End'] },
  { command: 'reveal', keys: ['a', 'A'] },
  { command: 'fullscreen', keys: ['f', 'F'] },
  { command: 'speaker', keys: ['s', 'S'] },
  { command: 'zoom', keys: ['z', 'Z'] },
];

/** Where keyboard focus was when the key was pressed. */
export type FocusKind = 'text-entry' | 'button-or-link' | 'other';

export interface KeyFacts {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly focus: FocusKind;
}

const byKey = new Map(DECK_SHORTCUTS.flatMap((shortcut) => shortcut.keys.map((key) => [key, shortcut.command] as const)));
/** Keys a focused button or link already acts on; taking them would break keyboard use of the controls. */
const ACTIVATION_KEYS = new Set([' ', 'Spacebar', 'Enter']);

/**
 * The deck command for a key press, or `undefined` to leave the key to the browser:
 * typing in a field, browser shortcuts (Ctrl/Cmd/Alt), and Space on a focused control.
 */
export function commandForKey(facts: KeyFacts): DeckCommand | undefined {
  if (facts.ctrlKey || facts.metaKey || facts.altKey) return undefined;
  if (facts.focus === 'text-entry') return undefined;
  if (facts.focus === 'button-or-link' && ACTIVATION_KEYS.has(facts.key)) return undefined;
  return byKey.get(facts.key);
}

/** The slide index a movement command leads to, kept inside the deck. */
export function moveIndex(command: 'next' | 'previous' | 'first' | 'last', index: number, count: number): number {
  if (count <= 0) throw new RangeError('a deck needs at least one slide');
  const last = count - 1;
  switch (command) {
    case 'next':
      return Math.min(index + 1, last);
    case 'previous':
      return Math.max(index - 1, 0);
    case 'first':
      return 0;
    case 'last':
      return last;
  }
}

export interface SlideRequest {
  /** Index of the slide to show. */
  readonly index: number;
  /** The requested id when it names no slide (the deck then starts at the first one). */
  readonly unknown?: string;
}

function decode(value: string): string {
  try {
    return decodeURIComponent(value);
  } catch {
    return value;
  }
}

/**
 * The slide a URL asks for: `?slide=<id>` wins over `#<id>`, since a language switch
 * or a shared link may carry both and the query is the explicit one.
 */
export function requestedSlide(slideIds: readonly string[], url: { readonly search: string; readonly hash: string }): SlideRequest {
  const fromQuery = new URLSearchParams(url.search).get('slide');
  const fromHash = url.hash.startsWith('#') ? decode(url.hash.slice(1)) : '';
  const wanted = fromQuery ?? (fromHash === '' ? undefined : fromHash);
  if (wanted === undefined || wanted === '') return { index: 0 };
  const index = slideIds.indexOf(wanted);
  return index === -1 ? { index: 0, unknown: wanted } : { index };
}

/**
 * The URL of the same page showing `slideId`: the hash names the slide and a stale
 * `?slide=` is dropped, so the address bar and every copied link agree.
 */
export function urlForSlide(href: string, slideId: string): string {
  const url = new URL(href);
  url.searchParams.delete('slide');
  url.hash = slideId;
  return url.toString();
}

/** A path on this site (another locale's deck, the speaker window) opened on `slideId`. */
export function pathForSlide(pathname: string, slideId: string): string {
  return `${pathname}#${encodeURIComponent(slideId)}`;
}
