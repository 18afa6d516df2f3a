// @vitest-environment jsdom
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, test } from 'vitest';
import type { Locale } from '../../../src/core/locales';
import { BUNDLED_SNAPSHOT_INDEX } from '../../../src/data/price-snapshot/browser';
import CostPanel from '../../../src/islands/wizard/CostPanel';
import { mountPoint, wizardContext } from '../../support/wizard-island';

/** The cost panel writes the rate and its day, and the price dates, as the page's language does, like the exports. */

let mount: ReturnType<typeof mountPoint>;

beforeEach(() => {
  mount = mountPoint();
});

afterEach(() => {
  mount.unmount();
});

describe('cost panel dates and rate', () => {
  test.each<[Locale, string, RegExp]>([
    ['en', 'In BRL at 5.40 BRL per USD, the rate you entered for 20 November 2026.', /^Prices for us-east-1 retrieved from AWS on \d{1,2} [A-Z][a-z]+ \d{4} \(snapshot built 25 November 2026\)/],
    ['pt-BR', 'Em reais a R$ 5,40 por US$ 1, a cotação que você informou para 20 de novembro de 2026.', /^Preços de us-east-1 obtidos da AWS em \d{1,2} de [a-zç]+ de \d{4} \(snapshot gerado em 25 de novembro de 2026\)/],
  ])('%s: "%s"', async (locale, rateSentence, priceDates) => {
    // The sentence below names the bundled snapshot's day; a refreshed snapshot moves it.
    expect(BUNDLED_SNAPSHOT_INDEX.regions['us-east-1']?.generatedAt.slice(0, 10)).toBe('2026-11-25');
    const context = wizardContext(locale);
    context.store.getState().setAnswer('opportunity.region', 'us-east-1');
    context.store.getState().setPricing('currency', 'BRL');
    context.store.getState().setPricing('exchangeRate', { brlPerUsd: '5.4', date: '2026-11-20' });
    await mount.render(createElement(CostPanel), context);
    await expect.poll(() => [...mount.container.querySelectorAll('.wz-muted')].some((node) => node.textContent === rateSentence), { timeout: 10_000 }).toBe(true);
    expect(mount.container.querySelector('.wz-prices')?.textContent).toMatch(priceDates);
  });
});
