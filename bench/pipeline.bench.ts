// Local pipeline bench: throughput on 1,000,000 generated rows against bare DuckDB passes
// over the same data (target < 3× a scan of the Parquet), and the floor that reading bronze
// as received sets. "The same Parquet" has two readings, so both are printed: the
// pipeline's own silver output (a), and all the generated rows written as Parquet (d).
// Figures only; nothing here asserts a timing.
import { mkdtempSync, rmSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DuckDBConnection } from '@duckdb/node-api';
import { openDuckDb, runBound, type LocalDuckDb } from '../src/local-pipeline/duckdb';
import { GOLD_TABLE_IDS } from '../src/local-pipeline/gold';
import { runLocalPipeline, type LocalPipelinePlan } from '../src/local-pipeline/run';
import { inLanes } from '../src/local-pipeline/lanes';
import { SAMPLE_DATASET_IDS, type SampleFormat } from '../src/local-pipeline/sample-data';
import { SILVER_DATASETS } from '../src/local-pipeline/datasets';
import { bronzeStageSql, ident } from '../src/local-pipeline/silver-sql';

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

async function timeDuck(statements: (connection: DuckDBConnection, duck: LocalDuckDb) => Promise<void>): Promise<Timing> {
  const duck = await openDuckDb();
  try {
    return await timed(() => statements(duck.connection, duck));
  } finally {
    duck.close();
  }
}

/** The bare scan the target is measured against: each Parquet file read whole into memory, one after another. */
function bareParquetScan(paths: readonly string[]): Promise<Timing> {
  return timeDuck(async (connection) => {
    for (const [index, path] of paths.entries()) await runBound(connection, `CREATE TABLE scan_${index} AS SELECT * FROM read_parquet($path)`, { path });
  });
}

/** The plainest DuckDB read of a bronze file: every CSV field as text, JSON lines as DuckDB reads them, errors skipped. */
function bareSource(format: SampleFormat): string {
  return format === 'csv' ? 'read_csv($path, header = true, all_varchar = true, strict_mode = false)' : "read_json($path, format = 'newline_delimited', ignore_errors = true)";
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
    const scanMs = await bareParquetScan(silverFiles);
    // (b) Bare pass over the same input: bronze as received to Parquet, no typing, checks or
    // dedup; two files at a time, as the pipeline takes its datasets.
    const scratch = mkdtempSync(join(tmpdir(), 'lakewise-bench-bare-'));
    const bareMs = await timeDuck(async (connection, duck) => {
      await inLanes([connection, await duck.connect()], [...bronzeFiles.entries()], async (lane, [index, file]) => {
        const prepared = await lane.prepare(`COPY (SELECT * FROM ${bareSource(file.format)}) TO $target (FORMAT parquet, COMPRESSION zstd)`);
        prepared.bind({ path: file.path, target: join(scratch, `${index}.parquet`) });
        await prepared.run();
      });
    });
    rmSync(scratch, { recursive: true, force: true });
    // (c) The floor under any pipeline that takes bronze as received: only reading the files
    // into memory, two at a time like the pipeline, with no checks and nothing written.
    const readMs = await timeDuck(async (connection, duck) => {
      await inLanes([connection, await duck.connect()], [...bronzeFiles.entries()], async (lane, [index, file]) => {
        const prepared = await lane.prepare(`CREATE TABLE bronze_${index} AS SELECT * FROM ${bareSource(file.format)}`);
        prepared.bind({ path: file.path });
        await prepared.run();
      });
    });
    // (d) The generated rows themselves as Parquet: every record as the pipeline's reader
    // splits it (text fields, or the whole JSON line), written once outside the timing, then
    // scanned bare. Unlike silver, this holds all million rows, bad and duplicate ones too.
    const receivedParquet = mkdtempSync(join(tmpdir(), 'lakewise-bench-received-'));
    const receivedFiles: string[] = [];
    {
      const duck = await openDuckDb();
      try {
        for (const [index, entry] of report.datasets.entries()) {
          const spec = SILVER_DATASETS[entry.dataset];
          await runBound(duck.connection, bronzeStageSql(spec), { path: join(outDir, entry.bronzeFile) });
          const target = join(receivedParquet, `${index}.parquet`);
          await runBound(duck.connection, `COPY ${ident(`stage_${spec.id}`)} TO $target (FORMAT parquet, COMPRESSION zstd)`, { target });
          receivedFiles.push(target);
        }
      } finally {
        duck.close();
      }
    }
    const receivedScanMs = await bareParquetScan(receivedFiles);
    rmSync(receivedParquet, { recursive: true, force: true });
    const received = report.datasets.reduce((sum, entry) => sum + entry.received, 0);
    const perSecond = (ms: number) => Math.round(received / (ms / 1000)).toLocaleString('en-US');
    const pipelineCpuMs = timings.pipelineCpuMs;
    console.log(`\n## Local pipeline, ${received.toLocaleString('en-US')} generated rows (${report.datasets.length} datasets, ${report.gold.length} gold tables, balanced: ${report.balanced})`);
    console.log(`sample generation (JS):          wall ${seconds(timings.generateMs)}`);
    console.log(`pipeline bronze→silver→gold:     wall ${seconds(timings.pipelineMs)}  cpu ${seconds(pipelineCpuMs)}  (${perSecond(timings.pipelineMs)} rows/s)`);
    console.log(`(a) bare scan of silver Parquet: wall ${seconds(scanMs.wallMs)}  cpu ${seconds(scanMs.cpuMs)}  → pipeline ${(timings.pipelineMs / scanMs.wallMs).toFixed(1)}× wall, ${(pipelineCpuMs / scanMs.cpuMs).toFixed(1)}× cpu`);
    console.log(`(b) bare bronze→Parquet copy:    wall ${seconds(bareMs.wallMs)}  cpu ${seconds(bareMs.cpuMs)}  → pipeline ${(timings.pipelineMs / bareMs.wallMs).toFixed(1)}× wall, ${(pipelineCpuMs / bareMs.cpuMs).toFixed(1)}× cpu`);
    console.log(`(c) bare read of bronze only:    wall ${seconds(readMs.wallMs)}  cpu ${seconds(readMs.cpuMs)}  → already ${(readMs.wallMs / scanMs.wallMs).toFixed(1)}× (a) wall, before any check or write`);
    console.log(`(d) bare scan, all rows Parquet: wall ${seconds(receivedScanMs.wallMs)}  cpu ${seconds(receivedScanMs.cpuMs)}  → pipeline ${(timings.pipelineMs / receivedScanMs.wallMs).toFixed(1)}× wall, ${(pipelineCpuMs / receivedScanMs.cpuMs).toFixed(1)}× cpu`);
    console.log(`peak RSS of this process: ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB`);
  } finally {
    rmSync(outDir, { recursive: true, force: true });
  }
}

export async function run(): Promise<void> {
  await pipelineThroughput();
}
