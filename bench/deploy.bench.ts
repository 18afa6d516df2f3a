// Deploy bench: synth time and memory per advisor shape (target < 10 s), and local
// pipeline throughput on 1,000,000 generated rows against bare DuckDB passes over the
// same data (target < 3×). Figures only; nothing here asserts a timing.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deploymentInputs } from '../src/deploy/inputs';
import { buildLakewiseApp } from '../src/infra/app';
import { openDuckDb } from '../src/local-pipeline/duckdb';
import { GOLD_TABLE_IDS } from '../src/local-pipeline/gold';
import { runLocalPipeline, type LocalPipelinePlan } from '../src/local-pipeline/run';
import { SAMPLE_DATASET_IDS } from '../src/local-pipeline/sample-data';

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

interface Timing {
  readonly wallMs: number;
  /** CPU time of this process (DuckDB's threads included): steadier than wall time on a shared machine. */
  readonly cpuMs: number;
}

async function timed_(work: () => Promise<void>): Promise<Timing> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await work();
  const cpu = process.cpuUsage(cpuBefore);
  return { wallMs: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 };
}

async function timeDuck(statements: (connection: Awaited<ReturnType<typeof openDuckDb>>['connection']) => Promise<void>): Promise<Timing> {
  const duck = await openDuckDb();
  try {
    return await timed_(() => statements(duck.connection));
  } finally {
    duck.close();
  }
}

/** Pipeline throughput on a million rows, against two bare DuckDB passes over the same data. */
async function pipelineThroughput(): Promise<void> {
  const rows = 1_000_000;
  const plan: LocalPipelinePlan = { answersHash: 'bench', datasets: [...SAMPLE_DATASET_IDS], gold: [...GOLD_TABLE_IDS], rows, asOf: '2025-06-30', badRowRate: 0.02 };
  const outDir = mkdtempSync(join(tmpdir(), 'lakewise-bench-pipeline-'));
  try {
    const { report, timings } = await runLocalPipeline(plan, outDir);
    const silverFiles = (await readdir(join(outDir, 'silver'))).map((file) => join(outDir, 'silver', file));
    const bronzeFiles = report.datasets.map((entry) => ({ path: join(outDir, entry.bronzeFile), format: entry.format }));
    // (a) Bare scan: read the pipeline's own silver Parquet into memory.
    const scanMs = await timeDuck(async (connection) => {
      for (const [index, path] of silverFiles.entries()) {
        const prepared = await connection.prepare(`CREATE TABLE scan_${index} AS SELECT * FROM read_parquet($path)`);
        prepared.bind({ path });
        await prepared.run();
      }
    });
    // (b) Bare pass over the same input: bronze as received to Parquet, no typing, checks or dedup.
    const scratch = mkdtempSync(join(tmpdir(), 'lakewise-bench-bare-'));
    const bareMs = await timeDuck(async (connection) => {
      for (const [index, file] of bronzeFiles.entries()) {
        const source = file.format === 'csv' ? 'read_csv($path, header = true, all_varchar = true, strict_mode = false)' : "read_json($path, format = 'newline_delimited', ignore_errors = true)";
        const prepared = await connection.prepare(`COPY (SELECT * FROM ${source}) TO $target (FORMAT parquet, COMPRESSION zstd)`);
        prepared.bind({ path: file.path, target: join(scratch, `${index}.parquet`) });
        await prepared.run();
      }
    });
    rmSync(scratch, { recursive: true, force: true });
    const received = report.datasets.reduce((sum, entry) => sum + entry.received, 0);
    const perSecond = (ms: number) => Math.round(received / (ms / 1000)).toLocaleString('en-US');
    const pipelineCpuMs = timings.pipelineCpuMs;
    console.log(`\n## Local pipeline, ${received.toLocaleString('en-US')} generated rows (${report.datasets.length} datasets, ${report.gold.length} gold tables, balanced: ${report.balanced})`);
    console.log(`sample generation (JS):          wall ${seconds(timings.generateMs)}`);
    console.log(`pipeline bronze→silver→gold:     wall ${seconds(timings.pipelineMs)}  cpu ${seconds(pipelineCpuMs)}  (${perSecond(timings.pipelineMs)} rows/s)`);
    console.log(`(a) bare scan of silver Parquet: wall ${seconds(scanMs.wallMs)}  cpu ${seconds(scanMs.cpuMs)}  → pipeline ${(timings.pipelineMs / scanMs.wallMs).toFixed(1)}× wall, ${(pipelineCpuMs / scanMs.cpuMs).toFixed(1)}× cpu`);
    console.log(`(b) bare bronze→Parquet copy:    wall ${seconds(bareMs.wallMs)}  cpu ${seconds(bareMs.cpuMs)}  → pipeline ${(timings.pipelineMs / bareMs.wallMs).toFixed(1)}× wall, ${(pipelineCpuMs / bareMs.cpuMs).toFixed(1)}× cpu`);
    console.log(`peak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  await synthInProcess();
  await synthCli();
  await pipelineThroughput();
}
