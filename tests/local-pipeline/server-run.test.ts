import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lastRun, runFromAnswers } from '../../src/local-pipeline/server-run';

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

  test('runs valid answers, refuses a second run while one is going, then serves the last run', async () => {
    const first = runFromAnswers(answers, 2000, base);
    const second = await runFromAnswers(answers, 2000, base);
    expect(second).toEqual({ status: 409, body: { error: 'a local run is already in progress; try again when it finishes' } });
    const done = await first;
    expect(done.status).toBe(200);
    if (done.status !== 200) return;
    expect(done.body.report.balanced).toBe(true);
    expect(done.body.report.datasets.map((entry) => entry.dataset)).toContain('app_logs');
    expect(done.body.timings?.pipelineMs).toBeGreaterThan(0);
    const last = await lastRun(base);
    expect(last).toEqual({ status: 200, body: { report: done.body.report } });
  });

  test('answers 400 with the field name for invalid answers or rows', async () => {
    const invalid = await runFromAnswers({ schemaVersion: 2, freshness: 'weekly' }, undefined, base);
    expect(invalid.status).toBe(400);
    expect(invalid.status === 400 && invalid.body.error).toMatch(/^answers: freshness: /);
    const rows = await runFromAnswers(answers, 10_000_000, base);
    expect(rows).toEqual({ status: 400, body: { error: 'rows: expected a whole number from 1 to 200,000, received 10000000' } });
  });
});
