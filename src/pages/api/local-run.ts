import type { APIRoute } from 'astro';
import { lastRun, runFromAnswers, type ServerRunOutcome } from '../../local-pipeline/server-run';

/** Runs on the Node server: it writes files and starts DuckDB, so it cannot be prerendered. */
export const prerender = false;

/** Answers files are a few KB; anything near this is not answers. */
const MAX_BODY_BYTES = 1_000_000;

function respond(outcome: ServerRunOutcome): Response {
  return new Response(JSON.stringify(outcome.body), { status: outcome.status, headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' } });
}

function badRequest(error: string): Response {
  return respond({ status: 400, body: { error } });
}

/** POST answers JSON (optionally `?rows=N`) → runs the local pipeline → its summary. */
export const POST: APIRoute = async ({ request, url }) => {
  const length = Number(request.headers.get('content-length') ?? '0');
  if (length > MAX_BODY_BYTES) return badRequest(`the request body is ${length} bytes; answers are at most ${MAX_BODY_BYTES}`);
  const text = await request.text();
  if (text.length > MAX_BODY_BYTES) return badRequest(`the request body is larger than ${MAX_BODY_BYTES} bytes`);
  let answers: unknown;
  try {
    answers = JSON.parse(text);
  } catch (error) {
    return badRequest(`the request body is not valid JSON: ${(error as Error).message}`);
  }
  const rowsParameter = url.searchParams.get('rows');
  return respond(await runFromAnswers(answers, rowsParameter === null ? undefined : Number(rowsParameter)));
};

/** GET → the last local run's summary, or 404 before the first run. */
export const GET: APIRoute = async () => respond(await lastRun());
