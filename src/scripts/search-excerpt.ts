/** A run of excerpt text, highlighted when it matched the query. */
export interface ExcerptPart {
  readonly text: string;
  readonly marked: boolean;
}

/**
 * Pagefind 1.x escapes only `<` and `>` in page text before inserting `<mark>`
 * (`raw_content` in pagefind.js), so exactly those two are undone; an `&` is
 * already literal.
 */
export function unescapeExcerptText(text: string): string {
  return text.replaceAll('&lt;', '<').replaceAll('&gt;', '>');
}

/**
 * Splits a Pagefind excerpt (text with `<mark>` around matches) into plain
 * text runs. Only the exact `<mark>`/`</mark>` tags carry meaning; any other markup
 * is kept as literal text, so the caller can render every part with text nodes and
 * never needs innerHTML.
 */
export function parseExcerpt(excerpt: string): ExcerptPart[] {
  const parts: ExcerptPart[] = [];
  let marked = false;
  for (const token of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (token === '<mark>') marked = true;
    else if (token === '</mark>') marked = false;
    else if (token !== '') {
      const text = unescapeExcerptText(token);
      const last = parts.at(-1);
      if (last && last.marked === marked) parts[parts.length - 1] = { text: last.text + text, marked };
      else parts.push({ text, marked });
    }
  }
  return parts;
}

/** Fills `{name}` slots of a UI message with plain values; the result is text for textContent. */
export function fillMessage(template: string, values: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{([A-Za-z]+)\}/g, (slot, name: string) => (name in values ? String(values[name]) : slot));
}
