import { describe, expect, test } from 'vitest';
import { fillMessage, parseExcerpt } from '../../src/scripts/search-excerpt';

describe('parseExcerpt', () => {
  test('splits a Pagefind excerpt into plain and highlighted runs', () => {
    expect(parseExcerpt('a lake turns into a <mark>swamp.</mark> Nobody <mark>knows</mark>')).toEqual([
      { text: 'a lake turns into a ', marked: false },
      { text: 'swamp.', marked: true },
      { text: ' Nobody ', marked: false },
      { text: 'knows', marked: true },
    ]);
  });

  test('turns the page text Pagefind escaped back into literal characters, never into tags', () => {
    const parts = parseExcerpt('write &lt;script&gt;alert(1)&lt;/script&gt; &amp; <mark>"quotes"</mark>');
    expect(parts).toEqual([
      { text: 'write <script>alert(1)</script> &amp; ', marked: false },
      { text: '"quotes"', marked: true },
    ]);
  });

  test('keeps any markup other than <mark> as text', () => {
    expect(parseExcerpt('<b>bold</b><mark><img src=x></mark>')).toEqual([
      { text: '<b>bold</b>', marked: false },
      { text: '<img src=x>', marked: true },
    ]);
  });
});

describe('fillMessage', () => {
  test('inserts values once, without re-reading slots inside them', () => {
    expect(fillMessage('{count} results for “{query}”.', { count: 2, query: '{count} <b>' })).toBe('2 results for “{count} <b>”.');
  });
});
