import type { APIRoute } from 'astro';
import { handleExportRequest } from '../../export/http';

/** Runs on the Node server: it drives Chromium and may synthesize the CDK app, so it cannot be prerendered. */
export const prerender = false;

/**
 * POST `{ answers, format, locale?, region?, preset?, overrides?, freeTier?,
 * exchangeRate?, includeCdk? }` → the export as a file download, or a JSON 400
 * `{ error, fields }` naming what is wrong. The server runs from the project
 * folder (`npm run serve`), where the playbook's objection cards and the CDK
 * synthesizer live.
 */
export const POST: APIRoute = ({ request }) => handleExportRequest(request, { projectRoot: process.cwd() });
