import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';
import { lakewiseWithEnv } from './deploy-runner';

const work = mkdtempSync(join(tmpdir(), 'lakewise-deploy-cli-'));
const answers = join(import.meta.dirname, '..', 'fixtures', 'answers', 'realtime-streaming.json');
/** A home with no ~/.aws, and every credential lookup pointed at files that do not exist. */
const noCredentials = {
  HOME: join(work, 'home'),
  AWS_CONFIG_FILE: join(work, 'missing-config'),
  AWS_SHARED_CREDENTIALS_FILE: join(work, 'missing-credentials'),
};
/** Syntactically valid, fake keys (AWS's documentation example): enough to pass the check, useless at AWS. */
const fakeCredentials = { ...noCredentials, AWS_ACCESS_KEY_ID: 'AKIAIOSFODNN7EXAMPLE', AWS_SECRET_ACCESS_KEY: 'wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY' };

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('lakewise deploy', () => {
  test('without credentials says so, changes nothing and exits non-zero', async () => {
    const out = join(work, 'no-credentials');
    const run = await lakewiseWithEnv(noCredentials, 'deploy', answers, '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('lakewise deploy: No AWS credentials found, so nothing was deployed or changed.');
    expect(run.stderr).toContain('aws configure');
    expect(existsSync(out)).toBe(false);
  });

  test('with credentials and --dry-run reaches the toolkit: synth and diff of the assembly, the estimate, no deployment', async () => {
    const out = join(work, 'dry-run');
    const run = await lakewiseWithEnv(fakeCredentials, 'deploy', answers, '--dry-run', '--out', out);
    expect(run.stderr).not.toContain('No AWS credentials');
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('Credentials: found (environment variables).');
    expect(run.stdout).toMatch(/Stack Lakewise-[0-9a-f]{12}: \d+ resources, cdk-nag AwsSolutions passed/);
    expect(run.stdout).toContain('Successfully synthesized to');
    expect(run.stdout).toContain('Changes (against an empty stack)');
    expect(run.stdout).toMatch(/\[\+\] AWS::Budgets::Budget budget\/budget/);
    expect(run.stdout).toMatch(/\[\+\] AWS::Kinesis::Stream kinesis-data-streams\/stream/);
    expect(run.stdout).toMatch(/Estimate: USD [\d,]+\.\d\d per month/);
    expect(run.stdout).toContain('Dry run: stopped before deploying. Nothing was sent to AWS.');
    expect(existsSync(join(out, 'cdk.out', 'manifest.json'))).toBe(true);
  });

  test('rejects unknown flags as bad usage', async () => {
    const run = await lakewiseWithEnv(noCredentials, 'deploy', answers, '--force');
    expect(run.code).toBe(2);
    expect(run.stderr).toMatch(/lakewise deploy: Unknown option '--force'/);
  });
});

describe('lakewise destroy', () => {
  test('without credentials says so, removes nothing and exits non-zero', async () => {
    const run = await lakewiseWithEnv(noCredentials, 'destroy', answers);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('lakewise destroy: No AWS credentials found, so nothing was removed.');
  });
});
