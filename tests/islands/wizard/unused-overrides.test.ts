// @vitest-environment jsdom
import { act, createElement } from 'react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Locale } from '../../../src/core/locales';
import CostPanel from '../../../src/islands/wizard/CostPanel';
import { mountPoint, openDetails, typeInto, wizardContext, type TestWizardContext } from '../../support/wizard-island';

/**
 * A value a seller set in the cost panel's assumptions stays set when the answers change, as
 * it does in `lakewise estimate --set`; when the new architecture no longer reads it, the
 * panel says so next to it instead of letting the row vanish while the value still exports.
 */

let mount: ReturnType<typeof mountPoint>;
beforeEach(() => {
  mount = mountPoint();
});
afterEach(() => mount.unmount());

const assumptions = () => mount.container.querySelector('.wz-assumptions') as HTMLDetailsElement;
const unusedRow = () => mount.container.querySelector('[data-unused-override="eventsPerSecond"]');

/** A streaming customer whose events rate the seller sets to 500, who then turns out to load only nightly batches. */
async function streamingThenBatch(locale: Locale, typed: string): Promise<TestWizardContext> {
  const context = wizardContext(locale);
  const { store } = context;
  store.getState().setAnswer('sources.kinds', ['event-streams']);
  store.getState().setAnswer('freshness', 'realtime-seconds');
  await mount.render(createElement(CostPanel), context);
  await expect.poll(() => mount.container.querySelector('.wz-assumptions'), { timeout: 10_000 }).not.toBeNull();
  await openDetails(assumptions());
  const input = mount.container.querySelector('#wz-assumption-eventsPerSecond') as HTMLInputElement;
  expect(input).not.toBeNull();
  await typeInto(input, typed);
  expect(store.getState().pricing.overrides).toEqual({ eventsPerSecond: typed.replace(',', '.') });
  expect(unusedRow()).toBeNull();
  expect(assumptions().querySelector('summary')?.textContent).toBe(locale === 'en' ? 'Assumptions' : 'Premissas');

  await act(async () => {
    store.getState().setAnswer('sources.kinds', ['relational-databases']);
    store.getState().setAnswer('freshness', 'daily-batch');
  });
  return context;
}

describe('an assumption the seller set that the architecture no longer uses', () => {
  test.each<[Locale, string, string, string, string]>([
    [
      'en',
      '500.5',
      'Assumptions · 1 value you set is not used by this architecture',
      'Events per second on streaming paths',
      '500.5 events/sNot used by this architecture: no cost line uses “Events per second on streaming paths”; it applies again if the answers change.',
    ],
    [
      'pt-BR',
      '500,5',
      'Premissas · 1 valor definido por você não é usado nesta arquitetura',
      'Eventos por segundo nos fluxos de streaming',
      '500,5 eventos/sNão usado nesta arquitetura: nenhuma linha de custo usa “Eventos por segundo nos fluxos de streaming”; volta a valer se as respostas mudarem.',
    ],
  ])('%s: stays listed with its value and a note that nothing uses it, until reset', async (locale, typed, summary, label, value) => {
    const context = await streamingThenBatch(locale, typed);
    expect(mount.container.querySelector('#wz-assumption-eventsPerSecond')).toBeNull();
    expect(assumptions().querySelector('summary')?.textContent).toBe(summary);
    const row = unusedRow();
    expect(row?.querySelector('th')?.textContent).toBe(label);
    expect(row?.querySelector('td')?.textContent).toBe(value);

    const reset = row?.querySelector('button') as HTMLButtonElement;
    expect(reset.getAttribute('aria-label')).toBe(locale === 'en' ? `Reset ${label}` : `Restaurar ${label}`);
    await act(async () => reset.click());
    expect(context.store.getState().pricing.overrides).toEqual({});
    expect(unusedRow()).toBeNull();
    expect(assumptions().querySelector('summary')?.textContent).toBe(locale === 'en' ? 'Assumptions' : 'Premissas');
  });

  test.each<[Locale, string]>([
    ['en', 'Assumptions · 2 values you set are not used by this architecture'],
    ['pt-BR', 'Premissas · 2 valores definidos por você não são usados nesta arquitetura'],
  ])('%s: the folded assumptions say how many set values go unused', async (locale, summary) => {
    const context = wizardContext(locale);
    context.store.getState().setOverride('eventsPerSecond', '500');
    context.store.getState().setOverride('mskBrokerCount', '6');
    context.store.getState().setOverride('silverSizeRatio', '0.5');
    await mount.render(createElement(CostPanel), context);
    await expect.poll(() => assumptions()?.querySelector('summary')?.textContent, { timeout: 10_000 }).toBe(summary);
    expect(assumptions().open).toBe(false);
  });
});
