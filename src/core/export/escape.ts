/**
 * The escapes for the two markup formats exports write besides Markdown (core/text)
 * and CSV (core/cost): one function per format, and customer text reaches HTML or
 * XML through nothing else.
 */

const HTML_ENTITIES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Text for an HTML text node or a quoted attribute value: it stays text, whatever
 * it holds (`<script>`, `&amp;`, quotes). Line breaks and bidirectional text pass
 * as they are; the page decides how to show them.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => HTML_ENTITIES[char]!);
}

/**
 * Characters XML 1.0 cannot carry at all (C0 controls other than tab and line
 * breaks, U+FFFE/U+FFFF, lone surrogates): dropped, since no entity can encode them.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const XML_ENTITIES: Readonly<Record<string, string>> = { ...HTML_ENTITIES, "'": '&apos;', '\t': '&#9;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Text for an XML attribute value or text node. Tab and line breaks are written as
 * character references because an XML parser turns literal ones inside attributes
 * into spaces; that keeps a two-line draw.io label on two lines.
 */
export function escapeXml(text: string): string {
  return text.replace(NOT_XML, '').replace(/[&<>"'\t\n\r]/g, (char) => XML_ENTITIES[char]!);
}
