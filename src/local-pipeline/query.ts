import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { LIST, VARCHAR, listValue } from '@duckdb/node-api';
import { openDuckDb, plainValue } from './duckdb';
import { ident } from './silver-sql';

export interface QueryResult {
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, unknown>[];
  /** The query returned more than `maxRows` rows; only the first ones are here. */
  readonly truncated: boolean;
}

async function parquetTables(directory: string): Promise<{ name: string; path: string }[]> {
  try {
    return (await readdir(directory))
      .filter((file) => file.endsWith('.parquet'))
      .sort()
      .map((file) => ({ name: file.slice(0, -'.parquet'.length), path: join(directory, file) }));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
}

/**
 * Runs one Athena-style query over a finished local run. Gold and silver tables (and the
 * quarantine) are loaded into memory first; then DuckDB is locked down (no file or network
 * access, configuration frozen), so the query can read the lake and nothing else. Table
 * names resolve in gold first, then silver, as in the Athena workgroup's databases.
 */
export async function queryLocalRun(outDir: string, sql: string, maxRows = 200): Promise<QueryResult> {
  const duck = await openDuckDb();
  try {
    const { connection } = duck;
    await connection.run('CREATE SCHEMA silver; CREATE SCHEMA gold;');
    for (const zone of ['gold', 'silver'] as const) {
      for (const table of await parquetTables(join(outDir, zone))) {
        const prepared = await connection.prepare(`CREATE TABLE ${zone}.${ident(table.name)} AS SELECT * FROM read_parquet($path)`);
        prepared.bind({ path: table.path });
        await prepared.run();
      }
    }
    const quarantine = await parquetTables(join(outDir, 'quarantine'));
    if (quarantine.length > 0) {
      const prepared = await connection.prepare('CREATE TABLE silver.quarantine AS SELECT * FROM read_parquet($paths)');
      prepared.bind({ paths: listValue(quarantine.map((table) => table.path)) }, { paths: LIST(VARCHAR) });
      await prepared.run();
    }
    await connection.run("SET search_path = 'gold,silver'");
    await connection.run('SET enable_external_access = false');
    await connection.run('SET lock_configuration = true');
    const reader = await connection.streamAndReadUntil(sql, maxRows + 1);
    const rows = reader.getRowObjectsJS().map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, plainValue(value)])));
    return { columns: reader.columnNames(), rows: rows.slice(0, maxRows), truncated: rows.length > maxRows || !reader.done };
  } finally {
    duck.close();
  }
}
