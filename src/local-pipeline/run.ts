import { createHash } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { once } from 'node:events';
import { listValue, type DuckDBConnection } from '@duckdb/node-api';
import { QUARANTINE_REASONS, SILVER_DATASETS, type QuarantineReason } from './datasets';
import { openDuckDb, readRows, runBound } from './duckdb';
import { exampleQueries, goldTable, type ExampleQuery, type GoldTableId } from './gold';
import { createStagingFolder, publishDirectories, writeFileAtomic } from './atomic';
import { inLanes } from './lanes';
import { sampleFileChunks, sampleFileName, type SampleDatasetId, type SampleFileSummary, type SampleFormat } from './sample-data';
import {
  bronzeStageSql,
  classifySql,
  dropScratchSql,
  ident,
  quarantinedRecordsSql,
  quarantineSelectSql,
  reconciliationCountsSql,
  silverSelectSql,
} from './silver-sql';

/** What to run: derived from the answers and the architecture by `planLocalPipeline`. */
export interface LocalPipelinePlan {
  /** sha256 of the canonical answers JSON; also the sample data seed. */
  readonly answersHash: string;
  readonly datasets: readonly SampleDatasetId[];
  readonly gold: readonly GoldTableId[];
  /** Records generated across all datasets. */
  readonly rows: number;
  /** Last day (YYYY-MM-DD) the sample covers; range checks are relative to it. */
  readonly asOf: string;
  /** Share of generated records made bad or hostile on purpose. */
  readonly badRowRate: number;
}

export interface DatasetReconciliation {
  readonly dataset: SampleDatasetId;
  readonly format: SampleFormat;
  /** Bronze file, relative to the output folder. */
  readonly bronzeFile: string;
  /** Records the source says it sent (its control file). */
  readonly received: number;
  /** Records the reader split into fields. */
  readonly parsed: number;
  /** Lines the reader could not split into the expected columns. */
  readonly rejectedLines: number;
  readonly silverRows: number;
  readonly quarantined: number;
  readonly quarantineByReason: Readonly<Record<QuarantineReason, number>>;
  /** received = parsed + rejectedLines = silverRows + quarantined. */
  readonly balanced: boolean;
}

export interface GoldOutput {
  readonly table: GoldTableId;
  readonly rows: number;
  /** Parquet file, relative to the output folder. */
  readonly file: string;
  readonly sha256: string;
}

export interface QuarantineSample {
  readonly dataset: SampleDatasetId;
  readonly position: string;
  readonly reason: string;
  /** What was received, cut to 240 characters. */
  readonly raw: string;
}

export interface LocalRunReport {
  readonly schemaVersion: 1;
  readonly answersHash: string;
  readonly asOf: string;
  readonly rows: number;
  readonly badRowRate: number;
  readonly datasets: readonly DatasetReconciliation[];
  readonly gold: readonly GoldOutput[];
  readonly quarantineSamples: readonly QuarantineSample[];
  readonly queries: readonly ExampleQuery[];
  /** Every dataset balanced: nothing was lost between bronze and silver + quarantine. */
  readonly balanced: boolean;
}

/** Milliseconds per stage, for the CLI and the bench; kept out of the report so re-runs stay byte-identical. */
export interface LocalRunTimings {
  readonly generateMs: number;
  readonly pipelineMs: number;
  readonly publishMs: number;
  /** CPU time of the DuckDB stage (all its threads): steadier than wall time on a shared machine. */
  readonly pipelineCpuMs: number;
}

export const REPORT_FILE = 'report.json';
const ZONES = ['bronze', 'silver', 'quarantine', 'gold'] as const;
const PARQUET_OPTIONS = "(FORMAT parquet, COMPRESSION zstd)";

async function writeBronzeFile(dataset: SampleDatasetId, plan: LocalPipelinePlan, directory: string): Promise<SampleFileSummary> {
  await mkdir(directory, { recursive: true });
  const path = join(directory, sampleFileName(dataset));
  const stream = createWriteStream(path);
  const hash = createHash('sha256');
  let bytes = 0;
  const chunks = sampleFileChunks(dataset, { datasets: plan.datasets, rows: plan.rows, seed: plan.answersHash, asOf: plan.asOf, badRowRate: plan.badRowRate });
  let step = chunks.next();
  while (!step.done) {
    const buffer = Buffer.from(step.value, 'utf8');
    hash.update(buffer);
    bytes += buffer.length;
    if (!stream.write(buffer)) await once(stream, 'drain');
    step = chunks.next();
  }
  stream.end();
  await once(stream, 'finish');
  const summary = step.value;
  // The control file is what a real source sends beside its data: the count the pipeline must account for.
  await writeFileAtomic(join(directory, '_control.json'), `${JSON.stringify({ file: summary.fileName, records: summary.records, bytes, sha256: hash.digest('hex') }, null, 2)}\n`);
  return summary;
}

async function count(connection: DuckDBConnection, sql: string): Promise<number> {
  const [row] = await readRows(connection, sql);
  return Number(Object.values(row ?? {})[0] ?? 0);
}

async function processDataset(
  connection: DuckDBConnection,
  dataset: SampleDatasetId,
  received: number,
  plan: LocalPipelinePlan,
  staging: string,
): Promise<{ reconciliation: DatasetReconciliation; samples: QuarantineSample[] }> {
  const spec = SILVER_DATASETS[dataset];
  const bronzeFile = join('bronze', dataset, sampleFileName(dataset));
  await runBound(connection, bronzeStageSql(spec), { path: join(staging, bronzeFile) });
  await runBound(connection, classifySql(spec), { as_of: plan.asOf });
  await runBound(connection, quarantinedRecordsSql(spec));
  await runBound(connection, `CREATE OR REPLACE TABLE silver.${ident(dataset)} AS ${silverSelectSql(spec)}`);
  // Two datasets run at once, so each lets go of a scratch table as soon as nothing reads it:
  // the typed values now live in silver, and the stage goes before silver is written out.
  await connection.run(`DROP TABLE ${ident(`classified_${dataset}`)}`);
  const quarantine = ident(`quarantine_${dataset}`);
  await runBound(connection, `CREATE OR REPLACE VIEW ${quarantine} AS ${quarantineSelectSql(spec, { withRaw: true })}`);
  const quarantineReasons = ident(`quarantine_reasons_${dataset}`);
  await runBound(connection, `CREATE OR REPLACE VIEW ${quarantineReasons} AS ${quarantineSelectSql(spec, { withRaw: false })}`);

  await mkdir(join(staging, 'quarantine'), { recursive: true });
  await runBound(connection, `COPY (SELECT dataset, position, reason, raw FROM ${quarantine} ORDER BY sort_key, position) TO $path ${PARQUET_OPTIONS}`, {
    path: join(staging, 'quarantine', `${dataset}.parquet`),
  });

  const [counts] = await readRows(connection, reconciliationCountsSql(spec));
  const parsed = Number(counts?.parsed ?? 0);
  const rejectedLines = Number(counts?.rejected_lines ?? 0);
  const silverRows = Number(counts?.silver_rows ?? 0);
  const byReason = Object.fromEntries(QUARANTINE_REASONS.map((reason) => [reason, 0])) as Record<QuarantineReason, number>;
  let quarantined = 0;
  for (const row of await readRows(connection, `SELECT split_part(reason, ':', 1) AS reason, count(*) AS records FROM ${quarantineReasons} GROUP BY 1`)) {
    byReason[row.reason as QuarantineReason] = Number(row.records);
    quarantined += Number(row.records);
  }
  // The first two records of each reason, picked on the narrow columns. Only those twelve
  // or so rows then read their raw text, which can be tens of kilobytes each: their sort
  // keys are bound as a list, a filter DuckDB applies before the view's stage join, where
  // joining the picks to the view would build the raw text of every quarantined row first.
  const picked = await readRows(
    connection,
    `SELECT position, reason, sort_key FROM (
       SELECT position, reason, sort_key, row_number() OVER (PARTITION BY split_part(reason, ':', 1) ORDER BY sort_key, position) AS nth
       FROM ${quarantineReasons}
     ) WHERE nth <= 2
     ORDER BY reason, sort_key`,
  );
  const rawByPosition = new Map<string, string>();
  if (picked.length > 0) {
    const rows = await readRows(connection, `SELECT position, left(raw, 240) AS raw FROM ${quarantine} WHERE list_contains($sort_keys, sort_key)`, {
      sort_keys: listValue(picked.map((row) => BigInt(row.sort_key as number | string))),
    });
    for (const row of rows) rawByPosition.set(String(row.position), String(row.raw ?? ''));
  }
  await connection.run(dropScratchSql(spec));
  await mkdir(join(staging, 'silver'), { recursive: true });
  // The silver table was filled in key order, and COPY keeps a table's order.
  await runBound(connection, `COPY silver.${ident(dataset)} TO $path ${PARQUET_OPTIONS}`, {
    path: join(staging, 'silver', `${dataset}.parquet`),
  });
  return {
    reconciliation: {
      dataset,
      format: spec.format,
      bronzeFile,
      received,
      parsed,
      rejectedLines,
      silverRows,
      quarantined,
      quarantineByReason: byReason,
      balanced: received === parsed + rejectedLines && parsed + rejectedLines === silverRows + quarantined,
    },
    samples: picked.map((row) => ({ dataset, position: String(row.position), reason: String(row.reason), raw: rawByPosition.get(String(row.position)) ?? '' })),
  };
}

/** Builds one gold table from the silver tables and writes it, rows in a fixed order, as Parquet. */
async function writeGoldTable(connection: DuckDBConnection, table: GoldTableId, plan: LocalPipelinePlan, staging: string): Promise<GoldOutput> {
  await connection.run("SET search_path = 'silver'");
  await runBound(connection, `CREATE OR REPLACE TABLE gold.${ident(table)} AS ${goldTable(table).sql(new Set(plan.datasets))}`);
  const file = join('gold', `${table}.parquet`);
  await runBound(connection, `COPY (SELECT * FROM gold.${ident(table)} ORDER BY ALL) TO $path ${PARQUET_OPTIONS}`, { path: join(staging, file) });
  return { table, rows: await count(connection, `SELECT count(*) FROM gold.${ident(table)}`), file, sha256: await sha256File(join(staging, file)) };
}

async function sha256File(path: string): Promise<string> {
  return createHash('sha256').update(await readFile(path)).digest('hex');
}

/**
 * Generates the sample into bronze, types and checks it into silver (quarantining what
 * fails, with the reason), aggregates gold, and publishes all zones plus the report
 * under `outDir`. Everything is built in a staging folder first; the report is written
 * last, so a reader who sees a report sees the zones it describes.
 */
export async function runLocalPipeline(plan: LocalPipelinePlan, outDir: string): Promise<{ report: LocalRunReport; timings: LocalRunTimings }> {
  const available = new Set(plan.datasets);
  for (const table of plan.gold) {
    const missing = goldTable(table).requires.filter((dataset) => !available.has(dataset));
    if (missing.length > 0) throw new Error(`gold table ${table} needs datasets ${missing.join(', ')} that the plan does not generate`);
  }
  const staging = await createStagingFolder(outDir);
  try {
    const started = performance.now();
    const summaries = new Map<SampleDatasetId, SampleFileSummary>();
    for (const dataset of plan.datasets) summaries.set(dataset, await writeBronzeFile(dataset, plan, join(staging, 'bronze', dataset)));
    const generated = performance.now();
    const cpuAtStart = process.cpuUsage();

    const duck = await openDuckDb();
    const reconciliations: DatasetReconciliation[] = [];
    const samples: QuarantineSample[] = [];
    const gold: GoldOutput[] = [];
    try {
      const { connection } = duck;
      // DuckDB checkpoints in-memory tables too, each time 16 MB of changes pile up: about a
      // second per million rows spent compacting a database that is thrown away at the end.
      await connection.run("SET checkpoint_threshold = '1TB'");
      await connection.run('CREATE SCHEMA silver; CREATE SCHEMA gold;');
      // Two lanes: no dataset depends on another, nor any gold table on another. Every
      // statement already spreads over DuckDB's threads, but many steps are partly serial
      // (the quote-aware CSV reader, each Parquet file's writer, the duplicate window), and a
      // second lane fills those gaps. More lanes would raise peak memory without adding cores.
      const lanes = [connection, await duck.connect()];
      const results = await inLanes(lanes, plan.datasets, (lane, dataset) => processDataset(lane, dataset, summaries.get(dataset)!.records, plan, staging));
      for (const result of results) {
        reconciliations.push(result.reconciliation);
        samples.push(...result.samples);
      }
      await mkdir(join(staging, 'gold'), { recursive: true });
      gold.push(...(await inLanes(lanes, plan.gold, (lane, table) => writeGoldTable(lane, table, plan, staging))));
    } finally {
      duck.close();
    }
    const processed = performance.now();
    const cpu = process.cpuUsage(cpuAtStart);

    const report: LocalRunReport = {
      schemaVersion: 1,
      answersHash: plan.answersHash,
      asOf: plan.asOf,
      rows: plan.rows,
      badRowRate: plan.badRowRate,
      datasets: reconciliations,
      gold,
      quarantineSamples: samples,
      queries: exampleQueries(plan.gold),
      balanced: reconciliations.every((entry) => entry.balanced),
    };
    await publishDirectories(ZONES.map((zone) => ({ staged: join(staging, zone), published: join(outDir, zone) })));
    await writeFileAtomic(join(outDir, REPORT_FILE), `${JSON.stringify(report, null, 2)}\n`);
    return {
      report,
      timings: { generateMs: generated - started, pipelineMs: processed - generated, publishMs: performance.now() - processed, pipelineCpuMs: (cpu.user + cpu.system) / 1000 },
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}
