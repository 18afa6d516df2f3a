import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type BrowserSession } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';
import { expectSlide, openDeck, press, slideIds } from '../support/training-deck';

let server: RunningServer;
let browser: BrowserSession;
let page: Page;
let ids: string[];

const DECK = '/en/training/data-lifecycle/';

beforeAll(async () => {
  server = await startServer();
  browser = await openBrowser();
  page = await browser.newPage();
  await openDeck(page, server.url(DECK));
  ids = await slideIds(page);
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('deep links', () => {
  test('#slide-id opens that slide', async () => {
    await openDeck(page, server.url(`${DECK}#streaming-data`));
    await expectSlide(page, 'streaming-data');
    expect(await page.locator('[data-deck-position]').textContent()).toBe(`Slide ${ids.indexOf('streaming-data') + 1} of ${ids.length}`);
  });

  test('?slide=id opens that slide and the address becomes #id', async () => {
    await openDeck(page, server.url(`${DECK}?slide=batch-data`));
    await expectSlide(page, 'batch-data');
    expect(new URL(page.url()).search).toBe('');
    expect(new URL(page.url()).hash).toBe('#batch-data');
  });

  test('a knowledge-check slide has a deep link too', async () => {
    const check = ids.find((id) => id.startsWith('check-'))!;
    await openDeck(page, server.url(`/pt-br/training/data-lifecycle/#${check}`));
    await expectSlide(page, check);
  });

  test('an unknown slide starts at the first one and says so', async () => {
    await openDeck(page, server.url(`${DECK}#no-such-slide`));
    await expectSlide(page, ids[0]!);
    expect(await page.locator('[data-deck-status]').textContent()).toContain('“no-such-slide”');
  });
});

describe('keyboard and clicker navigation', () => {
  test('→ Space PageDown go forward, ← PageUp go back, Home and End jump, and the ends hold', async () => {
    await openDeck(page, server.url(DECK));
    const last = ids.length - 1;
    const script: [string, number][] = [
      ['ArrowLeft', 0],
      ['ArrowRight', 1],
      ['Space', 2],
      ['PageDown', 3],
      ['PageUp', 2],
      ['ArrowLeft', 1],
      ['End', last],
      ['ArrowRight', last],
      ['Home', 0],
    ];
    for (const [key, index] of script) {
      await press(page, key);
      await expectSlide(page, ids[index]!);
    }
  });

  test('the toolbar buttons move the deck, and Space on a focused button presses it once', async () => {
    await openDeck(page, server.url(DECK));
    await page.locator('[data-deck-command="next"]').click();
    await expectSlide(page, ids[1]!);
    await page.locator('[data-deck-command="next"]').focus();
    await page.keyboard.press('Space');
    await expectSlide(page, ids[2]!);
    await page.locator('[data-deck-command="previous"]').click();
    await expectSlide(page, ids[1]!);
  });

  test('after a mouse click on a control, Space turns the slide instead of pressing the control again', async () => {
    await openDeck(page, server.url(DECK));
    await page.locator('[data-deck-command="next"]').click();
    await expectSlide(page, ids[1]!);
    await page.keyboard.press('Space');
    await expectSlide(page, ids[2]!);

    const check = ids.find((id) => id.startsWith('check-'))!;
    const afterCheck = ids[ids.indexOf(check) + 1]!;
    await openDeck(page, server.url(`${DECK}#${check}`));
    await page.locator(`[data-slide-id="${check}"] [data-deck-reveal]`).click();
    expect(await page.locator(`[data-slide-id="${check}"] [data-check-answer]`).isVisible()).toBe(true);
    await page.keyboard.press('Space');
    await expectSlide(page, afterCheck);
  });
});

describe('language switch', () => {
  test('keeps the slide from English to Portuguese and back', async () => {
    await openDeck(page, server.url(`${DECK}#store-services`));
    await expectSlide(page, 'store-services');
    await page.locator('.deck__toolbar a[hreflang="pt-BR"]').click();
    await page.waitForURL(/\/pt-br\/training\/data-lifecycle\/#store-services$/);
    await page.locator('[data-deck][data-deck-ready="true"]').waitFor();
    await expectSlide(page, 'store-services');
    expect(await page.locator('html').getAttribute('lang')).toBe('pt-BR');
    expect(await page.locator('[data-slide-id="store-services"] .slide__title').textContent()).toBe('Armazenar: dados seguros e fáceis de achar');

    await press(page, 'End');
    const check = ids.at(-1)!;
    await expectSlide(page, check);
    await page.locator('.deck__toolbar a[hreflang="en"]').click();
    await page.waitForURL(new RegExp(`/en/training/data-lifecycle/#${check}$`));
    await page.locator('[data-deck][data-deck-ready="true"]').waitFor();
    await expectSlide(page, check);
  });

  test('keeps the slide in the speaker window', async () => {
    await openDeck(page, server.url('/pt-br/training/streaming-pipelines/speaker/#msk-vs-kinesis'));
    await expectSlide(page, 'msk-vs-kinesis');
    await page.locator('.speaker__controls a[hreflang="en"]').click();
    await page.waitForURL(/\/en\/training\/streaming-pipelines\/speaker\/#msk-vs-kinesis$/);
    await page.locator('[data-deck][data-deck-ready="true"]').waitFor();
    await expectSlide(page, 'msk-vs-kinesis');
  });
});

describe('knowledge checks', () => {
  test('the answer stays hidden until the trainer reveals it with the button or the A key', async () => {
    const check = ids.find((id) => id.startsWith('check-'))!;
    await openDeck(page, server.url(`${DECK}#${check}`));
    const slide = page.locator(`[data-slide-id="${check}"]`);
    const answer = slide.locator('[data-check-answer]');
    const button = slide.locator('[data-deck-reveal]');
    expect(await answer.isVisible()).toBe(false);
    expect(await button.getAttribute('aria-expanded')).toBe('false');

    await button.click();
    expect(await answer.isVisible()).toBe(true);
    expect(await button.getAttribute('aria-expanded')).toBe('true');
    expect(await button.textContent()).toBe('Hide answer');
    expect(await answer.textContent()).toContain('Right answer: B.');

    await page.locator('main').focus();
    await press(page, 'a');
    expect(await answer.isVisible()).toBe(false);
    await press(page, 'A');
    expect(await answer.isVisible()).toBe(true);
  });

  test('A does nothing on a slide that is not a question', async () => {
    await openDeck(page, server.url(`${DECK}#batch-data`));
    await press(page, 'a');
    await expectSlide(page, 'batch-data');
    expect(await page.locator('[data-check-answer]:visible').count()).toBe(0);
  });
});

describe('diagrams and hands-on', () => {
  test('the example customer’s architecture is drawn by Mermaid on the slide', async () => {
    await openDeck(page, server.url(`${DECK}#reference-pipeline`));
    const figure = page.locator('[data-slide-id="reference-pipeline"] [data-mermaid]');
    await page.locator('[data-deck][data-diagrams-ready="true"]').waitFor({ timeout: 20_000 });
    expect(await figure.getAttribute('class')).toContain('is-rendered');
    const nodes = Number(await figure.getAttribute('data-node-count'));
    expect(nodes).toBeGreaterThan(3);
    expect(await figure.locator('svg g.node').count()).toBe(nodes);
    expect(await figure.locator('svg').textContent()).toContain('Kinesis Data Streams');
  });

  test('Z gives the diagram the whole screen and draws it larger; Z again or the next slide puts it back', async () => {
    await openDeck(page, server.url(`${DECK}#reference-pipeline`));
    await page.locator('[data-deck][data-diagrams-ready="true"]').waitFor({ timeout: 20_000 });
    const figure = page.locator('[data-slide-id="reference-pipeline"] [data-mermaid]');
    const drawnScale = () =>
      figure.locator('svg').evaluate((svg) => {
        const box = svg.getBoundingClientRect();
        const view = (svg as SVGSVGElement).viewBox.baseVal;
        return Math.min(box.width / view.width, box.height / view.height);
      });
    const onSlide = await drawnScale();
    await press(page, 'z');
    const box = (await figure.boundingBox())!;
    const viewport = page.viewportSize()!;
    expect(box.width).toBeCloseTo(viewport.width, -1);
    expect(box.height).toBeCloseTo(viewport.height, -1);
    expect(await drawnScale()).toBeGreaterThan(onSlide * 1.1);
    await press(page, 'z');
    expect(await drawnScale()).toBeCloseTo(onSlide, 3);
    await press(page, 'z');
    await press(page, 'ArrowRight');
    await press(page, 'ArrowLeft');
    expect(await figure.getAttribute('class')).not.toContain('is-zoomed');
  });

  test('the wizard link opens the wizard pre-filled with the module’s example customer', async () => {
    const link = page.locator('[data-slide-id="reference-pipeline"] [data-wizard-example]');
    expect(await link.getAttribute('href')).toBe('/en/wizard/?example=lambda-architecture');
    expect(await link.getAttribute('target')).toBe('_blank');
    expect(await link.textContent()).toContain('Rota Sul Logística');
  });

  test('the local-run slide runs the example customer through the real DuckDB route and shows the reconciliation', async () => {
    const posted = page.waitForRequest((request) => request.url().endsWith('/api/local-run/') && request.method() === 'POST');
    await openDeck(page, server.url(`${DECK}#hands-on`));
    await page.locator('[data-slide-id="hands-on"] [data-local-run-start]').click();
    const request = await posted;
    expect((request.postDataJSON() as { opportunity: { customerName: string } }).opportunity.customerName).toBe('Rota Sul Logística');
    const result = page.locator('[data-slide-id="hands-on"] [data-local-run-result]');
    await result.locator('table').first().waitFor({ timeout: 120_000 });
    expect(await result.textContent()).toContain('Reconciled');
    expect(await result.locator('tbody tr').count()).toBeGreaterThan(0);
  }, 180_000);

  test('without the local-run route the slide says the pipeline is not available', async () => {
    await page.route('**/api/local-run/', (route) => route.fulfill({ status: 404, contentType: 'text/html', body: '<h1>Not found</h1>' }));
    await openDeck(page, server.url(`${DECK}#hands-on`));
    await page.locator('[data-slide-id="hands-on"] [data-local-run-start]').click();
    const result = page.locator('[data-slide-id="hands-on"] [data-local-run-result]');
    await expect.poll(() => result.textContent()).toContain('not available on this server (HTTP 404)');
    await page.unroute('**/api/local-run/');
  });
});

describe('every slide fits the screen', () => {
  test('on a 1280×720 projector, no slide of any module scrolls, in either language', async () => {
    const projector = await browser.newPage();
    await projector.setViewportSize({ width: 1280, height: 720 });
    const overflowing: string[] = [];
    for (const locale of ['en', 'pt-br']) {
      await projector.goto(server.url(`/${locale}/training/`));
      const decks = await projector.locator('.training-module__title a').evaluateAll((links) => links.map((link) => (link as HTMLAnchorElement).pathname));
      expect(decks.length).toBeGreaterThanOrEqual(8);
      for (const deck of decks) {
        await openDeck(projector, server.url(deck));
        await projector.locator('[data-deck][data-diagrams-ready="true"]').waitFor({ timeout: 20_000 });
        for (const id of await slideIds(projector)) {
          await projector.evaluate((slide) => {
            location.hash = slide;
          }, id);
          await expectSlide(projector, id);
          const [scrollHeight, clientHeight] = await projector.locator('.deck__stage').evaluate((stage) => [stage.scrollHeight, stage.clientHeight]);
          if (scrollHeight > clientHeight) overflowing.push(`${deck}#${id} (${scrollHeight} > ${clientHeight} px)`);
        }
      }
    }
    expect(overflowing).toEqual([]);
    await projector.close();
  }, 180_000);
});
