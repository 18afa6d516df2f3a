import { useState } from 'react';

/** Returned by a draft parser when the text is not (yet) a value. */
export const INVALID = Symbol('invalid');

/**
 * Text the person is typing, kept apart from the stored value: the store holds the
 * parsed value (trimmed text, a number), the input keeps exactly what was typed.
 * When the stored value changes from elsewhere (undo, a share link, a reset), the
 * input follows; when it changes because of this input, the typing is left alone.
 */
export function useDraft<Value>(stored: Value, toText: (value: Value) => string, fromText: (text: string) => Value | typeof INVALID) {
  const [draft, setDraft] = useState(() => toText(stored));
  const [seen, setSeen] = useState(stored);
  if (!Object.is(seen, stored)) {
    setSeen(stored);
    const parsed = fromText(draft);
    if (parsed === INVALID || !Object.is(parsed, stored)) setDraft(toText(stored));
  }
  return [draft, setDraft] as const;
}
