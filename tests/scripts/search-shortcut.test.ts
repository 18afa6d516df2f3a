import { describe, expect, test } from 'vitest';
import { isSearchShortcut, isTypingTarget } from '../../src/scripts/search-shortcut';

const key = (key: string, modifiers: Partial<{ ctrlKey: boolean; metaKey: boolean; altKey: boolean; shiftKey: boolean }> = {}) => ({
  key,
  ctrlKey: false,
  metaKey: false,
  altKey: false,
  shiftKey: false,
  ...modifiers,
});
const body = { tagName: 'BODY' };
const textInput = { tagName: 'INPUT', type: 'text' };

describe('isSearchShortcut', () => {
  test('Ctrl+K and Cmd+K open search anywhere, even in a text field', () => {
    expect(isSearchShortcut(key('k', { ctrlKey: true }), body)).toBe(true);
    expect(isSearchShortcut(key('K', { metaKey: true }), textInput)).toBe(true);
  });

  test('/ opens search only when the person is not typing', () => {
    expect(isSearchShortcut(key('/'), body)).toBe(true);
    expect(isSearchShortcut(key('/'), { tagName: 'INPUT', type: 'checkbox' })).toBe(true);
    expect(isSearchShortcut(key('/'), textInput)).toBe(false);
    expect(isSearchShortcut(key('/'), { tagName: 'TEXTAREA' })).toBe(false);
    expect(isSearchShortcut(key('/'), { tagName: 'DIV', isContentEditable: true })).toBe(false);
  });

  test('ignores other keys, other modifiers, composition and handled events', () => {
    expect(isSearchShortcut(key('k'), body)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, shiftKey: true }), body)).toBe(false);
    expect(isSearchShortcut(key('k', { ctrlKey: true, altKey: true }), body)).toBe(false);
    expect(isSearchShortcut({ ...key('/'), isComposing: true }, body)).toBe(false);
    expect(isSearchShortcut({ ...key('k', { ctrlKey: true }), defaultPrevented: true }, body)).toBe(false);
  });
});

describe('isTypingTarget', () => {
  test('treats inputs without a type as text and non-elements as not typing', () => {
    expect(isTypingTarget({ tagName: 'input' })).toBe(true);
    expect(isTypingTarget({ tagName: 'SELECT' })).toBe(true);
    expect(isTypingTarget(null)).toBe(false);
    expect(isTypingTarget('INPUT')).toBe(false);
  });
});
