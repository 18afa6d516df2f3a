/**
 * Reads what POST /api/local-run answered into what the hands-on slide shows. The
 * route belongs to the local pipeline; a site served without it (a static preview,
 * or before that feature is installed) answers 404/405 or not at all, which the
 * slide reports as "not available" rather than as a pipeline failure.
 */

export interface LocalRunDatasetRow {
  readonly dataset: string;
  readonly received: number;
  readonly silverRows: number;
  readonly quarantined: number;
}

export interface LocalRunGoldRow {
  readonly table: string;
  readonly rows: number;
}

export type LocalRunView =
  | { readonly kind: 'unavailable'; readonly reason: string }
  | { readonly kind: 'failed'; readonly message: string }
  /** Other runs fill the server's queue: nothing failed, the trainer only has to wait. */
  | { readonly kind: 'busy' }
  | { readonly kind: 'report'; readonly balanced: boolean; readonly datasets: readonly LocalRunDatasetRow[]; readonly gold: readonly LocalRunGoldRow[] };

/** Statuses meaning "no such route here", as opposed to "the route ran and failed". */
const ROUTE_MISSING = new Set([404, 405, 501]);

function record(value: unknown): Record<string, unknown> | undefined {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : undefined;
}

function count(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : undefined;
}

function errorText(body: unknown): string | undefined {
  const fields = record(body);
  if (!fields) return undefined;
  for (const key of ['error', 'message']) {
    const value = fields[key];
    if (typeof value === 'string' && value.trim() !== '') return value;
    const nested = record(value);
    if (nested && typeof nested.message === 'string') return nested.message;
  }
  return undefined;
}

function readReport(body: unknown): LocalRunView | undefined {
  const outer = record(body);
  const report = record(outer?.report) ?? outer;
  if (!report || typeof report.balanced !== 'boolean' || !Array.isArray(report.datasets) || !Array.isArray(report.gold)) return undefined;
  const datasets: LocalRunDatasetRow[] = [];
  for (const item of report.datasets) {
    const row = record(item);
    const received = count(row?.received);
    const silverRows = count(row?.silverRows);
    const quarantined = count(row?.quarantined);
    if (!row || typeof row.dataset !== 'string' || received === undefined || silverRows === undefined || quarantined === undefined) return undefined;
    datasets.push({ dataset: row.dataset, received, silverRows, quarantined });
  }
  const gold: LocalRunGoldRow[] = [];
  for (const item of report.gold) {
    const row = record(item);
    const rows = count(row?.rows);
    if (!row || typeof row.table !== 'string' || rows === undefined) return undefined;
    gold.push({ table: row.table, rows });
  }
  return { kind: 'report', balanced: report.balanced, datasets, gold };
}

/**
 * @param status HTTP status, or 0 when the request never got an answer.
 * @param body the parsed JSON body, or `undefined` when it was not JSON.
 */
export function readLocalRunResponse(status: number, body: unknown): LocalRunView {
  if (status === 0) return { kind: 'unavailable', reason: errorText(body) ?? 'no answer from the server' };
  if (ROUTE_MISSING.has(status)) return { kind: 'unavailable', reason: `HTTP ${status}` };
  if (status === 503 && record(body)?.code === 'busy') return { kind: 'busy' };
  if (status < 200 || status >= 300) return { kind: 'failed', message: errorText(body) ?? `HTTP ${status}` };
  return readReport(body) ?? { kind: 'failed', message: 'the answer is not a local-run report' };
}
