import { describe, expect, test } from 'vitest';
import { adoptState, deckChannelName, parseDeckMessage, sameState, toggleRevealed } from '../../src/components/training/deck-sync';

describe('parseDeckMessage', () => {
  test('reads state and hello messages', () => {
    expect(parseDeckMessage({ kind: 'hello', from: 'a' })).toEqual({ kind: 'hello', from: 'a' });
    expect(parseDeckMessage({ kind: 'state', from: 'a', state: { slideId: 'x', revealed: ['check-y'] } })).toEqual({
      kind: 'state',
      from: 'a',
      state: { slideId: 'x', revealed: ['check-y'] },
    });
  });

  test('ignores anything else on the channel', () => {
    for (const data of [null, 'next', 42, {}, { kind: 'hello' }, { kind: 'state', from: 'a' }, { kind: 'state', from: 'a', state: { slideId: 3, revealed: [] } }, { kind: 'state', from: 'a', state: { slideId: 'x', revealed: [1] } }, { kind: 'goto', from: 'a' }, { kind: 'hello', from: '' }]) {
      expect(parseDeckMessage(data), JSON.stringify(data)).toBeUndefined();
    }
  });
});

describe('adoptState', () => {
  const ids = ['a', 'b', 'check-c'];

  test('takes a known slide and keeps only known revealed answers', () => {
    expect(adoptState(ids, { slideId: 'b', revealed: ['check-c', 'check-zzz'] })).toEqual({ slideId: 'b', revealed: ['check-c'] });
  });

  test('ignores a slide this window does not have', () => {
    expect(adoptState(ids, { slideId: 'zzz', revealed: [] })).toBeUndefined();
  });
});

describe('toggleRevealed and sameState', () => {
  test('toggle an answer and compare states regardless of reveal order', () => {
    const start = { slideId: 'check-c', revealed: ['check-a'] };
    const shown = toggleRevealed(start, 'check-c');
    expect(shown.revealed).toEqual(['check-a', 'check-c']);
    expect(toggleRevealed(shown, 'check-c')).toEqual(start);
    expect(sameState(shown, { slideId: 'check-c', revealed: ['check-c', 'check-a'] })).toBe(true);
    expect(sameState(shown, start)).toBe(false);
    expect(sameState(start, { slideId: 'b', revealed: ['check-a'] })).toBe(false);
  });

  test('one channel per module, shared by both locales', () => {
    expect(deckChannelName('data-lifecycle')).toBe('lakewise-training:data-lifecycle');
  });
});
