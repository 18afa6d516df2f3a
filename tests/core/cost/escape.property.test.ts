import fc from 'fast-check';
// marked comes with mermaid; it stands in for GitHub and editors that render the Markdown.
import { marked } from 'marked';
import { describe, expect, test } from 'vitest';
import { escapeMarkdown, escapeMarkdownInline } from '../../../src/core/cost/escape';
import { htmlDocument } from '../../export/dom';

/**
 * Text built from what Markdown reads as syntax, digits and a few letters. Web addresses are
 * left out: GFM renderers turn them into links on purpose, each with its own idea of where
 * the address ends.
 */
const markdownish = fc.string({
  unit: fc.constantFrom(...'ab1209 .,;:)(-+=#>*_`[]|~\\<&!/\n\r'.split(''), '1. ', '&amp;', '    '),
  maxLength: 40,
});

/** What a line of the text shows once rendered: breaks flattened, ends trimmed. */
const shown = (text: string) => text.replace(/[\r\n]+/g, ' ').trim();

function render(markdown: string): Document {
  return htmlDocument(marked.parse(markdown, { async: false }));
}

describe('estimate Markdown escapes (property)', () => {
  test('any text in a table cell renders as itself, in one cell', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        const page = render(`| a | b |\n| --- | --- |\n| ${escapeMarkdownInline(text)} | end |\n`);
        const cells = [...page.querySelectorAll('tbody td')];
        expect(cells.map((cell) => cell.textContent)).toEqual([shown(text), 'end']);
        expect(cells[0]!.children).toHaveLength(0);
      }),
      { numRuns: 500 },
    );
  });

  test('any text as a list item renders as itself, in one item with no block inside', () => {
    fc.assert(
      fc.property(markdownish, (text) => {
        fc.pre(shown(text) !== '');
        const page = render(`- ${escapeMarkdown(text)}\n`);
        const items = page.querySelectorAll('li');
        expect(items).toHaveLength(1);
        expect(items[0]!.querySelector('ul, ol, h1, h2, h3, h4, h5, h6, pre, blockquote, hr, table, p')).toBeNull();
        expect(items[0]!.textContent?.trim()).toBe(shown(text));
      }),
      { numRuns: 500 },
    );
  });
});
