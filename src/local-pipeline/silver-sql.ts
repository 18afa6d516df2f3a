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

/** Stage table: one row per record the reader split (CSV fields, or the whole JSON line), numbered in file order. */
export function bronzeStageSql(dataset: SilverDataset): string {
  const stage = ident(`stage_${dataset.id}`);
  const rejects = `'${`rejects_${dataset.id}`}'`;
  const scans = `'${`reject_scans_${dataset.id}`}'`;
  if (dataset.format === 'csv') {
    const columns = dataset.columns.map((column) => `'${column.name}': 'VARCHAR'`).join(', ');
    const fields = dataset.columns.map((column) => `${ident(column.name)} AS ${fieldName(column)}`).join(', ');
    // row_number() over an unordered scan follows file order while insertion order is preserved
    // (DuckDB's default), which is what makes "first occurrence wins" deterministic.
    return `CREATE OR REPLACE TABLE ${stage} AS
SELECT row_number() OVER () AS record_number, ${fields}
FROM read_csv($path, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"',
  columns = {${columns}}, store_rejects = true, rejects_table = ${rejects}, rejects_scan = ${scans},
  max_line_size = ${MAX_LINE_BYTES}, parallel = false)`;
  }
  // A JSON line is read as one text column (unit separator as delimiter, no quoting) so a
  // broken line still arrives as a record: json_valid decides later, the reader drops nothing.
  return `CREATE OR REPLACE TABLE ${stage} AS
SELECT row_number() OVER () AS record_number, raw
FROM read_csv($path, header = false, auto_detect = false, delim = chr(31), quote = '', escape = '',
  columns = {'raw': 'VARCHAR'}, store_rejects = true, rejects_table = ${rejects}, rejects_scan = ${scans},
  max_line_size = ${MAX_LINE_BYTES}, parallel = false)`;
}

/** The staged record split into text fields `f_<column>`, with `is_record` false for a line that is not a JSON object. */
function parsedSql(dataset: SilverDataset): string {
  const stage = ident(`stage_${dataset.id}`);
  if (dataset.format === 'csv') {
    return `SELECT record_number, TRUE AS is_record, ${dataset.columns.map((column) => fieldName(column)).join(', ')} FROM ${stage}`;
  }
  const paths = dataset.columns.map((column) => `'$.${column.name}'`).join(', ');
  const fields = dataset.columns.map((column, index) => `fields[${index + 1}] AS ${fieldName(column)}`).join(', ');
  // Extraction reads '{}' for a broken line: json_extract_string would otherwise raise on it.
  return `SELECT record_number, is_record, raw, ${fields}
  FROM (
    SELECT record_number, raw, is_record, json_extract_string(CASE WHEN is_record THEN raw ELSE '{}' END, [${paths}]) AS fields
    FROM (SELECT record_number, raw, coalesce(json_valid(raw) AND starts_with(ltrim(raw), '{'), false) AS is_record FROM ${stage})
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
 * Classified table: every staged record with its typed values and the first reason it
 * fails (NULL when it passes). Checks run in the order of QUARANTINE_REASONS; duplicates
 * are judged among passing records only, the earliest record number winning.
 */
export function classifySql(dataset: SilverDataset): string {
  const stage = ident(`stage_${dataset.id}`);
  const classified = ident(`classified_${dataset.id}`);
  const checks: string[] = ["WHEN NOT is_record THEN 'malformed_record'"];
  for (const column of dataset.columns) {
    if (column.required) {
      checks.push(`WHEN ${fieldName(column)} IS NULL OR trim(${fieldName(column)}) = '' THEN 'missing_required:${column.name}'`);
    }
  }
  for (const column of dataset.columns) {
    if (column.type === 'text') continue;
    checks.push(`WHEN ${fieldName(column)} IS NOT NULL AND trim(${fieldName(column)}) <> '' AND ${ident(`t_${column.name}`)} IS NULL THEN 'wrong_type:${column.name}'`);
  }
  for (const column of dataset.columns) {
    const limits: string[] = [];
    if (column.min !== undefined) limits.push(`${ident(`t_${column.name}`)} < ${bound(column.min, column.type)}`);
    if (column.max !== undefined) limits.push(`${ident(`t_${column.name}`)} > ${bound(column.max, column.type)}`);
    if (limits.length > 0) checks.push(`WHEN ${limits.join(' OR ')} THEN 'out_of_range:${column.name}'`);
  }
  for (const column of dataset.columns) {
    if (column.type === 'text') checks.push(`WHEN length(${fieldName(column)}) > ${dataset.maxTextLength} THEN 'too_long:${column.name}'`);
  }
  const typed = dataset.columns.map((column) => `${typedExpression(column)} AS ${ident(`t_${column.name}`)}`).join(',\n         ');
  const keyColumns = dataset.key.map((name) => ident(`t_${name}`)).join(', ');
  return `CREATE OR REPLACE TABLE ${classified} AS
WITH parsed AS (
  ${parsedSql(dataset)}
), typed AS (
  SELECT *,
         ${typed}
  FROM parsed
), checked AS (
  SELECT *, CASE
    ${checks.join('\n    ')}
  END AS invalid_reason
  FROM typed
)
SELECT *, coalesce(invalid_reason,
  CASE WHEN row_number() OVER (PARTITION BY invalid_reason IS NULL, ${keyColumns} ORDER BY record_number) > 1 THEN 'duplicate_key' END) AS reason
FROM checked`;
}

/** Silver rows: the typed values of passing records, ordered by key so re-runs write the same bytes. */
export function silverSelectSql(dataset: SilverDataset): string {
  const columns = dataset.columns.map((column) => `${ident(`t_${column.name}`)} AS ${ident(column.name)}`).join(', ');
  const order = dataset.key.map((name) => ident(name)).join(', ');
  return `SELECT ${columns} FROM ${ident(`classified_${dataset.id}`)} WHERE reason IS NULL ORDER BY ${order}`;
}

/**
 * Quarantined rows: records that failed a check, plus lines the reader could not split
 * into the expected columns (one row per line, named by its first error). `raw` keeps
 * what was received: the JSON line, the CSV fields as a JSON object, or the CSV line.
 */
export function quarantineSelectSql(dataset: SilverDataset): string {
  const name = `'${dataset.id}'`;
  const raw =
    dataset.format === 'csv'
      ? `to_json(struct_pack(${dataset.columns.map((column) => `${ident(column.name)} := ${fieldName(column)}`).join(', ')}))::VARCHAR`
      : 'raw';
  return `SELECT ${name} AS dataset, 'record ' || record_number AS position, record_number AS sort_key, reason, ${raw} AS raw
FROM ${ident(`classified_${dataset.id}`)} WHERE reason IS NOT NULL
UNION ALL
SELECT ${name} AS dataset, 'line ' || line AS position, line AS sort_key,
       'malformed_record:' || lower(replace(min(error_type), ' ', '_')) AS reason, min(csv_line) AS raw
FROM ${ident(`rejects_${dataset.id}`)}
GROUP BY line`;
}

/** Lines the reader rejected (each counted once however many errors it had). */
export function rejectedLinesSql(dataset: SilverDataset): string {
  return `SELECT count(DISTINCT line) AS lines FROM ${ident(`rejects_${dataset.id}`)}`;
}
