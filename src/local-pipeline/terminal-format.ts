import type { QueryResult } from './query';
import type { LocalRunReport, LocalRunTimings } from './run';

/**
 * Terminal rendering of a local run and of query results. Values come from hostile sample
 * rows, so control characters (line breaks, escape sequences that would repaint the
 * terminal) are shown as visible escapes, and long values are cut.
 */
export function terminalText(value: unknown, maxLength = 60): string {
  const text = value instanceof Date ? value.toISOString().replace('T00:00:00.000Z', '').replace('.000Z', 'Z') : value === null || value === undefined ? 'NULL' : String(value);
  // eslint-disable-next-line no-control-regex
  const visible = text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (character) => (character === '\n' ? '\\n' : character === '\t' ? '\\t' : `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`));
  const characters = Array.from(visible);
  return characters.length > maxLength ? `${characters.slice(0, maxLength - 1).join('')}…` : visible;
}

function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = header.map((title, column) => Math.max(Array.from(title).length, ...rows.map((row) => Array.from(row[column] ?? '').length)));
  const line = (cells: readonly string[]) => cells.map((cell, column) => cell + ' '.repeat(Math.max(0, (widths[column] ?? 0) - Array.from(cell).length))).join('  ').trimEnd();
  return [line(header), line(widths.map((width) => '-'.repeat(width))), ...rows.map(line)].join('\n');
}

export function formatRunReport(report: LocalRunReport, outDir: string, timings?: LocalRunTimings): string {
  const parts: string[] = [];
  parts.push(
    `Local run (${report.rows.toLocaleString('en-US')} generated record${report.rows === 1 ? '' : 's'}, ${Math.round(report.badRowRate * 100)}% made bad on purpose, as of ${report.asOf}) in ${outDir}`,
  );
  parts.push(
    table(
      ['dataset', 'format', 'received', 'parsed', 'rejected lines', 'silver', 'quarantined', 'balanced'],
      report.datasets.map((entry) => [entry.dataset, entry.format, String(entry.received), String(entry.parsed), String(entry.rejectedLines), String(entry.silverRows), String(entry.quarantined), entry.balanced ? 'yes' : 'NO']),
    ),
  );
  parts.push(
    `Reconciliation: ${report.balanced ? 'every received record is in silver or in quarantine (received = silver + quarantined).' : 'RECORDS WERE LOST: see the rows marked NO.'}`,
  );
  const reasons = report.datasets.flatMap((entry) =>
    Object.entries(entry.quarantineByReason)
      .filter(([, count]) => count > 0)
      .map(([reason, count]) => [entry.dataset, reason, String(count)]),
  );
  if (reasons.length > 0) parts.push(`Quarantine by reason:\n${table(['dataset', 'reason', 'records'], reasons)}`);
  parts.push(`Gold tables (Parquet):\n${table(['table', 'rows', 'file'], report.gold.map((gold) => [gold.table, String(gold.rows), gold.file]))}`);
  parts.push(
    `Athena-style queries (run one with --query <id> or --query "<sql>"):\n${report.queries.map((query) => `  ${query.id}: ${query.title.en}\n    ${query.sql}`).join('\n')}`,
  );
  if (timings) parts.push(`Took ${((timings.generateMs + timings.pipelineMs + timings.publishMs) / 1000).toFixed(1)} s (sample ${(timings.generateMs / 1000).toFixed(1)} s, pipeline ${(timings.pipelineMs / 1000).toFixed(1)} s).`);
  return `${parts.join('\n\n')}\n`;
}

export function formatQueryResult(result: QueryResult): string {
  if (result.columns.length === 0) return '(no columns)\n';
  const rows = result.rows.map((row) => result.columns.map((column) => terminalText(row[column])));
  const shown = `first ${result.rows.length} row${result.rows.length === 1 ? '' : 's'} shown`;
  const footer =
    result.truncatedBy === 'size'
      ? `\n(${shown}: the result holds more than ${result.limits.maxResultCharacters.toLocaleString('en-US')} characters; select fewer columns or shorter values)`
      : result.truncatedBy === 'rows'
        ? `\n(${shown}, the most printed; add WHERE or LIMIT to choose which)`
        : `\n(${result.rows.length} row${result.rows.length === 1 ? '' : 's'})`;
  return `${table(result.columns.map((column) => terminalText(column)), rows)}${footer}\n`;
}
