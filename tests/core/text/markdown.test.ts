import { describe, expect, test } from 'vitest';
import { escapeMarkdown } from '../../../src/core/text/markdown';

describe('escapeMarkdown', () => {
  test('leaves plain words alone', () => {
    expect(escapeMarkdown('Supermercado São João')).toBe('Supermercado São João');
  });

  test('backslash-escapes every Markdown marker so it prints literally', () => {
    expect(escapeMarkdown('**bold** _it_ `code` [link](http://x) # h | cell | ~~s~~ 1. - + !')).toBe(
      '\\*\\*bold\\*\\* \\_it\\_ \\`code\\` \\[link\\]\\(http\\://x\\) \\# h \\| cell \\| \\~\\~s\\~\\~ 1\\. \\- \\+ \\!',
    );
  });

  test('writes HTML as entities', () => {
    expect(escapeMarkdown('<script>alert("x")</script> & co')).toBe('&lt;script&gt;alert\\(&quot;x&quot;\\)&lt;/script&gt; &amp; co');
  });

  test('folds line breaks so customer text cannot open a new block or heading', () => {
    expect(escapeMarkdown('ACME\n# Injected heading\r\n---\n> quote')).toBe('ACME \\# Injected heading \\-\\-\\- &gt; quote');
  });

  test('keeps emoji and long names intact', () => {
    const long = '😀'.repeat(10_000);
    expect(escapeMarkdown(long)).toBe(long);
  });
});
