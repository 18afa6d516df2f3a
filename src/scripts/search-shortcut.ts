/** The parts of a KeyboardEvent the shortcut looks at, so it can be tested without a DOM. */
export interface ShortcutKey {
  readonly key: string;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly altKey: boolean;
  readonly shiftKey?: boolean;
  readonly isComposing?: boolean;
  readonly defaultPrevented?: boolean;
}

/** The parts of an event target that tell whether someone is typing into it. */
export interface TypingTarget {
  readonly tagName?: string;
  readonly isContentEditable?: boolean;
  readonly type?: string;
}

const NON_TEXT_INPUTS = new Set(['button', 'checkbox', 'radio', 'range', 'color', 'file', 'image', 'reset', 'submit']);

/** True when keys typed at `target` would land in an editable field. */
export function isTypingTarget(target: unknown): boolean {
  if (target === null || typeof target !== 'object') return false;
  const { tagName, isContentEditable, type } = target as TypingTarget;
  if (isContentEditable === true) return true;
  const tag = tagName?.toUpperCase();
  if (tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && !NON_TEXT_INPUTS.has((type ?? 'text').toLowerCase());
}

/**
 * Ctrl+K (Cmd+K on a Mac) opens search from anywhere; `/` opens it only when the
 * person is not typing, so a slash in a form field stays a slash.
 */
export function isSearchShortcut(event: ShortcutKey, target: unknown): boolean {
  if (event.defaultPrevented || event.isComposing) return false;
  if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'k') return true;
  return event.key === '/' && !event.ctrlKey && !event.metaKey && !event.altKey && !isTypingTarget(target);
}
