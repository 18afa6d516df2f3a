/**
 * One escape function per output format the estimate is written in. User text (component
 * labels from the customer's answers) passes through these and nothing else.
 */

const FORMULA_TRIGGERS = /^[=+\-@\t\r]/;

/**
 * A CSV field per RFC 4180, safe to open in a spreadsheet: text a spreadsheet would run as a
 * formula (`=cmd|' /C calc'!A0`, `+`, `-`, `@`, tab, CR) gets a leading apostrophe (OWASP CSV
 * injection guidance); fields with a comma, quote or line break are quoted, quotes doubled.
 */
export function escapeCsvField(value: string): string {
  const safe = FORMULA_TRIGGERS.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function csvRow(fields: readonly string[]): string {
  return fields.map(escapeCsvField).join(',');
}

/**
 * Text inside a Markdown line that something else starts (a table cell, or after `- ` or `## `):
 * inline markup and HTML are shown literally, pipes cannot split a cell, and line breaks become
 * spaces. A GFM table cell holds inline content only, so no block can start in it and text such
 * as `3.600 GB` or `1. place` is left as written.
 */
export function escapeMarkdownInline(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
    .replace(/[<>&]/g, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&amp;'));
}

/**
 * Text that begins a Markdown block (a paragraph, a list item's content or a heading's): as
 * {@link escapeMarkdownInline}, and what would open another block at its start is escaped too.
 * CommonMark reads an ordered-list marker only as 1–9 digits, `.` or `)`, then a space or the
 * end, and its escape goes before the punctuation (`1\.`), so `3.600 GB` needs none. Leading
 * spaces are dropped because four of them would start a code block; Markdown would not show
 * them anyway.
 */
export function escapeMarkdown(text: string): string {
  return escapeMarkdownInline(text)
    .replace(/^\s+/, '')
    .replace(/^[#+\-=]/, (char) => `\\${char}`)
    .replace(/^(\d{1,9})([.)])(?=\s|$)/, '$1\\$2');
}

/** Plain-text table cells: control characters (terminal escapes) are dropped, breaks flattened. */
export function escapePlainText(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}
