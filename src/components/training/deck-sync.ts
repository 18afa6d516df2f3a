/**
 * The messages audience and speaker windows exchange over a BroadcastChannel. Every
 * window sends its whole view state after each change, so a late or missed message
 * can never leave the windows half in step; a new window asks for the state first.
 */

export interface DeckViewState {
  readonly slideId: string;
  /** Knowledge-check slides whose answer is shown. */
  readonly revealed: readonly string[];
}

export type DeckMessage =
  | { readonly kind: 'state'; readonly from: string; readonly state: DeckViewState }
  | { readonly kind: 'hello'; readonly from: string };

/**
 * One channel per module, shared by both locales: slide ids are the same in every
 * locale, so a pt-BR audience window can follow an English speaker window.
 */
export function deckChannelName(module: string): string {
  return `lakewise-training:${module}`;
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

/** The message in `data`, or `undefined` for anything else on the channel (other versions, other tools). */
export function parseDeckMessage(data: unknown): DeckMessage | undefined {
  if (typeof data !== 'object' || data === null) return undefined;
  const message = data as Record<string, unknown>;
  if (typeof message.from !== 'string' || message.from === '') return undefined;
  if (message.kind === 'hello') return { kind: 'hello', from: message.from };
  if (message.kind !== 'state' || typeof message.state !== 'object' || message.state === null) return undefined;
  const state = message.state as Record<string, unknown>;
  if (typeof state.slideId !== 'string' || !isStringArray(state.revealed)) return undefined;
  return { kind: 'state', from: message.from, state: { slideId: state.slideId, revealed: [...state.revealed] } };
}

/**
 * Applies a received state to the slides this window has. A slide id this window
 * does not know (an older build in another tab) is ignored rather than guessed.
 */
export function adoptState(slideIds: readonly string[], incoming: DeckViewState): DeckViewState | undefined {
  if (!slideIds.includes(incoming.slideId)) return undefined;
  return { slideId: incoming.slideId, revealed: incoming.revealed.filter((id) => slideIds.includes(id)) };
}

export function sameState(a: DeckViewState, b: DeckViewState): boolean {
  return a.slideId === b.slideId && a.revealed.length === b.revealed.length && a.revealed.every((id) => b.revealed.includes(id));
}

/** Toggles whether a knowledge-check slide's answer is shown. */
export function toggleRevealed(state: DeckViewState, slideId: string): DeckViewState {
  const revealed = state.revealed.includes(slideId) ? state.revealed.filter((id) => id !== slideId) : [...state.revealed, slideId];
  return { ...state, revealed };
}
