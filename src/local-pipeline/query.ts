import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { type DuckDBConnection, type DuckDBDataChunk, type DuckDBPreparedStatement, JSDuckDBValueConverter, LIST, StatementType, VARCHAR, listValue } from '@duckdb/node-api';
import { openDuckDb, plainValue } from './duckdb';
import { ident } from './silver-sql';

/**
 * What one query may take on a room's laptops. A workshop query over the local lake answers in
 * well under a second; the limits stop the ones that would hang the terminal or exhaust memory.
 */
export const QUERY_LIMITS = {
  /** Rows printed at most. */
  maxRows: 200,
  /** Seconds before DuckDB is told to stop the query. */
  timeLimitSeconds: 10,
  /** Characters of values read at most: one huge text value must not be decoded whole. */
  maxResultCharacters: 1_000_000,
} as const;

export type QueryLimits = { readonly [Key in keyof typeof QUERY_LIMITS]: number };

export interface QueryResult {
  readonly columns: readonly string[];
  readonly rows: readonly Record<string, unknown>[];
  /** Set when only the first rows are here: there were more than `maxRows` (`rows`), or they held more than `maxResultCharacters` characters (`size`). */
  readonly truncatedBy?: 'rows' | 'size';
  readonly limits: QueryLimits;
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

const READ_ONLY = 'only one read-only statement (SELECT, or WITH … SELECT) runs here';

function statementTypeName(type: StatementType): string {
  return StatementType[type] ?? `type ${type}`;
}

/**
 * Asks DuckDB's own parser what `sql` is, and returns it prepared when it is exactly one
 * SELECT (WITH … SELECT, VALUES, DESCRIBE and SHOW are SELECTs to DuckDB too). Anything else
 * is refused before it runs, naming what was refused: a DROP, or `SELECT 1; DROP TABLE x`.
 */
async function readOnlyStatement(connection: DuckDBConnection, sql: string): Promise<DuckDBPreparedStatement> {
  let extracted;
  try {
    extracted = await connection.extractStatements(sql);
  } catch (error) {
    // DuckDB answers text with no statement (blank, only `;` or comments) with a bare native error.
    if (/^Error in native callback/.test((error as Error).message)) throw new Error(`no SQL statement to run; ${READ_ONLY}`);
    throw error;
  }
  if (extracted.count === 0) throw new Error(`no SQL statement to run; ${READ_ONLY}`);
  if (extracted.count > 1) {
    const types: string[] = [];
    for (let index = 0; index < extracted.count; index += 1) {
      try {
        types.push(statementTypeName((await extracted.prepare(index)).statementType));
      } catch {
        types.push('unreadable');
      }
    }
    throw new Error(`refused ${extracted.count} statements (${types.join(', ')}): ${READ_ONLY}`);
  }
  const prepared = await extracted.prepare(0);
  if (prepared.statementType !== StatementType.SELECT) {
    const name = statementTypeName(prepared.statementType);
    throw new Error(`refused ${/^[AEIOU]/.test(name) ? 'an' : 'a'} ${name} statement: ${READ_ONLY}`);
  }
  return prepared;
}

function isTooLargeForJs(error: unknown): boolean {
  return error instanceof RangeError || /string longer than|Invalid (array|string) length/i.test((error as Error).message);
}

function rowValues(chunk: DuckDBDataChunk, rowIndex: number, rowNumber: number): unknown[] {
  try {
    return chunk.convertRowValues(rowIndex, JSDuckDBValueConverter).map(plainValue);
  } catch (error) {
    if (isTooLargeForJs(error)) throw new Error(`row ${rowNumber} holds a value too large to show; select a part of it, e.g. left(column, 200)`);
    throw error;
  }
}

function characterCount(value: unknown): number {
  return typeof value === 'string' ? value.length : value === null ? 4 : String(value).length;
}

/**
 * Runs one Athena-style query over a finished local run. Gold and silver tables (and the
 * quarantine) are loaded into memory first; then DuckDB is locked down (no file or network
 * access, configuration frozen), so the query can read the lake and nothing else. Table
 * names resolve in gold first, then silver, as in the Athena workgroup's databases.
 * Only one SELECT runs, for at most `timeLimitSeconds`, and at most `maxRows` rows and
 * `maxResultCharacters` characters of values are read back.
 */
export async function queryLocalRun(outDir: string, sql: string, limits: Partial<QueryLimits> = {}): Promise<QueryResult> {
  const { maxRows, timeLimitSeconds, maxResultCharacters } = { ...QUERY_LIMITS, ...limits };
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
    const statement = await readOnlyStatement(connection, sql);

    let timedOut = false;
    // DuckDB runs the query off the JavaScript thread, so this timer fires while it works.
    const timer = setTimeout(() => {
      timedOut = true;
      connection.interrupt();
    }, timeLimitSeconds * 1000);
    try {
      const result = await statement.stream();
      const columns = result.columnNames();
      const rows: Record<string, unknown>[] = [];
      let characters = 0;
      let truncatedBy: 'rows' | 'size' | undefined;
      reading: for (;;) {
        const chunk = await result.fetchChunk();
        if (chunk === null || chunk.rowCount === 0) break;
        for (let index = 0; index < chunk.rowCount; index += 1) {
          if (rows.length === maxRows) {
            truncatedBy = 'rows';
            break reading;
          }
          const values = rowValues(chunk, index, rows.length + 1);
          rows.push(Object.fromEntries(columns.map((column, position) => [column, values[position]])));
          characters += values.reduce<number>((total, value) => total + characterCount(value), 0);
          if (characters > maxResultCharacters) {
            truncatedBy = 'size';
            break reading;
          }
        }
      }
      return { columns, rows, ...(truncatedBy === undefined ? {} : { truncatedBy }), limits: { maxRows, timeLimitSeconds, maxResultCharacters } };
    } catch (error) {
      if (timedOut) throw new Error(`stopped after ${timeLimitSeconds} s, the time limit for one query; narrow it with WHERE or LIMIT, or query a gold table`);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  } finally {
    duck.close();
  }
}
