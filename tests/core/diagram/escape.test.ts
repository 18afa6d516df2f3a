import { describe, expect, test } from 'vitest';
import { parseAnswersOrThrow } from '../../../src/core/answers/parse';
import { recommend } from '../../../src/core/architecture/recommend';
import { escapeMermaid, truncateText } from '../../../src/core/diagram/escape';
import { MAX_TITLE_NAME_CHARS, toMermaid } from '../../../src/core/diagram/mermaid';
import { loadMermaid } from './mermaid-parser';

const HOSTILE = {
  quotes: 'ACME "Quoted" \'single\'',
  brackets: 'a[b]{c}(d)<e>|f|',
  comment: '%% not a comment %%{init: {"theme":"dark"}}%%',
  arrow: 'x --> y -.-> z ==> w',
  html: '<img src=x onerror=alert(1)><script>alert(1)</script>&amp;',
  emoji: '😀 Café ☕ 👩🏽‍💻',
  entities: '#quot; #35; #9829;',
  lines: 'line one\nline two\r\n\tend',
  styleTrap: 'style node fill:#f00;',
  backticks: '`markdown` **bold**',
} as const;

describe('escapeMermaid', () => {
  test('codes every character that means something to Mermaid, and nothing in plain words', () => {
    expect(escapeMermaid('Supermercado São João 2024, filial 3/4 (norte)')).toBe('Supermercado São João 2024, filial 3/4 (norte)');
    expect(escapeMermaid(HOSTILE.quotes)).toBe("ACME #34;Quoted#34; 'single'");
    expect(escapeMermaid(HOSTILE.brackets)).toBe('a#91;b#93;#123;c#125;(d)#60;e#62;#124;f#124;');
    expect(escapeMermaid('%%')).toBe('#37;#37;');
    expect(escapeMermaid('-->')).toBe('--#62;');
    expect(escapeMermaid('<b>')).toBe('#60;b#62;');
    expect(escapeMermaid('😀')).toBe('#128512;');
    expect(escapeMermaid('#quot;')).toBe('#35;quot#59;');
    expect(escapeMermaid('a\nb')).toBe('a#10;b');
    expect(escapeMermaid('style:#f00;')).toBe('style#58;#35;f00#59;');
  });

  test('leaves no character that could close the label, open a comment, or start markup', () => {
    for (const value of Object.values(HOSTILE)) {
      expect(escapeMermaid(value).replace(/#\d+;/g, '')).not.toMatch(/["%<>|[\]{}`\n\r\t;:#]/);
    }
  });

  test('escapes a 10,000-character name in full', () => {
    const long = 'Ω"'.repeat(5_000);
    const escaped = escapeMermaid(long);
    expect(escaped).toBe('Ω#34;'.repeat(5_000));
  });
});

describe('truncateText', () => {
  test('keeps short text and cuts long text on a code point, never inside an emoji', () => {
    expect(truncateText('short', 10)).toBe('short');
    expect(truncateText('😀😀😀😀', 3)).toBe('😀😀…');
    expect(Array.from(truncateText('x'.repeat(10_000), MAX_TITLE_NAME_CHARS))).toHaveLength(MAX_TITLE_NAME_CHARS);
  });
});

describe('customer text in the diagram', () => {
  const model = recommend(parseAnswersOrThrow({ schemaVersion: 2, sources: { kinds: ['relational-databases'] }, consumers: { kinds: ['bi-dashboards'] } }));

  test.each(Object.entries(HOSTILE))('a customer name with %s parses with Mermaid and cannot add nodes or edges', async (_kind, name) => {
    const mermaid = await loadMermaid();
    const plain = toMermaid(model, { locale: 'en', customerName: 'Plain' }).text;
    const hostile = toMermaid(model, { locale: 'en', customerName: name }).text;
    await expect(mermaid.parse(hostile)).resolves.toBeTruthy();
    expect(hostile.split('\n')).toHaveLength(plain.split('\n').length);
    expect(hostile.split('\n').slice(1).filter((line) => !line.includes('subgraph architecture'))).toEqual(plain.split('\n').slice(1).filter((line) => !line.includes('subgraph architecture')));
  });

  test('a 10,000-character name is shortened for the title, escaped, and still parses', async () => {
    const mermaid = await loadMermaid();
    const name = `${'"<%%-->'.repeat(1_428)}😀😀😀😀`;
    expect(Array.from(name)).toHaveLength(10_000);
    const text = toMermaid(model, { locale: 'pt-BR', customerName: name }).text;
    await expect(mermaid.parse(text)).resolves.toBeTruthy();
    const title = /subgraph architecture\["(.*)"\]/.exec(text)![1]!;
    expect(title).toBe(`${'#34;#60;#37;#37;--#62;'.repeat(11)}#34;#60;#8230; #183; arquitetura recomendada`);
    expect(text.length).toBeLessThan(10_000);
  });
});
