import { describe, expect, test } from 'vitest';
import { createLakewiseStore } from '../../src/store/lakewise-store';
import { persistStore, readStored, STORAGE_KEY } from '../../src/store/persistence';
import { checkPricing } from '../../src/store/pricing-check';

/** Local storage as a plain map; `failWith` makes every write throw like a full quota. */
function memoryStorage(failWith?: Error) {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => {
      if (failWith) throw failWith;
      items.set(key, value);
    },
  };
}

describe('persistStore and readStored', () => {
  test('every change is written at once and reads back as the same inputs and step', () => {
    const storage = memoryStorage();
    const store = createLakewiseStore({ locale: 'en', checkPricing });
    const stop = persistStore(store, storage);
    store.getState().setAnswer('opportunity.customerName', 'Rota Sul');
    store.getState().setOverride('eventsPerSecond', '500');
    store.getState().goToStep(2);
    store.getState().setCallMode(true);
    const stored = readStored(storage, checkPricing);
    expect(stored).toEqual({
      ok: true,
      inputs: { answers: store.getState().answers, pricing: store.getState().pricing },
      ui: { stepIndex: 2, callMode: true },
    });
    stop();
    store.getState().setAnswer('opportunity.customerName', 'After stop');
    const after = readStored(storage, checkPricing);
    expect(after?.ok && after.inputs.answers.opportunity.customerName).toBe('Rota Sul');
  });

  test('writes what the store holds as soon as it starts, such as an example applied at start-up', () => {
    const storage = memoryStorage();
    const store = createLakewiseStore({ locale: 'en', checkPricing });
    store.getState().setAnswer('freshness', 'hourly');
    persistStore(store, storage);
    const stored = readStored(storage, checkPricing);
    expect(stored?.ok && stored.inputs.answers.freshness).toBe('hourly');
  });

  test('UI changes that are not persisted do not write', () => {
    const storage = memoryStorage();
    const store = createLakewiseStore({ locale: 'en', checkPricing });
    persistStore(store, storage);
    const written = storage.items.get(STORAGE_KEY);
    storage.items.clear();
    store.getState().setHelpOpen(true);
    store.getState().showNotice({ tone: 'info', messageKey: 'wizard.notice.cleared' });
    expect(written).toBeDefined();
    expect(storage.items.size).toBe(0);
  });

  test('nothing saved yet reads as undefined', () => {
    expect(readStored(memoryStorage(), checkPricing)).toBeUndefined();
  });

  test.each([
    ['not JSON', '{"format":1,', 'saved answers: not valid JSON', undefined],
    ['another format', '{"format":7}', 'saved answers: format 7 is not one this Lakewise reads (1)', undefined],
    [
      'bad answers',
      '{"format":1,"answers":{"schemaVersion":2,"consumers":{"dashboardUsers":2.5}}}',
      'saved answers: consumers.dashboardUsers: expected a whole number ≥ 0, received 2.5',
      [{ path: ['answers', 'consumers', 'dashboardUsers'], problem: { kind: 'not-whole' } }],
    ],
    [
      'bad override',
      '{"format":1,"answers":{"schemaVersion":2},"pricing":{"overrides":{"nope":"1"}}}',
      'saved pricing settings: overrides.nope: unknown usage key',
      [{ path: ['pricing', 'overrides', 'nope'], problem: { kind: 'unknown-fields', keys: ['nope'] } }],
    ],
  ])('a stored copy with %s is reported, not loaded', (_case, raw, message, issues) => {
    const storage = memoryStorage();
    storage.items.set(STORAGE_KEY, raw);
    const stored = readStored(storage, checkPricing);
    expect(stored).toMatchObject({ ok: false, message });
    // The wizard words these in the page's language; a copy it cannot even read has none.
    expect(stored?.ok === false ? stored.issues?.map(({ path, problem }) => ({ path, problem })) : 'loaded').toEqual(issues);
  });

  test('a storage that refuses writes is reported once per failure streak', () => {
    const storage = memoryStorage(new Error('QuotaExceededError'));
    const store = createLakewiseStore({ locale: 'en', checkPricing });
    const errors: unknown[] = [];
    persistStore(store, storage, (error) => errors.push(error));
    store.getState().setAnswer('freshness', 'hourly');
    store.getState().setAnswer('freshness', 'daily-batch');
    expect(errors).toHaveLength(1);
  });
});
