import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';

export interface LocalDuckDb {
  readonly connection: DuckDBConnection;
  /** Another connection to the same database, for work that runs beside the first; closed with it. */
  connect(): Promise<DuckDBConnection>;
  close(): void;
}

/**
 * One way to open DuckDB for the local pipeline: in memory, never downloading an
 * extension (rooms without internet must behave like rooms with it; json and parquet
 * are built into @duckdb/node-api).
 */
export async function openDuckDb(): Promise<LocalDuckDb> {
  const instance = await DuckDBInstance.create(':memory:', {
    autoinstall_known_extensions: 'false',
    autoload_known_extensions: 'false',
  });
  const connection = await instance.connect();
  await connection.run('SET autoinstall_known_extensions = false');
  const others: DuckDBConnection[] = [];
  return {
    connection,
    async connect() {
      const another = await instance.connect();
      others.push(another);
      return another;
    },
    close() {
      for (const another of others) another.closeSync();
      connection.closeSync();
      instance.closeSync();
    },
  };
}

/** Runs a statement with named parameters bound by DuckDB (values never spliced into SQL text). */
export async function runBound(connection: DuckDBConnection, sql: string, values: Record<string, DuckDBValue> = {}): Promise<void> {
  const prepared = await connection.prepare(sql);
  const names = new Set<string>();
  for (let index = 1; index <= prepared.parameterCount; index += 1) names.add(prepared.parameterName(index));
  prepared.bind(Object.fromEntries(Object.entries(values).filter(([name]) => names.has(name))));
  await prepared.run();
}

/** Rows as plain objects; DuckDB BIGINT arrives as JS bigint and is converted where it fits. */
export async function readRows(
  connection: DuckDBConnection,
  sql: string,
  values: Record<string, DuckDBValue> = {},
): Promise<Record<string, unknown>[]> {
  const prepared = await connection.prepare(sql);
  const names = new Set<string>();
  for (let index = 1; index <= prepared.parameterCount; index += 1) names.add(prepared.parameterName(index));
  prepared.bind(Object.fromEntries(Object.entries(values).filter(([name]) => names.has(name))));
  const reader = await prepared.runAndReadAll();
  return reader.getRowObjectsJS().map((row) => Object.fromEntries(Object.entries(row).map(([key, value]) => [key, plainValue(value)])));
}

/** BIGINT arrives as a JS bigint: a number when it fits, else its decimal text. */
export function plainValue(value: unknown): unknown {
  if (typeof value === 'bigint') return value <= BigInt(Number.MAX_SAFE_INTEGER) && value >= BigInt(Number.MIN_SAFE_INTEGER) ? Number(value) : value.toString();
  return value;
}
