import type { DaysFromAsOf, SilverColumn, SilverDataset } from './datasets';

/**
 * DuckDB statements that take one bronze file to typed silver rows and quarantined
 * rows. Identifiers come only from the static dataset specs; every value that comes
 * from outside (file paths, the as-of day) is a bound parameter (`$path`, `$as_of`).
 */

/** DuckDB's CSV line limit, raised so a hostile 64 KB field is judged by the rules, not by the reader. */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;

const IDENTIFIER = /^[a-z][a-z0-9_]*$/;

/** Quotes a static identifier after checking it is one (defence against a future spec typo). */
export function ident(name: string): string {
  if (!IDENTIFIER.test(name)) throw new Error(`not a plain identifier: ${JSON.stringify(name)}`);
  return `"${name}"`;
}

const fieldName = (column: SilverColumn) => ident(`f_${column.name}`);
const typedName = (name: string) => ident(`t_${name}`);

/**
 * A staged record's number: its 1-based position among the records the reader split. The
 * stage table is filled in file order (DuckDB keeps insertion order, however many threads
 * read the file) and never changed, so its rowid is that position minus one; this is what
 * makes "first occurrence wins" deterministic.
 */
const RECORD_NUMBER = 'rowid + 1';

/** Stage table: one row per record the reader split (CSV fields, or the whole JSON line), in file order. */
export function bronzeStageSql(dataset: SilverDataset): string {
  const stage = ident(`stage_${dataset.id}`);
  const rejects = `'${`rejects_${dataset.id}`}'`;
  const scans = `'${`reject_scans_${dataset.id}`}'`;
  if (dataset.format === 'csv') {
    const columns = dataset.columns.map((column) => `'${column.name}': 'VARCHAR'`).join(', ');
    const fields = dataset.columns.map((column) => `${ident(column.name)} AS ${fieldName(column)}`).join(', ');
    // One reader thread: a quoted CSV value may hold a line break, so a split point
    // guessed mid-file could fall inside a record.
    return `CREATE OR REPLACE TABLE ${stage} AS
SELECT ${fields}
FROM read_csv($path, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
  columns = {${columns}}, store_rejects = true, rejects_table = ${rejects}, rejects_scan = ${scans},
  max_line_size = ${MAX_LINE_BYTES}, parallel = false)`;
  }
  // A JSON line is read as one text column (unit separator as delimiter, no quoting) so a
  // broken line still arrives as a record: json_valid decides later, the reader drops nothing.
  // Without quoting every line break ends a record, so the file can be split between threads.
  return `CREATE OR REPLACE TABLE ${stage} AS
SELECT raw
FROM read_csv($path, header = false, auto_detect = false, delim = chr(31), quote = '', escape = '',
  columns = {'raw': 'VARCHAR'}, store_rejects = true, rejects_table = ${rejects}, rejects_scan = ${scans},
  max_line_size = ${MAX_LINE_BYTES})`;
}

/** The staged record split into text fields `f_<column>`, with `is_record` false for a line that is not a JSON object. */
function parsedSql(dataset: SilverDataset): string {
  const stage = ident(`stage_${dataset.id}`);
  if (dataset.format === 'csv') {
    return `SELECT ${RECORD_NUMBER} AS record_number, TRUE AS is_record, ${dataset.columns.map((column) => fieldName(column)).join(', ')} FROM ${stage}`;
  }
  const paths = dataset.columns.map((column) => `'$.${column.name}'`).join(', ');
  const fields = dataset.columns.map((column, index) => `fields[${index + 1}] AS ${fieldName(column)}`).join(', ');
  // Extraction reads '{}' for a broken line: json_extract_string would otherwise raise on it.
  return `SELECT record_number, is_record, ${fields}
  FROM (
    SELECT record_number, is_record, json_extract_string(CASE WHEN is_record THEN raw ELSE '{}' END, [${paths}]) AS fields
    FROM (SELECT ${RECORD_NUMBER} AS record_number, raw, coalesce(json_valid(raw) AND starts_with(ltrim(raw), '{'), false) AS is_record FROM ${stage})
  )`;
}

function bound(value: number | DaysFromAsOf, type: SilverColumn['type']): string {
  if (typeof value === 'number') return String(value);
  const days = Math.trunc(value.daysFromAsOf);
  const day = `(CAST($as_of AS DATE) + INTERVAL (${days}) DAY)`;
  return type === 'date' ? `CAST(${day} AS DATE)` : `CAST(${day} AS TIMESTAMP)`;
}

function typedExpression(column: SilverColumn): string {
  const field = fieldName(column);
  switch (column.type) {
    case 'text':
      return field;
    case 'integer':
      return `CASE WHEN regexp_full_match(${field}, '[+-]?[0-9]{1,15}') THEN CAST(${field} AS BIGINT) END`;
    case 'decimal': {
      const scale = column.scale ?? 2;
      return `CASE WHEN regexp_full_match(${field}, '[+-]?[0-9]{1,14}(\\.[0-9]{1,${scale}})?') THEN CAST(${field} AS DECIMAL(18, ${scale})) END`;
    }
    case 'timestamp':
      return `TRY_CAST(${field} AS TIMESTAMP)`;
    case 'date':
      return `TRY_CAST(${field} AS DATE)`;
  }
}

/** The silver column type a typed value is written with. */
export function silverSqlType(column: SilverColumn): string {
  switch (column.type) {
    case 'text':
      return 'VARCHAR';
    case 'integer':
      return 'BIGINT';
    case 'decimal':
      return `DECIMAL(18, ${column.scale ?? 2})`;
    case 'timestamp':
      return 'TIMESTAMP';
    case 'date':
      return 'DATE';
  }
}

/**
 * True when a field is missing or blank. ltrim and trim strip the same characters
 * (Unicode space separators), so a value trims to '' exactly when its left trim does;
 * ltrim stops at the first other character instead of reading to the end of the value.
 */
function blank(column: SilverColumn): string {
  return `(${fieldName(column)} IS NULL OR ltrim(${fieldName(column)}) = '')`;
}

/**
 * Classified table: every staged record's number, its typed values and the first check
 * it fails (NULL when it passes). Checks run in the order of QUARANTINE_REASONS, except
 * duplicates, which are judged among passing records by `quarantinedRecordsSql`. Only
 * what later steps read is kept: the raw text stays in the stage table.
 */
export function classifySql(dataset: SilverDataset): string {
  const classified = ident(`classified_${dataset.id}`);
  const checks: string[] = ["WHEN NOT is_record THEN 'malformed_record'"];
  for (const column of dataset.columns) {
    if (column.required) checks.push(`WHEN ${blank(column)} THEN 'missing_required:${column.name}'`);
  }
  for (const column of dataset.columns) {
    if (column.type === 'text') continue;
    checks.push(`WHEN NOT ${blank(column)} AND ${typedName(column.name)} IS NULL THEN 'wrong_type:${column.name}'`);
  }
  for (const column of dataset.columns) {
    const limits: string[] = [];
    if (column.min !== undefined) limits.push(`${typedName(column.name)} < ${bound(column.min, column.type)}`);
    if (column.max !== undefined) limits.push(`${typedName(column.name)} > ${bound(column.max, column.type)}`);
    if (limits.length > 0) checks.push(`WHEN ${limits.join(' OR ')} THEN 'out_of_range:${column.name}'`);
  }
  for (const column of dataset.columns) {
    if (column.type === 'text') checks.push(`WHEN length(${fieldName(column)}) > ${dataset.maxTextLength} THEN 'too_long:${column.name}'`);
  }
  const typed = dataset.columns.map((column) => `${typedExpression(column)} AS ${typedName(column.name)}`).join(',\n         ');
  const kept = dataset.columns.map((column) => typedName(column.name)).join(', ');
  return `CREATE OR REPLACE TABLE ${classified} AS
WITH parsed AS (
  ${parsedSql(dataset)}
), typed AS (
  SELECT *,
         ${typed}
  FROM parsed
)
SELECT record_number, ${kept}, CASE
    ${checks.join('\n    ')}
  END AS invalid_reason
FROM typed`;
}

/**
 * Quarantined records: the number and reason of every classified record that failed a
 * check, plus every passing record whose key an earlier passing record already has
 * (`duplicate_key`; the earliest record number wins). The window sees only passing
 * records' keys and numbers, never their values.
 */
export function quarantinedRecordsSql(dataset: SilverDataset): string {
  const classified = ident(`classified_${dataset.id}`);
  const keyColumns = dataset.key.map((name) => typedName(name)).join(', ');
  return `CREATE OR REPLACE TABLE ${ident(`quarantined_records_${dataset.id}`)} AS
SELECT record_number, invalid_reason AS reason FROM ${classified} WHERE invalid_reason IS NOT NULL
UNION ALL
SELECT record_number, 'duplicate_key' AS reason FROM ${classified} WHERE invalid_reason IS NULL
QUALIFY row_number() OVER (PARTITION BY ${keyColumns} ORDER BY record_number) > 1`;
}

/**
 * Silver rows: the typed values of records not quarantined, ordered by key so re-runs
 * write the same bytes. The table keeps that order, so it is written out as it stands.
 */
export function silverSelectSql(dataset: SilverDataset): string {
  const columns = dataset.columns.map((column) => `c.${typedName(column.name)} AS ${ident(column.name)}`).join(', ');
  const order = dataset.key.map((name) => ident(name)).join(', ');
  return `SELECT ${columns} FROM ${ident(`classified_${dataset.id}`)} c
WHERE NOT EXISTS (SELECT 1 FROM ${ident(`quarantined_records_${dataset.id}`)} q WHERE q.record_number = c.record_number)
ORDER BY ${order}`;
}

/**
 * Quarantined rows: records that failed a check, plus lines the reader could not split
 * into the expected columns (one row per line, named by its first error). `raw` keeps
 * what was received: the JSON line, the CSV fields as a JSON object, or the CSV line.
 * Meant as a view: `raw` can be large, so it is read from the stage table only by the
 * statements that use it. The stage is matched on its bare rowid (see RECORD_NUMBER),
 * which DuckDB joins on about twice as fast as on an expression.
 *
 * Without `raw` the stage join is left out: every quarantined record number comes from
 * the stage, so the join drops no row, and counting or picking samples skips probing it.
 */
export function quarantineSelectSql(dataset: SilverDataset, { withRaw }: { withRaw: boolean }): string {
  const name = `'${dataset.id}'`;
  const recordRaw =
    dataset.format === 'csv'
      ? `to_json(struct_pack(${dataset.columns.map((column) => `${ident(column.name)} := s.${fieldName(column)}`).join(', ')}))::VARCHAR`
      : 's.raw';
  return `SELECT ${name} AS dataset, 'record ' || q.record_number AS position, q.record_number AS sort_key, q.reason${withRaw ? `, ${recordRaw} AS raw` : ''}
FROM ${ident(`quarantined_records_${dataset.id}`)} q${withRaw ? `\nJOIN ${ident(`stage_${dataset.id}`)} s ON s.rowid = q.record_number - 1` : ''}
UNION ALL
SELECT ${name} AS dataset, 'line ' || line AS position, line AS sort_key,
       'malformed_record:' || lower(replace(min(error_type), ' ', '_')) AS reason${withRaw ? ', min(csv_line) AS raw' : ''}
FROM ${ident(`rejects_${dataset.id}`)}
GROUP BY line`;
}

/** Record counts for the reconciliation: lines the reader rejected are counted once however many errors each had. */
export function reconciliationCountsSql(dataset: SilverDataset): string {
  return `SELECT (SELECT count(*) FROM ${ident(`stage_${dataset.id}`)}) AS parsed,
       (SELECT count(DISTINCT line) FROM ${ident(`rejects_${dataset.id}`)}) AS rejected_lines,
       (SELECT count(*) FROM silver.${ident(dataset.id)}) AS silver_rows`;
}

/**
 * Drops what `processDataset` still holds for one dataset once its quarantine is written,
 * the stage with the whole bronze file among it; the silver table stays for gold.
 */
export function dropScratchSql(dataset: SilverDataset): string {
  return [
    `DROP VIEW ${ident(`quarantine_${dataset.id}`)}`,
    `DROP VIEW ${ident(`quarantine_reasons_${dataset.id}`)}`,
    `DROP TABLE ${ident(`quarantined_records_${dataset.id}`)}`,
    `DROP TABLE ${ident(`stage_${dataset.id}`)}`,
  ].join(';\n');
}
