import type { UiKey } from '../core/i18n';

/**
 * Keyboard shortcuts as data: the help overlay lists them and one keydown handler
 * runs them, so a shortcut cannot exist without being documented.
 *
 * Keys are written `Mod+Shift+Z`: `Mod` is Ctrl (⌘ on a Mac), `Alt` is Alt (⌥).
 * Alt combinations match the physical key (`event.code`), because on a Mac ⌥+1
 * types "¡" and the `key` alone would never match.
 */

export interface ShortcutActions {
  goToStep(index: number): void;
  nextStep(): void;
  previousStep(): void;
  undo(): void;
  redo(): void;
  toggleCallMode(): void;
  share(): void;
  newCustomer(): void;
  toggleHelp(): void;
  openObjections(): void;
  switchLocale(): void;
}

export interface Shortcut {
  /** Stable kebab-case id. */
  readonly id: string;
  readonly labelKey: UiKey;
  /** Alternative key combinations; the first is the one shown. While the cursor is in a text field only combinations with Alt or Mod work. */
  readonly keys: readonly string[];
  run(actions: ShortcutActions): void;
}

const STEP_KEYS = ['Alt+1', 'Alt+2', 'Alt+3', 'Alt+4'] as const;
const STEP_LABELS: readonly UiKey[] = ['wizard.shortcut.step1', 'wizard.shortcut.step2', 'wizard.shortcut.step3', 'wizard.shortcut.step4'];

export const SHORTCUTS: readonly Shortcut[] = [
  ...STEP_KEYS.map((keys, index) => ({
    id: `step-${index + 1}`,
    labelKey: STEP_LABELS[index] as UiKey,
    keys: [keys],
    run: (actions: ShortcutActions) => actions.goToStep(index),
  })),
  { id: 'next-step', labelKey: 'wizard.shortcut.next', keys: ['Alt+N'], run: (actions) => actions.nextStep() },
  { id: 'previous-step', labelKey: 'wizard.shortcut.previous', keys: ['Alt+P'], run: (actions) => actions.previousStep() },
  { id: 'undo', labelKey: 'wizard.shortcut.undo', keys: ['Mod+Z'], run: (actions) => actions.undo() },
  { id: 'redo', labelKey: 'wizard.shortcut.redo', keys: ['Mod+Shift+Z', 'Mod+Y'], run: (actions) => actions.redo() },
  { id: 'call-mode', labelKey: 'wizard.shortcut.callMode', keys: ['Alt+C'], run: (actions) => actions.toggleCallMode() },
  { id: 'share', labelKey: 'wizard.shortcut.share', keys: ['Alt+S'], run: (actions) => actions.share() },
  { id: 'objections', labelKey: 'wizard.shortcut.objections', keys: ['Alt+O'], run: (actions) => actions.openObjections() },
  { id: 'switch-language', labelKey: 'wizard.shortcut.language', keys: ['Alt+L'], run: (actions) => actions.switchLocale() },
  { id: 'new-customer', labelKey: 'wizard.shortcut.newCustomer', keys: ['Alt+Shift+N'], run: (actions) => actions.newCustomer() },
  { id: 'help', labelKey: 'wizard.shortcut.help', keys: ['?', 'Alt+H'], run: (actions) => actions.toggleHelp() },
];

/** The parts of a keyboard event a shortcut reads. */
export interface KeyPress {
  readonly key: string;
  readonly code: string;
  readonly altKey: boolean;
  readonly ctrlKey: boolean;
  readonly metaKey: boolean;
  readonly shiftKey: boolean;
}

interface Combination {
  readonly mod: boolean;
  readonly alt: boolean;
  readonly shift: boolean;
  readonly key: string;
}

function parseCombination(keys: string): Combination {
  const parts = keys.split('+');
  const key = parts.pop() ?? '';
  return { mod: parts.includes('Mod'), alt: parts.includes('Alt'), shift: parts.includes('Shift'), key };
}

/** `event.code` of a letter or digit key, e.g. `KeyN`, `Digit1`. */
function codeOf(key: string): string | undefined {
  if (/^[A-Z]$/i.test(key)) return `Key${key.toUpperCase()}`;
  if (/^\d$/.test(key)) return `Digit${key}`;
  return undefined;
}

function matches(combination: Combination, press: KeyPress, mac: boolean, typing: boolean): boolean {
  // A plain key (or Shift+key) belongs to the text field the cursor is in.
  if (typing && !combination.alt && !combination.mod) return false;
  const modPressed = mac ? press.metaKey : press.ctrlKey;
  const otherMod = mac ? press.ctrlKey : press.metaKey;
  if (combination.mod !== modPressed || otherMod || combination.alt !== press.altKey) return false;
  const printable = combination.key.length === 1 && !/[a-z0-9]/i.test(combination.key);
  // "?" is typed with Shift on most layouts, so Shift is implied for printable symbols.
  if (!printable && combination.shift !== press.shiftKey) return false;
  if (combination.alt || combination.mod) {
    const code = codeOf(combination.key);
    if (code !== undefined) return press.code === code;
  }
  return press.key.toLowerCase() === combination.key.toLowerCase();
}

/**
 * The shortcut a key press runs, if any. `typing` is true while focus is in a text
 * field, where plain keys belong to the field.
 */
export function findShortcut(
  press: KeyPress,
  options: { readonly typing: boolean; readonly mac: boolean },
  shortcuts: readonly Shortcut[] = SHORTCUTS,
): Shortcut | undefined {
  return shortcuts.find((shortcut) => shortcut.keys.some((keys) => matches(parseCombination(keys), press, options.mac, options.typing)));
}

/** How a combination reads on this platform: `Ctrl+Shift+Z`, or `⌘+Shift+Z` on a Mac. */
export function displayKeys(keys: string, mac: boolean): string {
  return keys
    .split('+')
    .map((part) => (part === 'Mod' ? (mac ? '⌘' : 'Ctrl') : part === 'Alt' && mac ? '⌥' : part))
    .join('+');
}
