import { describe, expect, test } from 'vitest';
import { sanitizeTagValue, TAG_VALUE_MAX_LENGTH } from '../../src/infra/shared/tags';

describe('sanitizeTagValue', () => {
  test('keeps plain names, drops accents and turns everything else into single spaces', () => {
    expect(sanitizeTagValue('Mercado Sol Varejo')).toBe('Mercado Sol Varejo');
    expect(sanitizeTagValue('Ação & Cia. São João')).toBe('Acao Cia. Sao Joao');
    expect(sanitizeTagValue('<script>alert("x")</script>')).toBe('script alert x /script');
    expect(sanitizeTagValue("Robert'); DROP TABLE x;--")).toBe('Robert DROP TABLE x --');
    expect(sanitizeTagValue('line\nbreak\ttab %% --> ]]')).toBe('line break tab --');
  });

  test('only ever returns the characters every AWS service accepts in a tag value, at most 255 of them', () => {
    for (const input of ['🚀🚀🚀', '日本語の会社', 'x'.repeat(10_000), '\u0000\u001b[31mred', 'a@b.com:+=/_-.']) {
      const value = sanitizeTagValue(input);
      expect(value).toMatch(/^[A-Za-z0-9 /_.:=+@-]+$/);
      expect(value.length).toBeLessThanOrEqual(TAG_VALUE_MAX_LENGTH);
    }
  });

  test('falls back when nothing printable is left', () => {
    expect(sanitizeTagValue('🚀 日本')).toBe('unnamed');
    expect(sanitizeTagValue('', 'unnamed opportunity')).toBe('unnamed opportunity');
  });
});
