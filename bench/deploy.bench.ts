// Deploy bench: synth time and memory per advisor shape (target < 10 s). The local
// pipeline's throughput is in pipeline.bench.ts. Figures only; nothing here asserts a timing.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deploymentInputs } from '../src/deploy/inputs';
import { buildLakewiseApp } from '../src/infra/app';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const SHAPES = ['batch-data-lake', 'dw-modernisation', 'realtime-streaming', 'lambda-architecture', 'governed-lake', 'ml-on-curated-data', 'hadoop-migration', 'operational-serving', 'kafka-streaming'];
const MB = 1024 * 1024;

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

async function answersJson(shape: string): Promise<unknown> {
  return JSON.parse(readFileSync(join(ROOT, 'tests/fixtures/answers', `${shape}.json`), 'utf8'));
}

/** In-process synth (build + synth with cdk-nag and CloudFormation validation), per shape. */
async function synthInProcess(): Promise<void> {
  console.log('\n## Synth in one process (build + synth, cdk-nag and CloudFormation validation on)');
  console.log('shape                 wall      cpu       heap Δ   resources');
  for (const [index, shape] of SHAPES.entries()) {
    const inputs = await deploymentInputs(await answersJson(shape), shape);
    const outdir = mkdtempSync(join(tmpdir(), 'lakewise-bench-synth-'));
    const heapBefore = process.memoryUsage().heapUsed;
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    const { app, stack } = buildLakewiseApp(inputs.model, inputs.answers, inputs.estimate.totals.expectedUsd, { outdir, assumptions: inputs.assumptions });
    const assembly = app.synth();
    const wall = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const resources = Object.keys((assembly.getStackByName(stack.stackName).template as { Resources: object }).Resources).length;
    const heap = (process.memoryUsage().heapUsed - heapBefore) / MB;
    console.log(`${shape.padEnd(21)} ${seconds(wall).padEnd(9)} ${seconds((cpu.user + cpu.system) / 1000).padEnd(9)} ${`${heap.toFixed(0)} MB`.padEnd(8)} ${resources}${index === 0 ? '  (first: loads the CloudFormation validator)' : ''}`);
    rmSync(outdir, { recursive: true, force: true });
  }
  console.log(`process RSS after all shapes: ${(process.memoryUsage().rss / MB).toFixed(0)} MB (wall times include waiting for the CPU on a busy machine; cpu is this process's own work)`);
}

/** Runs a command under /usr/bin/time (when present) for its CPU time and peak memory. */
function timed(command: string, args: string[]): Promise<{ wallMs: number; cpuMs?: number; maxRssMb?: number; code: number }> {
  const useTime = existsSync('/usr/bin/time');
  const started = performance.now();
  return new Promise((resolve) => {
    const [file, fileArgs] = useTime ? ['/usr/bin/time', ['-f', 'lakewise-bench %U %S %M', command, ...args]] : [command, args];
    execFile(file, fileArgs, { cwd: ROOT, maxBuffer: 64 * MB }, (error, _stdout, stderr) => {
      const measured = /lakewise-bench ([\d.]+) ([\d.]+) (\d+)/.exec(stderr);
      resolve({
        wallMs: performance.now() - started,
        cpuMs: measured ? (Number(measured[1]) + Number(measured[2])) * 1000 : undefined,
        maxRssMb: measured ? Number(measured[3]) / 1024 : undefined,
        code: error ? 1 : 0,
      });
    });
  });
}

/** What a user waits for: `lakewise synth` in a fresh process, app source and assembly written. */
async function synthCli(): Promise<void> {
  console.log('\n## lakewise synth, fresh process per shape (what a user waits for)');
  console.log('shape                 wall      cpu       peak RSS  exit');
  const node = join(ROOT, 'node_modules/.bin/node');
  for (const shape of SHAPES) {
    const out = mkdtempSync(join(tmpdir(), 'lakewise-bench-cli-'));
    const result = await timed(node, [join(ROOT, 'bin/lakewise.mjs'), 'synth', join(ROOT, 'tests/fixtures/answers', `${shape}.json`), '--out', out]);
    const cpu = result.cpuMs === undefined ? 'n/a' : seconds(result.cpuMs);
    console.log(`${shape.padEnd(21)} ${seconds(result.wallMs).padEnd(9)} ${cpu.padEnd(9)} ${result.maxRssMb === undefined ? 'n/a' : `${result.maxRssMb.toFixed(0)} MB`.padEnd(9)} ${result.code}`);
    rmSync(out, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  await synthInProcess();
  await synthCli();
}
