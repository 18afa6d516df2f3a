// @vitest-environment jsdom
import { deflateSync, strToU8 } from 'fflate';
import { createElement } from 'react';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { CURRENT_ANSWERS_VERSION } from '../../../src/core/answers/schema';
import { calendarDayIn, formatCalendarDay } from '../../../src/core/calendar';
import type { Locale } from '../../../src/core/locales';
import { USAGE_SCHEMA } from '../../../src/core/sizing/usage-schema';
import CostPanel from '../../../src/islands/wizard/CostPanel';
import { FieldControl } from '../../../src/islands/wizard/FieldControl';
import { shareFailureNotice, storedFailureNotice } from '../../../src/islands/wizard/notices';
import { NoticeBanner } from '../../../src/islands/wizard/Toolbar';
import { readStored, STORAGE_KEY } from '../../../src/store/persistence';
import { checkPricing } from '../../../src/store/pricing-check';
import { crc32Hex, decodeSharePayload, encodeShareFragment } from '../../../src/store/share';
import { SHARE_FRAGMENT_KEY } from '../../../src/store/share-fragment';
import { mountPoint, openDetails, typeInto, wizardContext } from '../../support/wizard-island';

/** What a person sees when a value they typed, or a link they opened, is refused: in their language, naming the field. */

let mount: ReturnType<typeof mountPoint>;

beforeEach(() => {
  mount = mountPoint();
});

afterEach(() => {
  mount.unmount();
});

const alertText = () => mount.container.querySelector('[role="alert"]')?.textContent;

describe('an answer the schema refuses', () => {
  test.each<[Locale, string, string, string]>([
    ['en', 'volume.dailyIngestGb', '-5', 'Not saved. New data per day: enter 0 or more.'],
    ['pt-BR', 'volume.dailyIngestGb', '-5', 'Não salvo. Dados novos por dia: digite 0 ou mais.'],
    ['en', 'volume.dailyIngestGb', '20000000', 'Not saved. New data per day: enter at most 10,485,760 GB.'],
    ['pt-BR', 'volume.dailyIngestGb', '20000000', 'Não salvo. Dados novos por dia: digite no máximo 10.485.760 GB.'],
    ['en', 'volume.recordSizeKb', '0', 'Not saved. Average event size: enter a number above 0.'],
    ['pt-BR', 'volume.recordSizeKb', '0', 'Não salvo. Tamanho médio de um evento: digite um número maior que 0.'],
    ['en', 'consumers.dashboardUsers', '2.5', 'Not saved. Dashboard users: enter a whole number, without decimals.'],
    ['pt-BR', 'consumers.dashboardUsers', '2,5', 'Não salvo. Usuários de painéis: digite um número inteiro, sem casas decimais.'],
    ['en', 'volume.eventsPerSecond', 'lots', 'Not saved. Peak events per second: enter a number, such as 40 or 2.5.'],
    ['pt-BR', 'volume.eventsPerSecond', 'muitos', 'Não salvo. Pico de eventos por segundo: digite um número, como 40 ou 2,5.'],
    ['en', 'opportunity.region', 'Sao Paulo', 'Not saved. AWS Region: enter an AWS Region code, such as sa-east-1.'],
    ['pt-BR', 'opportunity.region', 'São Paulo', 'Não salvo. Região da AWS: digite o código de uma região da AWS, como sa-east-1.'],
  ])('%s: %s = "%s" reads "%s"', async (locale, id, typed, message) => {
    const context = wizardContext(locale);
    await mount.render(createElement(FieldControl, { id: id as never }), context);
    await typeInto(mount.container.querySelector('input') as HTMLInputElement, typed);
    expect(alertText()).toBe(message);
  });
});

describe('a usage assumption the cost model refuses', () => {
  async function openAssumptions(locale: Locale) {
    const context = wizardContext(locale);
    await mount.render(createElement(CostPanel), context);
    await expect.poll(() => mount.container.querySelector('.wz-assumptions'), { timeout: 10_000 }).not.toBeNull();
    await openDetails(mount.container.querySelector('.wz-assumptions') as HTMLDetailsElement);
    return context;
  }

  test.each<[Locale, string, string]>([
    ['en', '12', 'Not saved. Silver zone size per GB of bronze: enter at most 10 GB/GB.'],
    ['pt-BR', '12', 'Não salvo. Tamanho da zona prata por GB da bronze: digite no máximo 10 GB/GB.'],
    ['en', 'half', 'Not saved. Silver zone size per GB of bronze: enter a number, such as 40 or 2.5.'],
    ['pt-BR', 'metade', 'Não salvo. Tamanho da zona prata por GB da bronze: digite um número, como 40 ou 2,5.'],
    ['en', '-1', 'Not saved. Silver zone size per GB of bronze: enter 0 or more.'],
    ['pt-BR', '-0,5', 'Não salvo. Tamanho da zona prata por GB da bronze: digite 0 ou mais.'],
  ])('%s: "%s" reads "%s"', async (locale, typed, message) => {
    const context = await openAssumptions(locale);
    const input = mount.container.querySelector('#wz-assumption-silverSizeRatio') as HTMLInputElement;
    expect(input).not.toBeNull();
    await typeInto(input, typed);
    expect(input.closest('tr')?.querySelector('[role="alert"]')?.textContent).toBe(message);
    expect(context.store.getState().pricing.overrides).toEqual({});
  });

  test.each<[Locale, string]>([
    ['en', 'The rate is not applied. BRL per USD: enter a positive number, such as 5.40.'],
    ['pt-BR', 'A cotação não foi aplicada. BRL por USD: digite um número positivo, como 5,40.'],
  ])('%s: an exchange rate that is not a number reads "%s"', async (locale, message) => {
    const context = wizardContext(locale);
    context.store.getState().setPricing('currency', 'BRL');
    context.store.getState().setPricing('exchangeRate', { brlPerUsd: 'cinco', date: '2026-11-20' });
    await mount.render(createElement(CostPanel), context);
    await expect.poll(() => mount.container.querySelector('.wz-rate [role="alert"]')?.textContent).toBe(message);
  });

  test.each<[Locale, (today: string) => string]>([
    ['en', (today) => `The rate is not applied. Rate date: 9 December 2026 has not come yet. Enter the day you read the rate: today, ${today}, or earlier.`],
    ['pt-BR', (today) => `A cotação não foi aplicada. Data da cotação: 9 de dezembro de 2026 ainda não chegou. Informe o dia em que você viu a cotação: hoje, ${today}, ou antes.`],
  ])('%s: a rate dated after today is refused, naming the day, and the date picker stops at today', async (locale, message) => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-05T12:00:00Z'));
    try {
      const today = calendarDayIn(new Date());
      const context = wizardContext(locale);
      context.store.getState().setPricing('currency', 'BRL');
      context.store.getState().setPricing('exchangeRate', { brlPerUsd: '5.40', date: '2026-12-09' });
      await mount.render(createElement(CostPanel), context);
      await expect.poll(() => mount.container.querySelector('.wz-rate [role="alert"]')?.textContent).toBe(message(formatCalendarDay(today, locale)));
      expect(mount.container.querySelector('[data-testid="cost-total"]')?.textContent).toMatch(/^(\$|US\$)/);
      expect((mount.container.querySelector('#wz-cost-rate-date') as HTMLInputElement).max).toBe(today);
    } finally {
      vi.useRealTimers();
    }
  });
});

/** A share link whose payload is `inputs`, checksummed like a real one but holding whatever a hand-edited link might. */
function handMadeLink(inputs: unknown): string {
  const compressed = deflateSync(strToU8(JSON.stringify(inputs)), { level: 9 });
  let binary = '';
  for (const byte of compressed) binary += String.fromCharCode(byte);
  return `1.${crc32Hex(compressed)}.${btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}`;
}

describe('a share link or saved copy that holds refused values', () => {
  const refusedInputs = {
    answers: { schemaVersion: CURRENT_ANSWERS_VERSION, volume: { dailyIngestGb: -5 }, freshness: 'weekly' },
    pricing: { overrides: { redshiftActiveHoursPerDay: '30' } },
  };

  test.each<[Locale, string, string]>([
    [
      'en',
      'This share link holds answers Lakewise cannot accept. Nothing was loaded; your answers are unchanged.',
      [
        'New data per day: enter 0 or more.',
        'Freshness needed: choose one of “Real time (seconds)”, “Near real time (minutes)”, “Hourly”, “Daily batch”.',
        'Hours per day Redshift Serverless is busy: enter at most 24 hours/day.',
      ].join('\n'),
    ],
    [
      'pt-BR',
      'Este link traz respostas que o Lakewise não aceita. Nada foi carregado; suas respostas não mudaram.',
      [
        'Dados novos por dia: digite 0 ou mais.',
        'Atualização necessária: escolha uma destas opções: “Tempo real (segundos)”, “Quase tempo real (minutos)”, “De hora em hora”, “Lote diário”.',
        'Horas por dia em que o Redshift Serverless trabalha: digite no máximo 24 horas/dia.',
      ].join('\n'),
    ],
  ])('%s: the notice and every refused value are in the page’s language', async (locale, notice, detail) => {
    const context = wizardContext(locale);
    const decoded = decodeSharePayload(handMadeLink(refusedInputs), checkPricing);
    if (decoded.ok) throw new Error('the link was loaded');
    context.store.getState().showNotice(shareFailureNotice(decoded, context, USAGE_SCHEMA));
    await mount.render(createElement(NoticeBanner), context);
    expect(mount.container.querySelector('[data-testid="wizard-notice"] p')?.textContent).toBe(notice);
    expect(mount.container.querySelector('.wz-notice__detail')?.textContent).toBe(detail);
  });

  test.each<[Locale, string]>([
    ['en', 'This share link is incomplete or was changed. Nothing was loaded; your answers are unchanged. Ask for the whole link again.'],
    ['pt-BR', 'Este link está incompleto ou foi alterado. Nada foi carregado; suas respostas não mudaram. Peça o link completo de novo.'],
  ])('%s: a damaged link says so without an English detail', async (locale, notice) => {
    const context = wizardContext(locale);
    const good = encodeShareFragment({ answers: context.store.getState().answers, pricing: context.store.getState().pricing }).slice(`${SHARE_FRAGMENT_KEY}=`.length);
    const decoded = decodeSharePayload(good.slice(0, -6), checkPricing);
    if (decoded.ok) throw new Error('the link was loaded');
    context.store.getState().showNotice(shareFailureNotice(decoded, context, USAGE_SCHEMA));
    await mount.render(createElement(NoticeBanner), context);
    expect(mount.container.querySelector('[data-testid="wizard-notice"]')?.textContent).toBe(`${notice}${locale === 'en' ? 'Dismiss' : 'Fechar aviso'}`);
  });

  test.each<[Locale, string]>([
    ['en', 'Dashboard users: enter a whole number, without decimals.\n“steal” is not a field Lakewise knows.'],
    ['pt-BR', 'Usuários de painéis: digite um número inteiro, sem casas decimais.\n“steal” não é um campo que o Lakewise conheça.'],
  ])('%s: answers saved in this browser that are refused are named in the page’s language', async (locale, detail) => {
    const context = wizardContext(locale);
    const storage = new Map([[STORAGE_KEY, JSON.stringify({ format: 1, answers: { schemaVersion: 2, consumers: { dashboardUsers: 2.5 }, steal: 1 } })]]);
    const stored = readStored({ getItem: (key) => storage.get(key) ?? null }, checkPricing);
    if (stored?.ok !== false) throw new Error('the saved copy was loaded');
    context.store.getState().showNotice(storedFailureNotice(stored, context, USAGE_SCHEMA));
    await mount.render(createElement(NoticeBanner), context);
    expect(mount.container.querySelector('.wz-notice__detail')?.textContent).toBe(detail);
  });
});
