// Local pipeline bench: throughput on 1,000,000 generated rows against bare DuckDB passes
// over the same data (target < 3×). Figures only; nothing here asserts a timing.
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDuckDb } from '../src/local-pipeline/duckdb';
import { GOLD_TABLE_IDS } from '../src/local-pipeline/gold';
import { runLocalPipeline, type LocalPipelinePlan } from '../src/local-pipeline/run';
import { SAMPLE_DATASET_IDS } from '../src/local-pipeline/sample-data';

const seconds = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

interface Timing {
  readonly wallMs: number;
  /** CPU time of this process (DuckDB's threads included): steadier than wall time on a shared machine. */
  readonly cpuMs: number;
}

async function timed(work: () => Promise<void>): Promise<Timing> {
  const cpuBefore = process.cpuUsage();
  const started = performance.now();
  await work();
  const cpu = process.cpuUsage(cpuBefore);
  return { wallMs: performance.now() - started, cpuMs: (cpu.user + cpu.system) / 1000 };
}

async function timeDuck(statements: (connection: Awaited<ReturnType<typeof openDuckDb>>['connection']) => Promise<void>): Promise<Timing> {
  const duck = await openDuckDb();
  try {
    return await timed(() => statements(duck.connection));
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
  await pipelineThroughput();
}
