// @vitest-environment jsdom
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Locale } from '../../../src/core/locales';
import CostPanel from '../../../src/islands/wizard/CostPanel';
import { FieldControl } from '../../../src/islands/wizard/FieldControl';
import { mountPoint, openDetails, typeInto, wizardContext } from '../../support/wizard-island';

/** The unit beside a number agrees with it, as the page's language counts: "1 run/day", "1 execução/dia", "2 execuções/dia". */

let mount: ReturnType<typeof mountPoint>;

beforeEach(() => {
  mount = mountPoint();
});

afterEach(() => {
  mount.unmount();
});

async function costPanelWith(locale: Locale, overrides: Record<string, string>) {
  const context = wizardContext(locale);
  for (const [key, value] of Object.entries(overrides)) context.store.getState().setOverride(key as never, value);
  await mount.render(createElement(CostPanel), context);
  await expect.poll(() => mount.container.querySelector('.wz-assumptions'), { timeout: 10_000 }).not.toBeNull();
  await openDetails(mount.container.querySelector('.wz-assumptions') as HTMLDetailsElement);
  await openDetails(mount.container.querySelector('.wz-cost__lines') as HTMLDetailsElement);
}

describe('cost panel', () => {
  test.each<[Locale, string, string]>([
    ['en', '1', 'run/day'],
    ['en', '1.5', 'runs/day'],
    ['en', '24', 'runs/day'],
    ['pt-BR', '1', 'execução/dia'],
    ['pt-BR', '1.5', 'execução/dia'],
    ['pt-BR', '24', 'execuções/dia'],
  ])('%s: %s scheduled ETL runs a day read "%s" in the assumptions', async (locale, runs, unit) => {
    await costPanelWith(locale, { etlRunsPerDay: runs });
    expect(mount.container.querySelector('[data-assumption="etlRunsPerDay"] .wz-unit')?.textContent).toBe(unit);
  });

  test.each<[Locale, string, string]>([
    ['en', '1', '1 event ×'],
    ['en', '2', '2 events ×'],
    ['pt-BR', '1', '1 evento ×'],
    ['pt-BR', '2', '2 eventos ×'],
  ])('%s: a line of %s EventBridge events reads "%s …"', async (locale, events, start) => {
    await costPanelWith(locale, { monthlyEventBridgeEvents: events });
    expect(mount.container.querySelector('[data-line="eventbridge.custom-events"] .wz-line__math')?.textContent?.startsWith(start)).toBe(true);
  });
});

describe('answer field', () => {
  test.each<[Locale, string, string]>([
    ['en', '1', 'person'],
    ['en', '12', 'people'],
    ['pt-BR', '1', 'pessoa'],
    ['pt-BR', '12', 'pessoas'],
  ])('%s: %s dashboard user(s) read "%s" beside the input', async (locale, typed, unit) => {
    await mount.render(createElement(FieldControl, { id: 'consumers.dashboardUsers' }), wizardContext(locale));
    await typeInto(mount.container.querySelector('input') as HTMLInputElement, typed);
    expect(mount.container.querySelector('.wz-number__unit')?.textContent).toBe(unit);
  });
});
