import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/**
 * Helpers for the trainer-mode browser tests: the deck script marks its root with
 * `data-deck-ready` once it has chosen a slide and `data-current-slide` after every
 * move, so tests wait on those instead of on timeouts.
 */

export async function openDeck(page: Page, url: string): Promise<void> {
  await page.goto(url);
  await page.locator('[data-deck][data-deck-ready="true"]').waitFor();
}

export function currentSlide(page: Page): Promise<string | null> {
  return page.locator('[data-deck]').getAttribute('data-current-slide');
}

/** Waits until the page shows `slideId`, and checks only that slide is visible. */
export async function expectSlide(page: Page, slideId: string): Promise<void> {
  await expect.poll(() => currentSlide(page), { timeout: 5_000 }).toBe(slideId);
  const visible = await page.locator('[data-deck-slides] > [data-slide-id]').evaluateAll((slides) =>
    slides.filter((slide) => getComputedStyle(slide).display !== 'none').map((slide) => (slide as HTMLElement).dataset.slideId),
  );
  expect(visible).toEqual([slideId]);
}

/** Slide ids of the deck in order, as the page has them. */
export function slideIds(page: Page): Promise<string[]> {
  return page.locator('[data-deck-slides] > [data-slide-id]').evaluateAll((slides) => slides.map((slide) => (slide as HTMLElement).dataset.slideId!));
}

export async function press(page: Page, key: string): Promise<void> {
  await page.bringToFront();
  await page.keyboard.press(key);
}
