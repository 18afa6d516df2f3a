/** Characters with a meaning somewhere in CommonMark or GitHub Flavored Markdown inline text. */
const MARKDOWN_PUNCTUATION = /[\\`*_{}[\]()#+\-.!|~:]/g;
const HTML = /[&<>"]/g;
const HTML_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

/**
 * The one escape for text a person typed that goes into Markdown (a heading, a
 * list item or a table cell): it stays literal text. Markdown punctuation is
 * backslash-escaped, HTML is written as entities, and line breaks become spaces
 * so the text cannot start a new block.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n\t\u2028\u2029]+/g, ' ')
    .replace(HTML, (char) => HTML_ENTITIES[char]!)
    .replace(MARKDOWN_PUNCTUATION, (char) => `\\${char}`);
}
