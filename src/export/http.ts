import { parseAnswers } from '../core/answers/parse';
import { calendarDayIn, EARLIEST_TIME_ZONE } from '../core/calendar';
import { formatIssuePath, formatIssues, InputError, type SchemaIssue } from '../core/errors';
import { downloadName, EXPORT_FILES } from '../core/export/formats';
import { ExportRequestSchema } from '../core/export/request';
import type { UsageOverrides } from '../core/sizing/assumptions';
import { renderExport } from './artifacts';
import { discardSharedExportBrowser, sharedExportBrowser, type ExportBrowser } from './browser';
import { prepareExport } from './prepare';

/** Answers and settings are a few KB; anything near this is not an export request. */
export const MAX_EXPORT_REQUEST_BYTES = 1_000_000;

export interface ExportHttpOptions {
  /** Folder holding `content/` and `src/deploy/`; the server runs from the project folder. */
  readonly projectRoot: string;
  readonly browser?: () => Promise<ExportBrowser>;
  /** YYYY-MM-DD for the proposal; default: today (tests pin it). */
  readonly generatedOn?: string;
}

/** A 400 whose body names each wrong field with its full path in the request (`answers.volume.dailyIngestGb`). */
function badRequest(message: string, fields: readonly string[]): Response {
  return new Response(JSON.stringify({ error: message, fields }), { status: 400, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
}

function prefixed(issues: readonly SchemaIssue[], prefix: readonly PropertyKey[]): SchemaIssue[] {
  return issues.map((issue) => ({ ...issue, path: [...prefix, ...issue.path] }));
}

function fromIssues(issues: readonly SchemaIssue[]): Response {
  return badRequest(formatIssues(issues, 'export request'), issues.map((issue) => formatIssuePath(issue.path)));
}

/** Exports that drive Chromium (and the CDK synth) take turns: each fills a core of this two-core machine. Text formats do not wait. */
let turn: Promise<unknown> = Promise.resolve();
function inTurn<Result>(work: () => Promise<Result>): Promise<Result> {
  const next = turn.then(work, work);
  turn = next.catch(() => undefined);
  return next;
}

/**
 * `POST /api/export/`: reads `{ answers, format, locale?, region?, preset?,
 * overrides?, freeTier?, exchangeRate?, includeCdk? }`, validates every part
 * (answers through `parseAnswers`, usage values through the cost model) and
 * answers with the file as a download, or a JSON 400 naming the wrong fields.
 */
export async function handleExportRequest(request: Request, options: ExportHttpOptions): Promise<Response> {
  const length = Number(request.headers.get('content-length') ?? '0');
  if (length > MAX_EXPORT_REQUEST_BYTES) return badRequest(`the request body is ${length} bytes; an export request is at most ${MAX_EXPORT_REQUEST_BYTES}`, []);
  const body = await request.text();
  if (body.length > MAX_EXPORT_REQUEST_BYTES) return badRequest(`the request body is larger than ${MAX_EXPORT_REQUEST_BYTES} bytes`, []);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch (error) {
    return badRequest(`the request body is not valid JSON: ${(error as Error).message}`, []);
  }
  const parsed = ExportRequestSchema.safeParse(json);
  if (!parsed.success) return fromIssues(parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message })));
  const exportRequest = parsed.data;
  const answers = parseAnswers(exportRequest.answers, 'answers');
  if (!answers.ok) {
    const issues = prefixed(answers.error.issues, ['answers']);
    return badRequest(answers.error.message, issues.map((issue) => formatIssuePath(issue.path)));
  }
  if (exportRequest.includeCdk !== undefined && exportRequest.format !== 'zip') {
    return fromIssues([{ path: ['includeCdk'], message: `applies to the zip format only, received format ${exportRequest.format}` }]);
  }

  const work = async (): Promise<Response> => {
    let prepared;
    try {
      prepared = await prepareExport(
        answers.answers,
        {
          ...(exportRequest.locale === undefined ? {} : { locale: exportRequest.locale }),
          ...(exportRequest.region === undefined ? {} : { region: exportRequest.region }),
          ...(exportRequest.preset === undefined ? {} : { preset: exportRequest.preset }),
          ...(exportRequest.overrides === undefined ? {} : { overrides: exportRequest.overrides as UsageOverrides }),
          ...(exportRequest.freeTier === undefined ? {} : { freeTier: exportRequest.freeTier }),
          ...(exportRequest.exchangeRate === undefined ? {} : { exchangeRate: exportRequest.exchangeRate }),
          // The server does not know the user's time zone: it refuses only a rate dated after every zone's today.
          today: calendarDayIn(new Date(), EARLIEST_TIME_ZONE),
          ...(options.generatedOn === undefined ? {} : { generatedOn: options.generatedOn }),
        },
        options.projectRoot,
      );
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      // The cost model names what it refuses (`overrides.<key>`, `exchangeRate.brlPerUsd`); anything unnamed is put on the rate.
      const issues = error.issues.length > 0 ? error.issues : [{ path: ['exchangeRate'], message: error.message }];
      return badRequest(error.message, issues.map((issue) => formatIssuePath(issue.path)));
    }
    const browser = options.browser ?? sharedExportBrowser;
    let result;
    try {
      result = await renderExport(prepared, exportRequest.format, { browser, projectRoot: options.projectRoot, includeCdk: exportRequest.includeCdk ?? true });
    } catch (error) {
      // A crashed or closed shared browser must not fail every later export.
      if (options.browser === undefined) await discardSharedExportBrowser();
      throw error;
    }
    const headers: Record<string, string> = {
      'content-type': EXPORT_FILES[exportRequest.format].mediaType,
      'content-disposition': `attachment; filename="${downloadName(exportRequest.format)}"`,
      'content-length': String(result.file.bytes.byteLength),
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      'x-lakewise-total-usd': prepared.proposal.estimate.totals.expectedUsd,
    };
    if (result.notes.length > 0) headers['x-lakewise-notes'] = encodeURIComponent(result.notes.join(' | '));
    return new Response(new Blob([result.file.bytes as Uint8Array<ArrayBuffer>]), { status: 200, headers });
  };
  return EXPORT_FILES[exportRequest.format].needsBrowser ? inTurn(work) : work();
}
