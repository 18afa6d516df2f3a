import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { parseAnswers } from '../core/answers/parse';
import { recommend } from '../core/architecture/recommend';
import { InputError } from '../core/errors';
import { answersHash } from '../deploy/answers-hash';
import { planLocalPipeline } from './plan';
import { REPORT_FILE, runLocalPipeline, type LocalRunReport, type LocalRunTimings } from './run';

/** Where the site's "Run locally" button writes, relative to the server's working folder. */
export const SERVER_RUN_DIR = join('.lakewise', 'local-run');
/** The button runs a sample a laptop finishes in seconds; the CLI takes larger ones. */
export const SERVER_MAX_ROWS = 200_000;

export type ServerRunOutcome =
  | { readonly status: 200; readonly body: { readonly report: LocalRunReport; /** Only for a run this request started. */ readonly timings?: LocalRunTimings } }
  | { readonly status: 400 | 404 | 409; readonly body: { readonly error: string } };

let running = false;

/**
 * One local run for the site: answers in, summary out. Runs one at a time (a second
 * request while one is running is told so, not queued), into one folder, so the page
 * always shows the run its own button started last.
 */
export async function runFromAnswers(input: unknown, rows: number | undefined, baseDir = process.cwd()): Promise<ServerRunOutcome> {
  const parsed = parseAnswers(input, 'answers');
  if (!parsed.ok) return { status: 400, body: { error: parsed.error.message } };
  if (rows !== undefined && (!Number.isInteger(rows) || rows < 1 || rows > SERVER_MAX_ROWS)) {
    return { status: 400, body: { error: `rows: expected a whole number from 1 to ${SERVER_MAX_ROWS.toLocaleString('en-US')}, received ${rows}` } };
  }
  if (running) return { status: 409, body: { error: 'a local run is already in progress; try again when it finishes' } };
  running = true;
  try {
    const model = recommend(parsed.answers);
    const plan = planLocalPipeline(parsed.answers, model, answersHash(parsed.answers), { rows });
    const { report, timings } = await runLocalPipeline(plan, resolve(baseDir, SERVER_RUN_DIR));
    return { status: 200, body: { report, timings } };
  } catch (error) {
    if (error instanceof InputError) return { status: 400, body: { error: error.message } };
    throw error;
  } finally {
    running = false;
  }
}

export async function lastRun(baseDir = process.cwd()): Promise<ServerRunOutcome> {
  try {
    const report = JSON.parse(await readFile(resolve(baseDir, SERVER_RUN_DIR, REPORT_FILE), 'utf8')) as LocalRunReport;
    return { status: 200, body: { report } };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { status: 404, body: { error: 'no local run yet' } };
    throw error;
  }
}
