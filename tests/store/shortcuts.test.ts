import { describe, expect, test } from 'vitest';
import { UI_DICTIONARIES } from '../../src/core/i18n';
import { displayKeys, findShortcut, SHORTCUTS, type KeyPress, type ShortcutActions } from '../../src/store/shortcuts';

const press = (key: string, code: string, modifiers: Partial<KeyPress> = {}): KeyPress => ({
  key,
  code,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  shiftKey: false,
  ...modifiers,
});

describe('SHORTCUTS', () => {
  test('ids are unique and every label exists in both languages', () => {
    expect(new Set(SHORTCUTS.map((shortcut) => shortcut.id)).size).toBe(SHORTCUTS.length);
    for (const shortcut of SHORTCUTS) {
      expect(UI_DICTIONARIES.en[shortcut.labelKey], shortcut.id).toBeTruthy();
      expect(UI_DICTIONARIES['pt-BR'][shortcut.labelKey], shortcut.id).toBeTruthy();
    }
  });

  test('no two shortcuts share a key combination', () => {
    const keys = SHORTCUTS.flatMap((shortcut) => shortcut.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  test('every stage has its own shortcut, each going to its stage', () => {
    const visited: number[] = [];
    const actions = { goToStep: (index: number) => visited.push(index) } as unknown as ShortcutActions;
    for (const digit of ['1', '2', '3', '4']) findShortcut(press(digit, `Digit${digit}`, { altKey: true }), { typing: true, mac: false })?.run(actions);
    expect(visited).toEqual([0, 1, 2, 3]);
  });
});

describe('findShortcut', () => {
  test('Alt combinations match the physical key, so ⌥+1 on a Mac (which types "¡") still works', () => {
    expect(findShortcut(press('¡', 'Digit1', { altKey: true }), { typing: false, mac: true })?.id).toBe('step-1');
    expect(findShortcut(press('ñ', 'KeyN', { altKey: true }), { typing: false, mac: true })?.id).toBe('next-step');
  });

  test('Mod is Ctrl on Windows and Linux, ⌘ on a Mac', () => {
    expect(findShortcut(press('z', 'KeyZ', { ctrlKey: true }), { typing: true, mac: false })?.id).toBe('undo');
    expect(findShortcut(press('z', 'KeyZ', { metaKey: true }), { typing: true, mac: true })?.id).toBe('undo');
    expect(findShortcut(press('z', 'KeyZ', { metaKey: true }), { typing: true, mac: false })).toBeUndefined();
    expect(findShortcut(press('Z', 'KeyZ', { ctrlKey: true, shiftKey: true }), { typing: true, mac: false })?.id).toBe('redo');
    expect(findShortcut(press('y', 'KeyY', { ctrlKey: true }), { typing: true, mac: false })?.id).toBe('redo');
  });

  test('a plain key belongs to the text field while typing; Alt and Mod combinations still work there', () => {
    expect(findShortcut(press('?', 'Slash', { shiftKey: true }), { typing: false, mac: false })?.id).toBe('help');
    expect(findShortcut(press('?', 'Slash', { shiftKey: true }), { typing: true, mac: false })).toBeUndefined();
    expect(findShortcut(press('h', 'KeyH', { altKey: true }), { typing: true, mac: false })?.id).toBe('help');
  });

  test('extra modifiers do not match', () => {
    expect(findShortcut(press('1', 'Digit1', { altKey: true, ctrlKey: true }), { typing: false, mac: false })).toBeUndefined();
    expect(findShortcut(press('N', 'KeyN', { altKey: true, shiftKey: true }), { typing: false, mac: false })?.id).toBe('new-customer');
    expect(findShortcut(press('a', 'KeyA'), { typing: false, mac: false })).toBeUndefined();
  });
});

describe('displayKeys', () => {
  test('spells the keys for the platform', () => {
    expect(displayKeys('Mod+Shift+Z', false)).toBe('Ctrl+Shift+Z');
    expect(displayKeys('Mod+Shift+Z', true)).toBe('⌘+Shift+Z');
    expect(displayKeys('Alt+1', true)).toBe('⌥+1');
  });
});
