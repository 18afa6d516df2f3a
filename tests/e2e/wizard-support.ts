import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { ANSWER_FIELDS } from '../../src/core/answers/fields';
import type { AnswerFieldId } from '../../src/core/answers/field-ids';
import { readAnswer, isAnswered } from '../../src/core/answers/read';
import type { Answers } from '../../src/core/answers/schema';
import type { Locale } from '../../src/core/locales';
import { lakewise } from '../support/lakewise-cli';
import { PROJECT_ROOT } from '../support/server';

export { startWizardServer } from './wizard-server';

/** Shared steps of the wizard browser tests: open it, fill it like a person, read what it shows, ask the CLI. */

export const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures/answers');

/** Runs the real `lakewise` CLI (bin/lakewise.mjs) and parses its JSON output. */
export async function lakewiseJson<Output>(args: readonly string[]): Promise<Output> {
  const { code, stdout, stderr } = await lakewise(...args, '--format', 'json');
  if (code !== 0) throw new Error(`lakewise ${args.join(' ')} exited ${code}:\n${stderr}`);
  return JSON.parse(stdout) as Output;
}

export interface CliRecommendation {
  readonly model: { readonly components: readonly { readonly id: string }[] };
  readonly diagram: { readonly nodes: readonly { readonly nodeId: string }[] };
}

export interface CliEstimate {
  readonly region: string;
  readonly components: readonly { readonly componentId: string; readonly usd: string }[];
  readonly totals: { readonly expectedUsd: string; readonly lowUsd: string; readonly highUsd: string };
}

/** Writes answers to a temporary file for the CLI. */
export async function answersFile(answers: unknown): Promise<string> {
  const directory = await mkdtemp(path.join(tmpdir(), 'lakewise-wizard-'));
  const file = path.join(directory, 'answers.json');
  await writeFile(file, JSON.stringify(answers));
  return file;
}

/** Opens a wizard page and waits until saved answers, links and examples are applied and a price is shown. */
export async function openWizard(page: Page, url: string): Promise<void> {
  page.setDefaultTimeout(10_000);
  await page.goto(url);
  await waitForWizard(page);
}

/** Opens a wizard page with nothing saved from an earlier test (the browser profile is shared). */
export async function openEmptyWizard(page: Page, url: string): Promise<void> {
  await openWizard(page, url);
  await page.evaluate(() => window.localStorage.clear());
  await page.reload();
  await waitForWizard(page);
}

export async function waitForWizard(page: Page): Promise<void> {
  await page.locator('html[data-wizard-ready="true"]').waitFor({ state: 'attached', timeout: 20_000 });
  await page.locator('[data-testid="cost-total"]').waitFor({ timeout: 20_000 });
}

export interface ShownResult {
  readonly components: string[];
  readonly nodes: string[];
  readonly totalUsd: string;
  readonly componentUsd: Record<string, string>;
}

/** What the result panel shows now: component ids in order, diagram node ids, the total and each component's subtotal. */
export async function shownResult(page: Page): Promise<ShownResult> {
  return page.evaluate(() => ({
    components: [...document.querySelectorAll('.wz-component[data-component]')].map((element) => element.getAttribute('data-component') ?? ''),
    nodes: [...document.querySelectorAll('.wz-diagram__canvas g.node[data-node-id]')].map((element) => element.getAttribute('data-node-id') ?? '').sort(),
    totalUsd: document.querySelector('[data-testid="cost-total"]')?.getAttribute('data-usd') ?? '',
    componentUsd: Object.fromEntries(
      [...document.querySelectorAll('tbody[data-component]')].map((element) => [
        element.getAttribute('data-component') ?? '',
        element.getAttribute('data-usd') ?? '',
      ]),
    ),
  }));
}

/** Waits until the drawn diagram has exactly these nodes (it redraws after a short pause). */
export async function expectDiagramNodes(page: Page, nodeIds: readonly string[]): Promise<void> {
  await expect.poll(async () => (await shownResult(page)).nodes, { timeout: 20_000, interval: 100 }).toEqual([...nodeIds].sort());
}

const STEP_TAB_NAMES: Record<Locale, readonly RegExp[]> = {
  en: [/^Current state/, /^Challenges/, /^Dependencies/, /^Impact/],
  'pt-BR': [/^Situação atual/, /^Desafios/, /^Dependências/, /^Impacto/],
};

export async function goToStep(page: Page, locale: Locale, index: number): Promise<void> {
  await page.getByRole('tab', { name: STEP_TAB_NAMES[locale][index] }).click();
}

function optionLabel(id: AnswerFieldId, value: string, locale: Locale): string {
  const label = ANSWER_FIELDS[id].options?.[value]?.[locale];
  if (label === undefined) throw new Error(`${id} has no option ${value}`);
  return label;
}

/** Sets one field the way a person does: typing into it, or ticking its boxes. */
async function fillField(page: Page, id: AnswerFieldId, answers: Answers, locale: Locale): Promise<void> {
  const field = ANSWER_FIELDS[id];
  const block = page.locator(`[data-field="${id}"]`);
  const value = readAnswer(answers, id);
  if (field.input === 'text' || field.input === 'number') {
    await block.locator(`#field-${id.replaceAll('.', '-')}`).fill(String(value));
    return;
  }
  const group = block.getByRole('group', { name: field.label[locale], exact: true });
  if (field.input === 'choice') {
    await group.getByRole('radio', { name: optionLabel(id, value as string, locale), exact: true }).check();
    return;
  }
  for (const option of value as readonly string[]) {
    await group.getByRole('checkbox', { name: optionLabel(id, option, locale), exact: true }).check();
  }
}

/** Fills every answered field, stage by stage, through the page's own controls. */
export async function fillWizard(page: Page, answers: Answers, locale: Locale): Promise<void> {
  for (let step = 0; step < 4; step += 1) {
    await goToStep(page, locale, step);
    for (const id of Object.keys(ANSWER_FIELDS) as AnswerFieldId[]) {
      if (id === 'locale' ? answers.locale === undefined : !isAnswered(answers, id)) continue;
      if ((await page.locator(`[data-field="${id}"]`).count()) === 0) continue;
      await fillField(page, id, answers, locale);
    }
  }
}
