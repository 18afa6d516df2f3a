import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { commandForKey, DECK_SHORTCUTS, moveIndex, pathForSlide, requestedSlide, urlForSlide, type KeyFacts } from '../../src/components/training/deck-navigation';

const press = (key: string, overrides: Partial<KeyFacts> = {}) =>
  commandForKey({ key, ctrlKey: false, metaKey: false, altKey: false, focus: 'other', ...overrides });

describe('commandForKey', () => {
  test.each([
    ['ArrowRight', 'next'],
    [' ', 'next'],
    ['PageDown', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['a', 'reveal'],
    ['A', 'reveal'],
    ['f', 'fullscreen'],
    ['s', 'speaker'],
    ['z', 'zoom'],
    ['Z', 'zoom'],
  ])('%j moves the deck: %s', (key, command) => {
    expect(press(key)).toBe(command);
  });

  test('leaves typing, browser shortcuts and unknown keys to the browser', () => {
    expect(press('ArrowRight', { focus: 'text-entry' })).toBeUndefined();
    expect(press('a', { focus: 'text-entry' })).toBeUndefined();
    expect(press('ArrowRight', { ctrlKey: true })).toBeUndefined();
    expect(press('Home', { metaKey: true })).toBeUndefined();
    expect(press('ArrowLeft', { altKey: true })).toBeUndefined();
    expect(press('x')).toBeUndefined();
  });

  test('lets Space and Enter press a focused button, while clicker keys still move the deck', () => {
    expect(press(' ', { focus: 'button-or-link' })).toBeUndefined();
    expect(press('Enter', { focus: 'button-or-link' })).toBeUndefined();
    expect(press('PageDown', { focus: 'button-or-link' })).toBe('next');
    expect(press('ArrowLeft', { focus: 'button-or-link' })).toBe('previous');
  });

  test('gives every key one command', () => {
    const keys = DECK_SHORTCUTS.flatMap((shortcut) => shortcut.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('moveIndex', () => {
  test('stops at both ends', () => {
    expect(moveIndex('next', 4, 5)).toBe(4);
    expect(moveIndex('previous', 0, 5)).toBe(0);
    expect(moveIndex('first', 3, 5)).toBe(0);
    expect(moveIndex('last', 0, 5)).toBe(4);
    expect(() => moveIndex('next', 0, 0)).toThrow('a deck needs at least one slide');
  });

  test('always lands on a slide of the deck', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.array(fc.constantFrom('next', 'previous', 'first', 'last' as const), { maxLength: 50 }), (count, commands) => {
        let index = 0;
        for (const command of commands) {
          index = moveIndex(command, index, count);
          if (index < 0 || index >= count) return false;
        }
        return true;
      }),
    );
  });
});

describe('requestedSlide', () => {
  const ids = ['welcome', 'streaming-data', 'check-first'];

  test('reads #id and ?slide=, the query winning', () => {
    expect(requestedSlide(ids, { search: '', hash: '#streaming-data' })).toEqual({ index: 1 });
    expect(requestedSlide(ids, { search: '?slide=check-first', hash: '' })).toEqual({ index: 2 });
    expect(requestedSlide(ids, { search: '?slide=check-first', hash: '#streaming-data' })).toEqual({ index: 2 });
  });

  test('starts at the first slide with no request, and names an unknown one', () => {
    expect(requestedSlide(ids, { search: '', hash: '' })).toEqual({ index: 0 });
    expect(requestedSlide(ids, { search: '', hash: '#' })).toEqual({ index: 0 });
    expect(requestedSlide(ids, { search: '?slide=nope', hash: '' })).toEqual({ index: 0, unknown: 'nope' });
    expect(requestedSlide(ids, { search: '', hash: '#%E0%A4%A' })).toEqual({ index: 0, unknown: '%E0%A4%A' });
  });
});

describe('urlForSlide and pathForSlide', () => {
  test('put the slide in the hash and drop a stale ?slide=', () => {
    expect(urlForSlide('http://127.0.0.1:4321/en/training/data-lifecycle/?slide=welcome&x=1', 'batch-data')).toBe(
      'http://127.0.0.1:4321/en/training/data-lifecycle/?x=1#batch-data',
    );
    expect(pathForSlide('/pt-br/training/data-lifecycle/', 'batch-data')).toBe('/pt-br/training/data-lifecycle/#batch-data');
  });
});
