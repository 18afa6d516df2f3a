/**
 * Characters that pass into a quoted Mermaid label as they are: letters and
 * digits of any script (so Portuguese stays readable), spaces and punctuation
 * with no meaning inside `"…"`. Everything else, including `"`, `#`, `%`, `<`,
 * `>`, `|`, `[`, `]`, `{`, `}`, `;`, `:`, `` ` ``, line breaks and emoji, becomes a
 * Mermaid entity code (`#34;`), which Mermaid turns back into the character
 * only when it draws the text. `:` and `;` are coded because Mermaid's entity
 * pre-pass rewrites `style…:…#…;` sequences anywhere in the source.
 */
const SAFE = /^[\p{L}\p{M}\p{N} .,_/()'+?!-]$/u;

/**
 * The one escape for text inside a Mermaid label (node, edge or subgraph title).
 * The result is always safe between double quotes: no input can end the label,
 * start a comment, add an edge or inject HTML.
 */
export function escapeMermaid(text: string): string {
  let out = '';
  for (const char of text) {
    out += SAFE.test(char) ? char : `#${char.codePointAt(0)};`;
  }
  return out;
}

/** Shortens text to `maxChars` code points (never splitting an emoji), marking the cut with "…". */
export function truncateText(text: string, maxChars: number): string {
  const chars = Array.from(text);
  return chars.length <= maxChars ? text : `${chars.slice(0, maxChars - 1).join('')}…`;
}
