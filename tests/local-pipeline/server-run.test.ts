import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lastRun, runFromAnswers, SERVER_MAX_QUEUED } from '../../src/local-pipeline/server-run';

let base: string;
const answers = { schemaVersion: 2, opportunity: { customerName: '<img src=x onerror=alert(1)>' }, sources: { kinds: ['logs'] } };

beforeAll(async () => {
  base = await mkdtemp(join(tmpdir(), 'lakewise-server-run-'));
});
afterAll(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('the local-run route logic', () => {
  test('has no last run before the first one', async () => {
    expect(await lastRun(base)).toEqual({ status: 404, body: { error: 'no local run yet' } });
  });

  test('runs two requests that arrive together one after the other, each to a whole report, then serves the last run', async () => {
    const first = runFromAnswers(answers, 2000, base);
    const second = runFromAnswers(answers, 2000, base);
    const [done, alsoDone] = await Promise.all([first, second]);
    expect(done.status).toBe(200);
    expect(alsoDone.status).toBe(200);
    if (done.status !== 200 || alsoDone.status !== 200) return;
    expect(done.body.report.balanced).toBe(true);
    expect(done.body.report.datasets.map((entry) => entry.dataset)).toContain('app_logs');
    expect(done.body.timings?.pipelineMs).toBeGreaterThan(0);
    // Same answers, same run: the second request did not see the first's half-written folder.
    expect(alsoDone.body.report).toEqual(done.body.report);
    const last = await lastRun(base);
    expect(last).toEqual({ status: 200, body: { report: alsoDone.body.report } });
  });

  test(`queues up to ${SERVER_MAX_QUEUED} runs behind the running one and tells the next request the server is busy`, async () => {
    const requests = Array.from({ length: SERVER_MAX_QUEUED + 2 }, () => runFromAnswers(answers, 50, base));
    const outcomes = await Promise.all(requests);
    expect(outcomes.filter((outcome) => outcome.status === 200)).toHaveLength(SERVER_MAX_QUEUED + 1);
    expect(outcomes.at(-1)).toEqual({ status: 503, body: { error: `${SERVER_MAX_QUEUED} local runs are already waiting; try again when they finish`, code: 'busy' } });
    expect((await runFromAnswers(answers, 50, base)).status).toBe(200);
  }, 60_000);

  test('answers 400 with the field name for invalid answers or rows', async () => {
    const invalid = await runFromAnswers({ schemaVersion: 2, freshness: 'weekly' }, undefined, base);
    expect(invalid.status).toBe(400);
    expect(invalid.status === 400 && invalid.body.error).toMatch(/^answers: freshness: /);
    const rows = await runFromAnswers(answers, 10_000_000, base);
    expect(rows).toEqual({ status: 400, body: { error: 'rows: expected a whole number from 1 to 200,000, received 10000000' } });
  });
});
