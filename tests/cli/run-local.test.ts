import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { lakewiseWithEnv } from '../support/lakewise-cli';

const work = mkdtempSync(join(tmpdir(), 'lakewise-run-local-cli-'));
const answers = join(import.meta.dirname, '..', 'fixtures', 'answers', 'lambda-architecture.json');
const out = join(work, 'run');

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('lakewise run-local', () => {
  test('runs sample data through bronze, silver and gold, reconciles and lists the queries', async () => {
    const run = await lakewiseWithEnv({ HOME: work }, 'run-local', answers, '--out', out, '--rows', '4000', '--bad-rows', '0.1');
    expect(run.stderr).toBe('');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Reconciliation: every received record is in silver or in quarantine');
    expect(run.stdout).toMatch(/Quarantine by reason:[\s\S]*duplicate_key/);
    expect(run.stdout).toContain('Athena-style queries');
    const report = JSON.parse(readFileSync(join(out, 'report.json'), 'utf8')) as { balanced: boolean; gold: { file: string }[] };
    expect(report.balanced).toBe(true);
    expect(report.gold.length).toBeGreaterThan(0);
  });

  test('runs an example query by id, and the user\'s own SQL, over the finished run', async () => {
    const byId = await lakewiseWithEnv({ HOME: work }, 'run-local', answers, '--out', out, '--rows', '4000', '--bad-rows', '0.1', '--query', 'quarantine-by-reason');
    expect(byId.code).toBe(0);
    expect(byId.stdout).not.toContain('Reconciliation:');
    expect(byId.stdout).toMatch(/dataset\s+reason\s+records/);
    const own = await lakewiseWithEnv({ HOME: work }, 'run-local', answers, '--out', out, '--rows', '4000', '--bad-rows', '0.1', '--query', 'SELECT count(*) AS n FROM quarantine');
    expect(own.code).toBe(0);
    expect(own.stdout).toMatch(/n\s*\n-+\s*\n\d+/);
  });

  test('refuses queries that reach outside the run, and bad options, with a clear message', async () => {
    const escape = await lakewiseWithEnv({ HOME: work }, 'run-local', answers, '--out', out, '--rows', '4000', '--bad-rows', '0.1', '--query', "SELECT * FROM read_text('/etc/hostname')");
    expect(escape.code).toBe(1);
    expect(escape.stderr).toMatch(/lakewise run-local: --query: .*disabled by configuration/);
    const rows = await lakewiseWithEnv({ HOME: work }, 'run-local', answers, '--rows', 'many');
    expect(rows.code).toBe(1);
    expect(rows.stderr).toContain('lakewise run-local: --rows: expected a number, received "many"');
    const flag = await lakewiseWithEnv({ HOME: work }, 'run-local', answers, '--fast');
    expect(flag.code).toBe(2);
  });
});
