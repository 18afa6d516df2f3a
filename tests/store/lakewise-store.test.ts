import { describe, expect, test } from 'vitest';
import { emptyAnswers, EDIT_COALESCE_MS, HISTORY_LIMIT } from '../../src/store/answers-slice';
import { createLakewiseStore, type LakewiseStore } from '../../src/store/lakewise-store';
import { checkPricing } from '../../src/store/pricing-check';
import { DEFAULT_PRICING_SETTINGS } from '../../src/store/pricing-settings';

/** A store with a clock the test moves by hand, so grouping of keystrokes is deterministic. */
function freshStore(locale: 'en' | 'pt-BR' = 'en'): { store: LakewiseStore; tick: (ms: number) => void } {
  let now = 1_000_000;
  const store = createLakewiseStore({ locale, checkPricing, now: () => now });
  return { store, tick: (ms) => (now += ms) };
}

describe('createLakewiseStore', () => {
  test('starts with nothing said, the conversation in the page language and default pricing', () => {
    const { store } = freshStore('pt-BR');
    const state = store.getState();
    expect(state.answers).toEqual(emptyAnswers('pt-BR'));
    expect(state.answers.locale).toBe('pt-BR');
    expect(state.answers.sources.kinds).toEqual([]);
    expect(state.pricing).toEqual(DEFAULT_PRICING_SETTINGS);
    expect(state.past).toEqual([]);
    expect(state.stepIndex).toBe(0);
    expect(state.callMode).toBe(false);
  });

  test('holds only answers, pricing settings, history and UI state: nothing derived', () => {
    const { store } = freshStore();
    const data = Object.entries(store.getState())
      .filter(([, value]) => typeof value !== 'function')
      .map(([key]) => key)
      .sort();
    expect(data).toEqual([
      'answers',
      'callMode',
      'confirmingNewCustomer',
      'future',
      'helpOpen',
      'lastEdit',
      'notice',
      'past',
      'pricing',
      'stepCount',
      'stepIndex',
    ]);
  });
});

describe('setAnswer', () => {
  test('stores the normalised value: text trimmed, blank text and undefined mean unknown', () => {
    const { store } = freshStore();
    expect(store.getState().setAnswer('opportunity.customerName', '  Mercado Azul ')).toEqual({ ok: true });
    expect(store.getState().answers.opportunity.customerName).toBe('Mercado Azul');
    store.getState().setAnswer('opportunity.customerName', undefined);
    expect(store.getState().answers.opportunity).not.toHaveProperty('customerName');
  });

  test('refuses a value the schema rejects, names the field and changes nothing', () => {
    const { store } = freshStore();
    store.getState().setAnswer('volume.dailyIngestGb', 40);
    const before = store.getState().answers;
    const result = store.getState().setAnswer('volume.dailyIngestGb', -5);
    expect(result).toEqual({ ok: false, message: 'volume.dailyIngestGb: expected a number ≥ 0, received -5', problem: { kind: 'too-small', min: 0, inclusive: true } });
    expect(store.getState().answers).toBe(before);
  });

  test('refuses "Nothing yet" combined with another platform', () => {
    const { store } = freshStore();
    const result = store.getState().setAnswer('estate.existing', ['none', 'kafka']);
    expect(result.ok).toBe(false);
    expect(store.getState().answers.estate.existing).toEqual([]);
  });

  test('setting the value already stored adds no undo step', () => {
    const { store, tick } = freshStore();
    store.getState().setAnswer('freshness', 'hourly');
    tick(EDIT_COALESCE_MS * 2);
    store.getState().setAnswer('freshness', 'hourly');
    expect(store.getState().past).toHaveLength(1);
  });
});

describe('undo and redo', () => {
  test('keystrokes in one field within a moment are one undo step', () => {
    const { store, tick } = freshStore();
    for (const text of ['M', 'Me', 'Mer', 'Merc']) {
      store.getState().setAnswer('opportunity.customerName', text);
      tick(EDIT_COALESCE_MS / 4);
    }
    expect(store.getState().past).toHaveLength(1);
    store.getState().undo();
    expect(store.getState().answers.opportunity.customerName).toBeUndefined();
  });

  test('a pause, or another field, starts a new undo step', () => {
    const { store, tick } = freshStore();
    store.getState().setAnswer('volume.dailyIngestGb', 4);
    tick(EDIT_COALESCE_MS + 1);
    store.getState().setAnswer('volume.dailyIngestGb', 40);
    store.getState().setAnswer('volume.retainedHistoryGb', 8000);
    expect(store.getState().past).toHaveLength(3);
    store.getState().undo();
    expect(store.getState().answers.volume).toEqual({ dailyIngestGb: 40 });
    store.getState().undo();
    expect(store.getState().answers.volume).toEqual({ dailyIngestGb: 4 });
  });

  test('redo replays what undo took back; a new edit drops the redo list', () => {
    const { store, tick } = freshStore();
    store.getState().setAnswer('sources.kinds', ['iot']);
    tick(EDIT_COALESCE_MS + 1);
    store.getState().setPricing('freeTier', true);
    store.getState().undo();
    expect(store.getState().pricing.freeTier).toBe(false);
    expect(store.getState().future).toHaveLength(1);
    store.getState().redo();
    expect(store.getState().pricing.freeTier).toBe(true);
    store.getState().undo();
    store.getState().setAnswer('freshness', 'hourly');
    expect(store.getState().future).toEqual([]);
    store.getState().redo();
    expect(store.getState().pricing.freeTier).toBe(false);
  });

  test('undo with no history and redo with nothing undone do nothing', () => {
    const { store } = freshStore();
    const before = store.getState().answers;
    store.getState().undo();
    store.getState().redo();
    expect(store.getState().answers).toBe(before);
  });

  test(`keeps at most ${HISTORY_LIMIT} undo steps`, () => {
    const { store, tick } = freshStore();
    for (let index = 0; index < HISTORY_LIMIT + 20; index += 1) {
      store.getState().setAnswer('volume.dailyIngestGb', index);
      tick(EDIT_COALESCE_MS + 1);
    }
    expect(store.getState().past).toHaveLength(HISTORY_LIMIT);
  });
});

describe('pricing settings', () => {
  test('an override is checked by the cost model and can be removed again', () => {
    const { store } = freshStore();
    expect(store.getState().setOverride('eventsPerSecond', '500')).toEqual({ ok: true });
    expect(store.getState().pricing.overrides).toEqual({ eventsPerSecond: '500' });
    const refused = store.getState().setOverride('redshiftActiveHoursPerDay', '30');
    expect(refused).toEqual({ ok: false, message: 'expected a number ≤ 24, received 30', problem: { kind: 'too-large', max: 24 } });
    expect(store.getState().pricing.overrides).toEqual({ eventsPerSecond: '500' });
    store.getState().setOverride('eventsPerSecond', undefined);
    expect(store.getState().pricing.overrides).toEqual({});
  });

  test('a sizing preset the cost model does not know is refused', () => {
    const { store } = freshStore();
    const result = store.getState().setPricing('preset', 'huge');
    expect(result).toEqual({
      ok: false,
      message: 'pricing: preset: expected one of small, medium, large, received "huge"',
      problem: { kind: 'not-an-option', options: ['small', 'medium', 'large'] },
    });
    expect(store.getState().pricing.preset).toBe('medium');
    expect(store.getState().setPricing('preset', 'large')).toEqual({ ok: true });
  });

  test('the exchange rate is kept as typed and removed with undefined', () => {
    const { store } = freshStore();
    store.getState().setPricing('exchangeRate', { brlPerUsd: '5.40', date: '2026-11-20' });
    expect(store.getState().pricing.exchangeRate).toEqual({ brlPerUsd: '5.40', date: '2026-11-20' });
    store.getState().setPricing('exchangeRate', undefined);
    expect(store.getState().pricing).not.toHaveProperty('exchangeRate');
  });
});

describe('replacing inputs', () => {
  test('a share link or example replaces everything in one undo step', () => {
    const { store } = freshStore();
    store.getState().setAnswer('opportunity.customerName', 'Before');
    const answers = { ...emptyAnswers('en'), freshness: 'hourly' as const };
    store.getState().replaceInputs({ answers, pricing: { ...DEFAULT_PRICING_SETTINGS, freeTier: true } });
    expect(store.getState().answers).toBe(answers);
    store.getState().undo();
    expect(store.getState().answers.opportunity.customerName).toBe('Before');
    expect(store.getState().pricing.freeTier).toBe(false);
  });

  test('restoring saved inputs starts with an empty history', () => {
    const { store } = freshStore();
    store.getState().setAnswer('freshness', 'hourly');
    store.getState().restoreInputs({ answers: emptyAnswers('en'), pricing: DEFAULT_PRICING_SETTINGS });
    expect(store.getState().past).toEqual([]);
    expect(store.getState().future).toEqual([]);
  });

  test('"new customer" asks first, then clears everything, and undo brings it back', () => {
    const { store } = freshStore('pt-BR');
    store.getState().setAnswer('opportunity.customerName', 'Banco Aurora');
    store.getState().setOverride('eventsPerSecond', '500');
    store.getState().goToStep(2);
    store.getState().requestNewCustomer();
    expect(store.getState().confirmingNewCustomer).toBe(true);
    expect(store.getState().answers.opportunity.customerName).toBe('Banco Aurora');
    store.getState().cancelNewCustomer();
    expect(store.getState().confirmingNewCustomer).toBe(false);

    store.getState().requestNewCustomer();
    store.getState().confirmNewCustomer();
    expect(store.getState().answers).toEqual(emptyAnswers('pt-BR'));
    expect(store.getState().pricing).toEqual(DEFAULT_PRICING_SETTINGS);
    expect(store.getState().stepIndex).toBe(0);
    expect(store.getState().notice?.messageKey).toBe('wizard.notice.cleared');
    store.getState().undo();
    expect(store.getState().answers.opportunity.customerName).toBe('Banco Aurora');
    expect(store.getState().pricing.overrides).toEqual({ eventsPerSecond: '500' });
  });
});

describe('UI state', () => {
  test('step moves stay within the steps', () => {
    const { store } = freshStore();
    store.getState().previousStep();
    expect(store.getState().stepIndex).toBe(0);
    store.getState().goToStep(99);
    expect(store.getState().stepIndex).toBe(3);
    store.getState().nextStep();
    expect(store.getState().stepIndex).toBe(3);
    store.getState().goToStep(1.7);
    expect(store.getState().stepIndex).toBe(1);
  });

  test('call mode, help and notices are plain switches', () => {
    const { store } = freshStore();
    store.getState().setCallMode(true);
    store.getState().setHelpOpen(true);
    store.getState().showNotice({ tone: 'error', messageKey: 'wizard.notice.shareDamaged', detail: 'share link: …' });
    expect(store.getState()).toMatchObject({ callMode: true, helpOpen: true, notice: { tone: 'error' } });
    store.getState().dismissNotice();
    expect(store.getState().notice).toBeNull();
  });
});
