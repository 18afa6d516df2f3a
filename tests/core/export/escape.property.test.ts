import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { escapeHtml, escapeXml } from '../../../src/core/export/escape';
import { htmlDocument, xmlDocument } from '../../export/dom';

/** What XML 1.0 can hold: escapeXml drops the rest, so round trips compare against this. */
const xmlRepresentable = (text: string) => text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '');

describe('export escapes (property)', () => {
  test('any text escaped for XML parses strictly and reads back as itself, in attributes and text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (text) => {
        const xml = `<root a="${escapeXml(text)}">${escapeXml(text)}</root>`;
        const parsed = xmlDocument(xml);
        expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
        const expected = xmlRepresentable(text);
        expect(parsed.documentElement.getAttribute('a')).toBe(expected);
        // XML parsers turn a CR or CRLF written literally into LF; escaped as &#13; it stays.
        expect(parsed.documentElement.textContent).toBe(expected);
      }),
      { numRuns: 300 },
    );
  });

  test('any text escaped for HTML stays one text node', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
        const document = htmlDocument(`<!doctype html><div title="${escapeHtml(text)}">${escapeHtml(text)}</div>`);
        const div = document.querySelector('div')!;
        expect(div.children).toHaveLength(0);
        expect(div.getAttribute('title')).toBe(text.replace(/\r\n?/g, '\n').replace(/\u0000/g, '\uFFFD'));
      }),
      { numRuns: 200 },
    );
  });
});
