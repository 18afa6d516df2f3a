import { describe, expect, test } from 'vitest';
import { escapeHtml, escapeXml } from '../../../src/core/export/escape';
import { htmlDocument, xmlDocument } from '../../export/dom';

describe('escapeHtml', () => {
  test('writes markup, ampersands and both quotes as entities', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'co'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;co&#39;');
  });

  test('leaves accents, right-to-left text, emoji and line breaks as they are', () => {
    expect(escapeHtml('Ação שלום مرحبا 😀\nlinha 2')).toBe('Ação שלום مرحبا 😀\nlinha 2');
  });

  test('text and attribute values read back unchanged in a browser parser', () => {
    const hostile = `"><img src=x onerror=alert(1)> &amp; ' =cmd|' /C calc'!A0`;
    const document = htmlDocument(`<p title="${escapeHtml(hostile)}">${escapeHtml(hostile)}</p>`);
    const paragraph = document.querySelector('p')!;
    expect(paragraph.textContent).toBe(hostile);
    expect(paragraph.getAttribute('title')).toBe(hostile);
    expect(document.querySelector('img')).toBeNull();
  });
});

describe('escapeXml', () => {
  test('writes markup and quotes as entities, and line breaks and tabs as character references', () => {
    expect(escapeXml(`a<b>&"c"'d'\te\nf\rg`)).toBe('a&lt;b&gt;&amp;&quot;c&quot;&apos;d&apos;&#9;e&#10;f&#13;g');
  });

  test('drops characters XML 1.0 cannot carry, keeping emoji pairs whole', () => {
    expect(escapeXml('a\u0000b\u0007c\u001Fd\uFFFEe\uD800f😀')).toBe('abcdef😀');
  });

  test('a line break inside an attribute survives a strict XML parser', () => {
    const value = 'first line\nsecond & <third> "quoted" \'single\'';
    const parsed = xmlDocument(`<cell value="${escapeXml(value)}"/>`);
    expect(parsed.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(parsed.documentElement.getAttribute('value')).toBe(value);
  });
});
