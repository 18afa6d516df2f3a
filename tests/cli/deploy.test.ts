import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { startLocalAwsServer, type LocalAwsServer, type StoredVersion } from '../support/local-aws-server';
import { lakewiseWithEnv } from '../support/lakewise-cli';

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

describe('lakewise deploy and destroy against a local CloudFormation, S3 and STS (the real SDK clients and CDK toolkit, through AWS_ENDPOINT_URL)', () => {
  const RAW_BUCKET = 'lakewise-raw-local-test';
  const GOLD_BUCKET = 'lakewise-gold-local-test';
  /** More than one ListObjectVersions page (1,000), with delete markers among the versions. */
  const rawVersions = (): StoredVersion[] => Array.from({ length: 1500 }, (_, index) => ({ key: `orders/part-${index}.csv`, versionId: `v${index}`, deleteMarker: index % 250 === 0 }));
  let aws: LocalAwsServer;
  let env: Record<string, string>;

  beforeAll(async () => {
    aws = await startLocalAwsServer(
      new Map([
        [RAW_BUCKET, rawVersions()],
        [GOLD_BUCKET, [{ key: 'daily_sales/part-0.parquet', versionId: 'g1' }, { key: 'daily_sales/part-0.parquet', versionId: 'g2' }]],
      ]),
    );
    env = { ...fakeCredentials, AWS_EC2_METADATA_DISABLED: 'true', AWS_ENDPOINT_URL: aws.endpoint };
  });

  afterAll(async () => {
    await aws?.close();
  });

  test('deploy shows the changes in the account and the estimate, then without a confirmation deploys nothing', async () => {
    const before = aws.requests.length;
    const run = await lakewiseWithEnv(env, 'deploy', answers, '--out', join(work, 'deploy-unconfirmed'));
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Changes in the account:');
    expect(run.stdout).toMatch(/\[\+\] AWS::Budgets::Budget budget\/budget/);
    expect(run.stdout).toMatch(/Estimate: USD [\d,]+\.\d\d per month/);
    expect(run.stderr).toContain('lakewise deploy: there is no terminal to confirm on; run again with --yes to deploy without a prompt.');
    const sent = aws.requests.slice(before);
    expect(sent).toContain('DescribeStacks');
    expect(sent.filter((request) => /^(CreateStack|UpdateStack|CreateChangeSet|ExecuteChangeSet)$/.test(request) || request.startsWith('PUT '))).toEqual([]);
  }, 120_000);

  test('empties the buckets only after the stack name is typed, then deletes the stack', async () => {
    const out = join(work, 'destroy');
    const deletions = () => aws.requests.filter((request) => request.includes('?delete') || request === 'DeleteStack');

    const noTerminal = await lakewiseWithEnv(env, 'destroy', answers, '--out', out);
    expect(noTerminal.code).toBe(2);
    expect(noTerminal.stdout).toContain(`${RAW_BUCKET}\n  ${GOLD_BUCKET}`);
    expect(noTerminal.stderr).toContain('pass --confirm <stack-name>');
    const stackName = /Stack (Lakewise-[0-9a-f]{12}) has 2 bucket\(s\) whose data will be deleted/.exec(noTerminal.stdout)?.[1];
    expect(stackName).toBeDefined();
    expect(aws.stacksListed).toEqual([stackName]);

    const wrongName = await lakewiseWithEnv(env, 'destroy', answers, '--out', out, '--confirm', `${stackName}x`);
    expect(wrongName.code).toBe(1);
    expect(wrongName.stdout).toContain('The name did not match. Nothing was emptied or deleted.');
    expect(deletions()).toEqual([]);
    expect(aws.buckets.get(RAW_BUCKET)).toEqual(rawVersions());
    expect(aws.buckets.get(GOLD_BUCKET)).toHaveLength(2);

    const typed = await lakewiseWithEnv(env, 'destroy', answers, '--out', out, '--confirm', stackName!);
    expect(typed.stderr).not.toContain('lakewise destroy:');
    expect(typed.code).toBe(0);
    expect(typed.stdout).toContain(`Emptied ${RAW_BUCKET}: 1500 object version(s) deleted.`);
    expect(typed.stdout).toContain(`Emptied ${GOLD_BUCKET}: 2 object version(s) deleted.`);
    expect(typed.stdout).toContain(`Deleted ${stackName}.`);
    expect(aws.buckets.get(RAW_BUCKET)).toEqual([]);
    expect(aws.buckets.get(GOLD_BUCKET)).toEqual([]);
    // Two DeleteObjects calls for the raw bucket (1,000 + 500), one for gold, and only then the stack.
    expect(deletions()).toEqual([`POST /${RAW_BUCKET}/?delete=`, `POST /${RAW_BUCKET}/?delete=`, `POST /${GOLD_BUCKET}/?delete=`, 'DeleteStack']);
  }, 120_000);
});
