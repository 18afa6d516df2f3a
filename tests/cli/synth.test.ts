import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { lakewiseWithEnv, PROJECT, type CliRun } from '../support/lakewise-cli';

const work = mkdtempSync(join(tmpdir(), 'lakewise-synth-cli-'));
const answers = join(import.meta.dirname, '..', 'fixtures', 'answers', 'governed-lake.json');
const out = join(work, 'out');
let run: CliRun;

/** Template resources without the path metadata the CDK CLI adds and a plain synth leaves out. */
function comparable(path: string): unknown {
  const template = JSON.parse(readFileSync(path, 'utf8')) as { Resources: Record<string, { Metadata?: Record<string, unknown> }> };
  delete template.Resources.CDKMetadata;
  for (const resource of Object.values(template.Resources)) {
    if (!resource.Metadata) continue;
    for (const key of Object.keys(resource.Metadata)) if (key.startsWith('aws:cdk:path') || key.startsWith('aws:asset:')) delete resource.Metadata[key];
    if (Object.keys(resource.Metadata).length === 0) delete resource.Metadata;
  }
  return template;
}

beforeAll(async () => {
  run = await lakewiseWithEnv({ HOME: work }, 'synth', answers, '--out', out);
});

afterAll(() => rmSync(work, { recursive: true, force: true }));

describe('lakewise synth', () => {
  test('writes the CDK app and the synthesized CloudFormation, checked by cdk-nag, without AWS', () => {
    expect(run.stderr).not.toMatch(/Error/);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/Stack (Lakewise-[0-9a-f]{12}): \d+ resources, cdk-nag AwsSolutions passed \(\d+ findings acknowledged with reasons\)/);
    expect(run.stdout).toMatch(/Budget: an AWS Budgets alert at USD [\d,]+\.\d\d per month/);
    const stack = /Stack (Lakewise-[0-9a-f]{12})/.exec(run.stdout)![1]!;
    const template = JSON.parse(readFileSync(join(out, 'cdk.out', `${stack}.template.json`), 'utf8')) as { Resources: Record<string, { Type: string }> };
    expect(Object.values(template.Resources).some((resource) => resource.Type === 'AWS::LakeFormation::DataLakeSettings')).toBe(true);
    for (const file of ['cdk.json', 'package.json', 'deployment.json', 'README.md', 'bin/lakewise-app.ts', 'src/infra/app.ts', 'src/infra/assets/spark/medallion_job.py', 'src/local-pipeline/sample-data.ts']) {
      expect(existsSync(join(out, 'app', file)), file).toBe(true);
    }
    const manifest = JSON.parse(readFileSync(join(out, 'app', 'package.json'), 'utf8')) as { dependencies: Record<string, string> };
    expect(Object.keys(manifest.dependencies)).toEqual(expect.arrayContaining(['aws-cdk-lib', 'constructs', 'cdk-nag']));
    expect(readdirSync(out).sort()).toEqual(['app', 'cdk.out']);
  });

  test('wrote an app that rebuilds the same template on its own', async () => {
    const stack = /Stack (Lakewise-[0-9a-f]{12})/.exec(run.stdout)![1]!;
    const app = join(out, 'app');
    symlinkSync(join(PROJECT, 'node_modules'), join(app, 'node_modules'));
    const rebuilt = join(work, 'rebuilt');
    const command = JSON.parse(readFileSync(join(app, 'cdk.json'), 'utf8')) as { app: string };
    expect(command.app).toBe('npx tsx bin/lakewise-app.ts');
    await new Promise<void>((resolve, reject) => {
      execFile(join(PROJECT, 'node_modules/.bin/tsx'), ['bin/lakewise-app.ts'], { cwd: app, env: { ...process.env, CDK_OUTDIR: rebuilt } }, (error, _stdout, stderr) =>
        error ? reject(new Error(`${error.message}\n${stderr}`)) : resolve(),
      );
    });
    expect(comparable(join(rebuilt, `${stack}.template.json`))).toEqual(comparable(join(out, 'cdk.out', `${stack}.template.json`)));
  });

  test('keeps seller notes out of every synthesized file, and out of the stack name and hash', async () => {
    const note = 'Seller note: CFO is shopping a rival quote, do not mention it';
    const withNotes = join(work, 'with-notes.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(withNotes, JSON.stringify({ ...(JSON.parse(readFileSync(answers, 'utf8')) as object), notes: note }));
    const notedOut = join(work, 'noted-out');
    const noted = await lakewiseWithEnv({ HOME: work }, 'synth', withNotes, '--out', notedOut);
    expect(noted.code).toBe(0);
    const stack = /Stack (Lakewise-[0-9a-f]{12})/.exec(run.stdout)![1]!;
    expect(/Stack (Lakewise-[0-9a-f]{12})/.exec(noted.stdout)![1]).toBe(stack);
    const hashTag = (dir: string) => JSON.stringify(JSON.parse(readFileSync(join(dir, 'cdk.out', `${stack}.template.json`), 'utf8'))).match(/"Key":"lakewise:answers-hash","Value":"([0-9a-f]{64})"/)?.[1];
    expect(hashTag(notedOut)).toBeDefined();
    expect(hashTag(notedOut)).toBe(hashTag(out));
    const files = readdirSync(notedOut, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
    expect(files.length).toBeGreaterThan(0);
    for (const file of files) expect(readFileSync(join(file.parentPath, file.name), 'utf8'), file.name).not.toContain('CFO is shopping');
  });

  test('says in one line that --out is a file, not a folder, and leaves the file alone', async () => {
    const file = join(work, 'a-file');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(file, 'kept');
    const result = await lakewiseWithEnv({ HOME: work }, 'synth', answers, '--out', file);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(`lakewise synth: --out ${file}: is a file, expected a folder\n`);
    expect(readFileSync(file, 'utf8')).toBe('kept');
    const underFile = await lakewiseWithEnv({ HOME: work }, 'synth', answers, '--out', join(file, 'cdk'));
    expect(underFile.code).toBe(1);
    expect(underFile.stderr).toBe(`lakewise synth: ${file}: is a file, expected a folder\n`);
    expect(readFileSync(file, 'utf8')).toBe('kept');
  });

  // Root passes every permission check, so these are folders that refuse root too.
  test('stops at once with one line when --out is under /proc or in a read-only folder', async () => {
    const procfs = await lakewiseWithEnv({ HOME: work }, 'synth', answers, '--out', '/proc/lakewise-cdk');
    expect(procfs.code).toBe(1);
    expect(procfs.stderr).toBe('lakewise synth: --out /proc/lakewise-cdk: /proc does not accept new files or folders\n');
    const readOnly = await lakewiseWithEnv({ HOME: work }, 'synth', answers, '--out', '/sys/kernel/lakewise-cdk');
    expect(readOnly.code).toBe(1);
    expect(readOnly.stderr).toBe('lakewise synth: --out /sys/kernel/lakewise-cdk: permission denied\n');
    expect(existsSync('/sys/kernel/lakewise-cdk')).toBe(false);
    expect(procfs.stdout + readOnly.stdout).toBe('');
  });

  test('names the field when the answers are invalid, and exits 1', async () => {
    const bad = join(work, 'bad.json');
    const { writeFileSync } = await import('node:fs');
    writeFileSync(bad, JSON.stringify({ schemaVersion: 2, volume: { dailyIngestGb: 'lots' } }));
    const result = await lakewiseWithEnv({ HOME: work }, 'synth', bad, '--out', join(work, 'bad-out'));
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/lakewise synth: .*bad\.json: volume\.dailyIngestGb: /);
    expect(existsSync(join(work, 'bad-out'))).toBe(false);
  });
});
