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

/** Runs queued behind the one in progress before a further request is turned away. */
export const SERVER_MAX_QUEUED = 16;

export type ServerRunOutcome =
  | { readonly status: 200; readonly body: { readonly report: LocalRunReport; /** Only for a run this request started. */ readonly timings?: LocalRunTimings } }
  | { readonly status: 400 | 404; readonly body: { readonly error: string } }
  /** `code: 'busy'` lets a page say "wait" in its own language instead of showing the English error. */
  | { readonly status: 503; readonly body: { readonly error: string; readonly code: 'busy' } };

/** Settles when the last queued run has finished; each run waits for the one before it. */
let queueTail: Promise<void> = Promise.resolve();
let queued = 0;

async function inTurn<T>(work: () => Promise<T>): Promise<T> {
  const previous = queueTail;
  let finished!: () => void;
  queueTail = new Promise<void>((resolve) => {
    finished = resolve;
  });
  await previous;
  try {
    return await work();
  } finally {
    finished();
  }
}

/**
 * One local run for the site: answers in, summary out. Runs take turns in one folder
 * (a room of attendees pressing the button together each get their own run, one
 * after another, and the folder always holds a whole run); past SERVER_MAX_QUEUED
 * waiting runs a request is told to come back rather than queued.
 */
export async function runFromAnswers(input: unknown, rows: number | undefined, baseDir = process.cwd()): Promise<ServerRunOutcome> {
  const parsed = parseAnswers(input, 'answers');
  if (!parsed.ok) return { status: 400, body: { error: parsed.error.message } };
  if (rows !== undefined && (!Number.isInteger(rows) || rows < 1 || rows > SERVER_MAX_ROWS)) {
    return { status: 400, body: { error: `rows: expected a whole number from 1 to ${SERVER_MAX_ROWS.toLocaleString('en-US')}, received ${rows}` } };
  }
  if (queued > SERVER_MAX_QUEUED) {
    return { status: 503, body: { error: `${SERVER_MAX_QUEUED} local runs are already waiting; try again when they finish`, code: 'busy' } };
  }
  queued += 1;
  try {
    return await inTurn(async () => {
      const model = recommend(parsed.answers);
      const plan = planLocalPipeline(parsed.answers, model, answersHash(parsed.answers), { rows });
      const { report, timings } = await runLocalPipeline(plan, resolve(baseDir, SERVER_RUN_DIR));
      return { status: 200, body: { report, timings } };
    });
  } catch (error) {
    if (error instanceof InputError) return { status: 400, body: { error: error.message } };
    throw error;
  } finally {
    queued -= 1;
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
