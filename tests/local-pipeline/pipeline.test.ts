import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { openDuckDb, readRows } from '../../src/local-pipeline/duckdb';
import { QUARANTINE_REASONS } from '../../src/local-pipeline/datasets';
import { GOLD_TABLE_IDS } from '../../src/local-pipeline/gold';
import { queryLocalRun } from '../../src/local-pipeline/query';
import { formatQueryResult } from '../../src/local-pipeline/terminal-format';
import { runLocalPipeline, type LocalPipelinePlan, type LocalRunReport } from '../../src/local-pipeline/run';
import { HOSTILE_TEXTS, SAMPLE_DATASET_IDS, generateSampleFile } from '../../src/local-pipeline/sample-data';

/** A hostile sample: a quarter of the records are bad or carry injection text. */
const plan: LocalPipelinePlan = {
  answersHash: 'hostile-rows-fixture',
  datasets: [...SAMPLE_DATASET_IDS],
  gold: [...GOLD_TABLE_IDS],
  rows: 12_000,
  asOf: '2025-06-30',
  badRowRate: 0.25,
};

let root: string;
let first: LocalRunReport;

async function silverRows(outDir: string, dataset: string): Promise<Record<string, unknown>[]> {
  const duck = await openDuckDb();
  try {
    return await readRows(duck.connection, 'SELECT * FROM read_parquet($path)', { path: join(outDir, 'silver', `${dataset}.parquet`) });
  } finally {
    duck.close();
  }
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), 'lakewise-pipeline-'));
  first = (await runLocalPipeline(plan, join(root, 'run'))).report;
});

afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('runLocalPipeline with hostile rows', () => {
  test('reconciles every dataset exactly: received = parsed + rejected = silver + quarantined', () => {
    expect(first.balanced).toBe(true);
    for (const entry of first.datasets) {
      expect(entry.parsed + entry.rejectedLines, entry.dataset).toBe(entry.received);
      expect(entry.silverRows + entry.quarantined, entry.dataset).toBe(entry.received);
    }
  });

  test('quarantines exactly the records the generator broke, each under the reason it was broken for', () => {
    for (const entry of first.datasets) {
      const { summary } = generateSampleFile(entry.dataset, { datasets: plan.datasets, rows: plan.rows, seed: plan.answersHash, asOf: plan.asOf, badRowRate: plan.badRowRate });
      expect(entry.received).toBe(summary.records);
      for (const reason of QUARANTINE_REASONS) expect(entry.quarantineByReason[reason], `${entry.dataset} ${reason}`).toBe(summary.defects[reason]);
      expect(entry.quarantined).toBe(QUARANTINE_REASONS.reduce((sum, reason) => sum + summary.defects[reason], 0));
    }
  });

  test('keeps hostile text byte for byte in silver and never duplicates a key', async () => {
    const customers = await silverRows(join(root, 'run'), 'customers');
    const names = new Set(customers.map((row) => row.full_name));
    const planted = HOSTILE_TEXTS.filter((text) => names.has(text));
    expect(planted.length).toBeGreaterThan(3);
    expect(new Set(customers.map((row) => row.customer_id)).size).toBe(customers.length);
    const orders = await silverRows(join(root, 'run'), 'orders');
    expect(orders.some((row) => row.channel === 'line one\nline two, with "quotes"')).toBe(true);
    expect(new Set(orders.map((row) => row.order_id)).size).toBe(orders.length);
  });

  test('keeps what was received for every quarantined record, with its reason', async () => {
    const duck = await openDuckDb();
    try {
      const rows = await readRows(duck.connection, "SELECT reason, raw, position FROM read_parquet($path) WHERE reason LIKE 'too_long:%' OR reason LIKE 'malformed_record%'", {
        path: join(root, 'run', 'quarantine', 'events.parquet'),
      });
      expect(rows.length).toBeGreaterThan(0);
      for (const row of rows) {
        expect(String(row.raw).length).toBeGreaterThan(0);
        expect(String(row.position)).toMatch(/^(record|line) \d+$/);
      }
      expect(rows.some((row) => String(row.reason).startsWith('too_long:page') && String(row.raw).length > 4096)).toBe(true);
    } finally {
      duck.close();
    }
  });

  test('writes the same gold bytes and rows on a re-run, and leaves no staging folders behind', async () => {
    const again = (await runLocalPipeline(plan, join(root, 'run'))).report;
    expect(again.gold).toEqual(first.gold);
    const elsewhere = (await runLocalPipeline(plan, join(root, 'elsewhere'))).report;
    expect(elsewhere.gold.map((gold) => gold.sha256)).toEqual(first.gold.map((gold) => gold.sha256));
    expect((await readdir(join(root, 'run'))).sort()).toEqual(['bronze', 'gold', 'quarantine', 'report.json', 'silver']);
    expect(JSON.parse(await readFile(join(root, 'run', 'report.json'), 'utf8'))).toEqual(again);
  });

  test('answers the example queries and keeps queries away from files outside the run', async () => {
    for (const query of first.queries) {
      const result = await queryLocalRun(join(root, 'run'), query.sql);
      expect(result.rows.length, query.id).toBeGreaterThan(0);
    }
    await expect(queryLocalRun(join(root, 'run'), "SELECT * FROM read_csv('/etc/hostname')")).rejects.toThrow(/disabled by configuration/);
    await expect(queryLocalRun(join(root, 'run'), "COPY (SELECT 1) TO '/tmp/lakewise-should-not-exist.csv'")).rejects.toThrow(/disabled by configuration/);
  });

  test('runs exactly one read-only statement, refusing anything else by name before it runs', async () => {
    const run = join(root, 'run');
    const refusal = 'only one read-only statement (SELECT, or WITH … SELECT) runs here';
    await expect(queryLocalRun(run, 'DROP TABLE customer_360')).rejects.toThrow(`refused a DROP statement: ${refusal}`);
    await expect(queryLocalRun(run, 'SELECT 1; DROP TABLE daily_sales')).rejects.toThrow(`refused 2 statements (SELECT, DROP): ${refusal}`);
    await expect(queryLocalRun(run, "INSERT INTO daily_sales SELECT * FROM daily_sales")).rejects.toThrow('refused an INSERT statement');
    await expect(queryLocalRun(run, 'SET threads = 1')).rejects.toThrow('refused a SET statement');
    await expect(queryLocalRun(run, ' ; -- nothing')).rejects.toThrow(`no SQL statement to run; ${refusal}`);
    const cte = await queryLocalRun(run, 'WITH days AS (SELECT order_date FROM daily_sales) SELECT count(*) AS n FROM days');
    expect(Number(cte.rows[0]!.n)).toBeGreaterThan(0);
  });

  test('stops a query at the time limit and says so', async () => {
    const started = Date.now();
    await expect(queryLocalRun(join(root, 'run'), 'SELECT count(*) FROM range(100000000000)', { timeLimitSeconds: 0.5 })).rejects.toThrow(
      'stopped after 0.5 s, the time limit for one query; narrow it with WHERE or LIMIT, or query a gold table',
    );
    expect(Date.now() - started).toBeLessThan(15_000);
  });

  test('reads back at most the row limit and the character limit, and says which one cut the result', async () => {
    const run = join(root, 'run');
    const many = await queryLocalRun(run, 'SELECT range AS n FROM range(100000)');
    expect(many.rows).toHaveLength(200);
    expect(many).toMatchObject({ truncatedBy: 'rows' });
    expect(formatQueryResult(many)).toContain('(first 200 rows shown, the most printed; add WHERE or LIMIT to choose which)');
    const wide = await queryLocalRun(run, "SELECT repeat('x', 100000) AS s FROM range(1000)");
    expect(wide).toMatchObject({ truncatedBy: 'size' });
    expect(wide.rows).toHaveLength(11);
    expect(formatQueryResult(wide)).toContain('(first 11 rows shown: the result holds more than 1,000,000 characters; select fewer columns or shorter values)');
    const few = await queryLocalRun(run, 'SELECT 1 AS one');
    expect(few).toMatchObject({ rows: [{ one: 1 }] });
    expect(few.truncatedBy).toBeUndefined();
  });
});

describe('runLocalPipeline with a plan that does not hold together', () => {
  test('names the gold table and the dataset it lacks before writing anything', async () => {
    const outDir = join(root, 'incomplete');
    await expect(runLocalPipeline({ ...plan, datasets: ['customers'], gold: ['daily_sales'] }, outDir)).rejects.toThrow('gold table daily_sales needs datasets orders that the plan does not generate');
    await expect(readdir(outDir)).rejects.toThrow(/ENOENT/);
  });
});
