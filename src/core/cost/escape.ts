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
 * Text inside a Markdown table cell or paragraph: Markdown punctuation and HTML are shown
 * literally, pipes cannot split a cell, and line breaks become spaces.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\r\n]+/g, ' ')
    .replace(/[\\`*_[\]|~]/g, (char) => `\\${char}`)
    .replace(/[<>&]/g, (char) => (char === '<' ? '&lt;' : char === '>' ? '&gt;' : '&amp;'))
    .replace(/^(\s*)([#+\-=]|\d+[.)])/, '$1\\$2');
}

/** Plain-text table cells: control characters (terminal escapes) are dropped, breaks flattened. */
export function escapePlainText(text: string): string {
  return text.replace(/[\r\n\t]+/g, ' ').replace(/[\u0000-\u001f\u007f-\u009f]/g, '');
}
