import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, type BrowserSession } from '../support/browser';
import { startServer, type RunningServer } from '../support/server';
import { currentSlide, expectSlide, openDeck, press, slideIds } from '../support/training-deck';

let server: RunningServer;
let browser: BrowserSession;

beforeAll(async () => {
  server = await startServer();
  browser = await openBrowser();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('audience and speaker windows', () => {
  let audience: Page;
  let speaker: Page;
  let ids: string[];

  beforeAll(async () => {
    // Two pages of one browser context share BroadcastChannel, like two windows of one browser.
    audience = await browser.newPage();
    await openDeck(audience, server.url('/en/training/data-lifecycle/'));
    speaker = await browser.newPage();
    await openDeck(speaker, server.url('/en/training/data-lifecycle/speaker/'));
    ids = await slideIds(audience);
  });

  afterAll(async () => {
    await audience?.close();
    await speaker?.close();
  });

  test('stay on the same slide through ten navigation steps taken in either window', async () => {
    expect(ids.length).toBeGreaterThan(8);
    expect(await slideIds(speaker)).toEqual(ids);
    await expectSlide(speaker, ids[0]!);

    const next = (page: Page) => page.locator('[data-deck-command="next"]').click();
    const steps: { window: Page; act: (page: Page) => Promise<void>; move: (index: number) => number }[] = [
      { window: audience, act: (page) => press(page, 'ArrowRight'), move: (i) => i + 1 },
      { window: speaker, act: next, move: (i) => i + 1 },
      { window: audience, act: (page) => press(page, 'Space'), move: (i) => i + 1 },
      { window: audience, act: (page) => press(page, 'PageDown'), move: (i) => i + 1 },
      { window: speaker, act: (page) => press(page, 'PageDown'), move: (i) => i + 1 },
      { window: audience, act: (page) => press(page, 'ArrowLeft'), move: (i) => i - 1 },
      { window: speaker, act: (page) => press(page, 'PageUp'), move: (i) => i - 1 },
      { window: audience, act: (page) => press(page, 'End'), move: () => ids.length - 1 },
      { window: speaker, act: (page) => press(page, 'Home'), move: () => 0 },
      { window: speaker, act: (page) => press(page, 'ArrowRight'), move: (i) => i + 1 },
    ];
    let index = 0;
    for (const [n, step] of steps.entries()) {
      await step.act(step.window);
      index = step.move(index);
      const expected = ids[index]!;
      await expectSlide(audience, expected);
      await expectSlide(speaker, expected);
      expect(new URL(audience.url()).hash, `step ${n + 1}`).toBe(`#${expected}`);
    }
  }, 90_000);

  test('the speaker window shows the current slide’s notes and previews the next slide', async () => {
    await press(audience, 'Home');
    await expectSlide(speaker, ids[0]!);
    await press(audience, 'ArrowRight');
    await expectSlide(speaker, ids[1]!);
    const notes = (await audience.locator(`[data-slide-id="${ids[1]}"] [data-slide-notes]`).textContent())!.replace(/^\s*Speaker notes\s*/, '').trim();
    expect(notes.length).toBeGreaterThan(40);
    await expect.poll(async () => (await speaker.locator('[data-speaker-notes]').textContent())?.trim()).toBe(notes);
    const nextTitle = await audience.locator(`[data-slide-id="${ids[2]}"] .slide__title`).textContent();
    expect(await speaker.locator('[data-speaker-next] .slide__title').textContent()).toBe(nextTitle);
    expect(await audience.locator('[data-slide-notes]').evaluateAll((notes) => notes.every((element) => getComputedStyle(element).display === 'none'))).toBe(true);
  });

  test('the next-slide preview draws a diagram in the colours the audience sees', async () => {
    const diagramSlide = await audience.locator('[data-deck-slides] > [data-slide-id]:has([data-mermaid])').first().getAttribute('data-slide-id');
    const before = ids[ids.indexOf(diagramSlide!) - 1]!;
    await audience.goto(server.url(`/en/training/data-lifecycle/#${before}`));
    await audience.locator('[data-deck][data-diagrams-ready="true"]').waitFor();
    await expectSlide(speaker, before);
    const nodeFill = (page: Page, pane: string) =>
      page.locator(`${pane} [data-mermaid] svg .node rect, ${pane} [data-mermaid] svg .node path`).first().evaluate((shape) => getComputedStyle(shape).fill);
    const shown = await nodeFill(audience, `[data-slide-id="${diagramSlide}"]`);
    expect(shown).not.toBe('rgb(0, 0, 0)');
    await expect.poll(() => nodeFill(speaker, '[data-speaker-next]')).toBe(shown);
    expect(await speaker.locator('[data-speaker-next] [id]').evaluateAll((elements) => elements.map((element) => element.id).filter((id) => document.querySelectorAll(`[id="${id}"]`).length > 1))).toEqual([]);
  });

  test('the speaker timer runs, pauses and resets', async () => {
    const display = speaker.locator('[data-timer-display]');
    await expect.poll(() => display.textContent(), { timeout: 5_000 }).not.toBe('0:00');
    await speaker.locator('[data-timer-toggle]').click();
    const paused = await display.textContent();
    await speaker.waitForTimeout(1_200);
    expect(await display.textContent()).toBe(paused);
    await speaker.locator('[data-timer-reset]').click();
    expect(await display.textContent()).toBe('0:00');
  });

  test('revealing a knowledge-check answer in one window reveals it in the other, both ways', async () => {
    await press(audience, 'End');
    const check = ids.at(-1)!;
    expect(check).toMatch(/^check-/);
    await expectSlide(speaker, check);
    const answerIn = (page: Page) => page.locator(`[data-slide-id="${check}"] [data-check-answer]`);
    expect(await answerIn(audience).isVisible()).toBe(false);
    await press(audience, 'a');
    await expect.poll(() => answerIn(speaker).isVisible()).toBe(true);
    expect(await answerIn(audience).isVisible()).toBe(true);
    await speaker.locator(`[data-slide-id="${check}"] [data-deck-reveal]`).click();
    await expect.poll(() => answerIn(audience).isVisible()).toBe(false);
  });

  test('S in the audience window opens the speaker window on the current slide', async () => {
    await press(audience, 'Home');
    await press(audience, 'ArrowRight');
    await expectSlide(audience, ids[1]!);
    const [opened] = await Promise.all([browser.context.waitForEvent('page'), press(audience, 's')]);
    await opened.locator('[data-deck][data-deck-ready="true"]').waitFor();
    expect(new URL(opened.url()).pathname).toBe('/en/training/data-lifecycle/speaker/');
    await expectSlide(opened, ids[1]!);
    await opened.locator('[data-deck-command="next"]').click();
    await expectSlide(audience, ids[2]!);
    await opened.close();
  });

  test('a window opened on a deep link leads; the other follows it', async () => {
    const third = await browser.newPage();
    await openDeck(third, server.url(`/pt-br/training/data-lifecycle/#${ids[4]}`));
    await expectSlide(third, ids[4]!);
    await expectSlide(audience, ids[4]!);
    await expectSlide(speaker, ids[4]!);
    await third.close();
    expect(await currentSlide(audience)).toBe(ids[4]);
  });
});
