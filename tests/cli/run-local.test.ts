import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
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
    const long = await lakewiseWithEnv({ HOME: work }, 'run-local', answers, '--out', out, '--rows', '4000', '--bad-rows', '0.1', '--query', "SELECT repeat('x', 100000) AS s FROM range(1000)");
    expect(long.code).toBe(0);
    expect(long.stdout).toContain('(first 11 rows shown: the result holds more than 1,000,000 characters; select fewer columns or shorter values)');
  });

  test('refuses queries that reach outside the run, and bad options, with a clear message', async () => {
    const escape = await lakewiseWithEnv({ HOME: work }, 'run-local', answers, '--out', out, '--rows', '4000', '--bad-rows', '0.1', '--query', "SELECT * FROM read_text('/etc/hostname')");
    expect(escape.code).toBe(1);
    expect(escape.stderr).toMatch(/lakewise run-local: --query: .*disabled by configuration/);
    const drop = await lakewiseWithEnv({ HOME: work }, 'run-local', answers, '--out', out, '--rows', '4000', '--bad-rows', '0.1', '--query', 'DROP TABLE customer_360');
    expect(drop.code).toBe(1);
    expect(drop.stderr).toContain('lakewise run-local: --query: refused a DROP statement: only one read-only statement (SELECT, or WITH … SELECT) runs here');
    expect(drop.stdout).not.toContain('Success');
    const smuggled = await lakewiseWithEnv({ HOME: work }, 'run-local', answers, '--out', out, '--rows', '4000', '--bad-rows', '0.1', '--query', 'SELECT 1; DROP TABLE daily_sales');
    expect(smuggled.code).toBe(1);
    expect(smuggled.stderr).toContain('lakewise run-local: --query: refused 2 statements (SELECT, DROP)');
    const rows = await lakewiseWithEnv({ HOME: work }, 'run-local', answers, '--rows', 'many');
    expect(rows.code).toBe(1);
    expect(rows.stderr).toContain('lakewise run-local: --rows: expected a number, received "many"');
    const flag = await lakewiseWithEnv({ HOME: work }, 'run-local', answers, '--fast');
    expect(flag.code).toBe(2);
  });

  test('says in one line what is wrong with --out, --as-of or too few --rows, and writes nothing', async () => {
    const file = join(work, 'a-file');
    writeFileSync(file, 'kept');
    const onFile = await lakewiseWithEnv({ HOME: work }, 'run-local', answers, '--out', file, '--rows', '100');
    expect(onFile.code).toBe(1);
    expect(onFile.stderr).toBe(`lakewise run-local: --out ${file}: is a file, expected a folder\n`);
    expect(readFileSync(file, 'utf8')).toBe('kept');
    const impossible = join(work, 'impossible-day');
    const day = await lakewiseWithEnv({ HOME: work }, 'run-local', answers, '--out', impossible, '--as-of', '2025-02-30');
    expect(day.code).toBe(1);
    expect(day.stderr).toBe('lakewise run-local: --as-of: expected a calendar day as YYYY-MM-DD, received "2025-02-30"\n');
    expect(existsSync(impossible)).toBe(false);
    const few = await lakewiseWithEnv({ HOME: work }, 'run-local', answers, '--out', join(work, 'few'), '--rows', '1');
    expect(few.code).toBe(1);
    expect(few.stderr).toMatch(/^lakewise run-local: --rows: expected at least \d+, one record for each sample dataset of these answers \(customers, orders.*\), received 1\n$/);
  });

  // Root passes every permission check, so these are folders that refuse root too.
  test('stops at once with one line naming --out and why when it cannot be written, and writes nothing', async () => {
    const procfs = await lakewiseWithEnv({ HOME: work }, 'run-local', answers, '--out', '/proc/lakewise-run', '--rows', '100');
    expect(procfs.code).toBe(1);
    expect(procfs.stderr).toBe('lakewise run-local: --out /proc/lakewise-run: /proc does not accept new files or folders\n');
    const deeper = await lakewiseWithEnv({ HOME: work }, 'run-local', answers, '--out', '/proc/lakewise-run/deeper', '--rows', '100');
    expect(deeper.code).toBe(1);
    expect(deeper.stderr).toBe('lakewise run-local: --out /proc/lakewise-run/deeper: /proc does not accept new files or folders\n');
    const inProc = await lakewiseWithEnv({ HOME: work }, 'run-local', answers, '--out', '/proc', '--rows', '100');
    expect(inProc.code).toBe(1);
    expect(inProc.stderr).toBe('lakewise run-local: --out /proc: does not accept new files or folders\n');

    const file = join(work, 'in-the-way');
    writeFileSync(file, 'kept');
    const underFile = await lakewiseWithEnv({ HOME: work }, 'run-local', answers, '--out', join(file, 'run'), '--rows', '100');
    expect(underFile.code).toBe(1);
    expect(underFile.stderr).toBe(`lakewise run-local: ${file}: is a file, expected a folder\n`);
    expect(readFileSync(file, 'utf8')).toBe('kept');

    const readOnly = await lakewiseWithEnv({ HOME: work }, 'run-local', answers, '--out', '/sys/kernel/lakewise-run', '--rows', '100');
    expect(readOnly.code).toBe(1);
    expect(readOnly.stderr).toBe('lakewise run-local: --out /sys/kernel/lakewise-run: permission denied\n');
    expect(existsSync('/sys/kernel/lakewise-run')).toBe(false);
    expect(procfs.stdout + deeper.stdout + inProc.stdout + underFile.stdout + readOnly.stdout).toBe('');
  });

  test('generates exactly --rows records, one when asked for one', async () => {
    const single = join(work, 'single-source.json');
    writeFileSync(single, JSON.stringify({ schemaVersion: 2, sources: { kinds: ['saas-apis'] }, freshness: 'daily-batch' }));
    const one = await lakewiseWithEnv({ HOME: work }, 'run-local', single, '--out', join(work, 'one'), '--rows', '1');
    expect(one.code).toBe(0);
    expect(one.stdout).toContain('Local run (1 generated record, ');
    const report = JSON.parse(readFileSync(join(work, 'one', 'report.json'), 'utf8')) as { datasets: { received: number }[] };
    expect(report.datasets.reduce((sum, entry) => sum + entry.received, 0)).toBe(1);
  });
});
