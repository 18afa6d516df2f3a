import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { readTrainingFiles } from '../../src/content-model/training-files';
import type { TrainingFile } from '../../src/content-model/training-integrity';
import { openBrowser, type BrowserSession } from '../support/browser';
import { PROJECT_ROOT, startServer, type RunningServer } from '../support/server';

const run = promisify(execFile);

let server: RunningServer;
let browser: BrowserSession;
let files: TrainingFile[];
let workDir: string;

beforeAll(async () => {
  server = await startServer();
  browser = await openBrowser();
  ({ files } = await readTrainingFiles(PROJECT_ROOT));
  workDir = await mkdtemp(path.join(tmpdir(), 'lakewise-handout-'));
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  if (workDir) await rm(workDir, { recursive: true, force: true });
});

/** Each slide's speaker notes as plain text, from the MDX source (markdown emphasis dropped). */
function notesOf(file: TrainingFile): string[] {
  return [...file.body.matchAll(/<Notes>([\s\S]*?)<\/Notes>/g)].map((match) => match[1]!.replace(/[*_`]/g, '').trim());
}

/**
 * Text as comparable words: whitespace collapsed, typographic quotes (Markdown's smart
 * punctuation) made plain, and hyphens dropped, because pdftotext joins a word split
 * at a line-end hyphen ("decidi-/la" becomes "decidila").
 */
const squash = (text: string) =>
  text
    .replace(/[\u2018\u2019]/g, "'")
    .replace(/[\u201C\u201D]/g, '"')
    .replace(/-/g, '')
    .replace(/\s+/g, ' ')
    .trim();

describe.each([
  ['en', 'data-lifecycle'],
  ['pt-br', 'data-lifecycle'],
  ['pt-br', 'relational-databases'],
])('the %s handout of %s', (segment, module) => {
  test('prints to an A4 PDF that contains every slide’s speaker notes and the knowledge-check answers', async () => {
    const file = files.find((candidate) => candidate.path === `content/training/${segment}/${module}.mdx`)!;
    const page = await browser.newPage();
    await page.goto(server.url(`/${segment}/training/${module}/handout/`));
    await page.locator('[data-deck][data-deck-ready="true"]').waitFor();
    await page.locator('[data-deck][data-diagrams-ready]').waitFor({ timeout: 20_000 });
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true });
    await page.close();
    const pdfPath = path.join(workDir, `${segment}-${module}.pdf`);
    await writeFile(pdfPath, pdf);

    const { stdout: info } = await run('pdfinfo', [pdfPath]);
    expect(info).toMatch(/Page size:.*\(A4\)/);
    expect(Number(/Pages:\s+(\d+)/.exec(info)?.[1])).toBeGreaterThan(2);

    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdfPath, '-'], { maxBuffer: 16 * 1024 * 1024 });
    const text = squash(stdout);
    const notes = notesOf(file);
    expect(notes.length).toBeGreaterThan(8);
    const missing = notes.filter((note) => !text.includes(squash(note)));
    expect(missing).toEqual([]);

    const data = file.data as { checks: { choices: string[]; answer: number; explanation: string }[] };
    for (const check of data.checks) expect(text).toContain(squash(check.explanation));
  }, 90_000);
});
