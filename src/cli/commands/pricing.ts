import { join } from 'node:path';
import { InputError } from '../../core/errors';
import { type PriceChange, percentChange } from '../../core/pricing/diff';
import { isRegionCode, PRICING_REGIONS, type RegionCode } from '../../core/pricing/regions';
import { summarizeSnapshot } from '../../core/pricing/snapshot';
import { createPriceListClient, MissingCredentialsError, type ProductSource } from '../../pricing-client/client';
import { PRICE_LIST_REQUESTS_PER_SECOND } from '../../pricing-client/rate-limiter';
import { type RegionRefresh, refreshRegionSnapshot } from '../../pricing-client/refresh';
import { DEFAULT_SNAPSHOT_DIR, INDEX_FILE, readSnapshot, writeSnapshots } from '../../pricing-client/snapshot-store';
import { prepareFileTarget } from '../../local-pipeline/atomic';
import { readCommandArgs } from '../flags';
import { inputError, usageError } from '../problems';
import type { CliCommand, CliIo } from '../command';

const USAGE = `Usage: lakewise pricing info [--snapshot-dir DIR]
       lakewise pricing refresh [--region CODE ...] [--endpoint URL] [--snapshot-dir DIR]
                                [--max-rps N] [--dry-run]

info      prints the date of every price in the snapshot, per region and service.
refresh   re-reads every price of the snapshot from the AWS Price List API (GetProducts),
          validates every record, prints what changed and replaces the snapshot files
          atomically: a failed or partial refresh leaves the old snapshot untouched.
          Needs AWS credentials (AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY or AWS_PROFILE).

  --region        ${PRICING_REGIONS.join(', ')} (repeatable; default: all)
  --endpoint      Price List endpoint to call instead of AWS's (a mirror or a test server)
  --snapshot-dir  snapshot folder (default: the bundled src/data/price-snapshot)
  --max-rps       requests per second (default ${PRICE_LIST_REQUESTS_PER_SECOND}, the API's limit; raise it only for your own endpoint)
  --dry-run       print the changes without writing

Exit codes: 0 done, 1 the refresh failed (nothing written) or a snapshot is invalid, 2 bad usage.
`;

const fail = (io: CliIo, message: string): number => inputError(io, 'pricing', message);
const badUsage = (io: CliIo, message: string): number => usageError(io, 'pricing', message, USAGE);

function table(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, index) => Math.max(...rows.map((row) => (row[index] ?? '').length))) ?? [];
  return rows.map((row) => row.map((cell, index) => cell.padEnd(widths[index] ?? 0)).join('  ').trimEnd()).join('\n');
}

async function info(dir: string, io: CliIo): Promise<number> {
  io.stdout(`Price snapshot: ${dir}\n`);
  for (const region of PRICING_REGIONS) {
    const snapshot = await readSnapshot(dir, region);
    const summary = summarizeSnapshot(snapshot);
    io.stdout(`\n${region}: ${summary.records} prices, generated ${summary.generatedAt}\n  from ${summary.builtFrom}\n`);
    const rows = [['  service', 'published', 'oldest', 'retrieved', 'prices', 'source']];
    for (const [service, dates] of Object.entries(summary.services)) {
      rows.push([
        `  ${service}`,
        dates.newestPublication ?? '(none)',
        dates.oldestPublication !== null && dates.oldestPublication !== dates.newestPublication ? dates.oldestPublication : '',
        dates.retrieved,
        String(dates.records),
        dates.sourceKinds.join(' + '),
      ]);
    }
    io.stdout(`${table(rows)}\n`);
  }
  io.stdout('\n(none) = the source carries no publication date; the retrieval day is the only date.\n');
  return 0;
}

function describeChange(change: PriceChange): string {
  const what = `${change.serviceCode} ${change.priceKey}${change.variant === null ? '' : ` ${change.variant}`}${change.endRange === 'Inf' && change.beginRange === '0' ? '' : ` [${change.beginRange}–${change.endRange}]`}`;
  if (change.kind === 'added') return `  + ${what}: ${change.after} USD/${change.unit}`;
  if (change.kind === 'removed') return `  - ${what}: was ${change.before} USD/${change.unit}`;
  const percent = percentChange(change);
  return `  ~ ${what}: ${change.before} → ${change.after} USD/${change.unit}${percent === undefined ? '' : ` (${percent.startsWith('-') ? '' : '+'}${percent}%)`}`;
}

async function refresh(options: { regions: RegionCode[]; dir: string; endpoint?: string; maxRps: number; dryRun: boolean }, io: CliIo): Promise<number> {
  const current = await Promise.all(options.regions.map((region) => readSnapshot(options.dir, region)));
  // A refresh takes minutes of requests: a snapshot folder it could not write is reported first.
  if (!options.dryRun) await prepareFileTarget(join(options.dir, INDEX_FILE));
  let client: ProductSource;
  try {
    client = await createPriceListClient({ requestsPerSecond: options.maxRps, ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }) });
  } catch (error) {
    if (error instanceof MissingCredentialsError) {
      const dates = current.map((snapshot) => `${snapshot.region} ${snapshot.generatedAt}`).join(', ');
      return fail(io, `${error.message}\nThe snapshot in ${options.dir} is unchanged (${dates}); estimates keep using it.`);
    }
    throw error;
  }
  const started = performance.now();
  const results: RegionRefresh[] = [];
  try {
    for (const snapshot of current) {
      io.stderr(`lakewise pricing: refreshing ${snapshot.region} (${snapshot.records.length} prices) from ${client.endpoint}\n`);
      results.push(await refreshRegionSnapshot(snapshot, client));
    }
  } catch (error) {
    const reason = error instanceof InputError ? error.message : `${(error as Error).name}: ${(error as Error).message}`;
    return fail(io, `refresh failed, nothing was written and ${options.dir} is unchanged:\n${reason}`);
  } finally {
    client.close();
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  if (!options.dryRun) await writeSnapshots(options.dir, results.map((result) => result.snapshot));
  for (const result of results) {
    const changed = result.changes.length;
    io.stdout(`${result.snapshot.region}: ${result.snapshot.records.length} prices checked, ${changed === 0 ? 'no price changed' : `${changed} changed`}\n`);
    for (const change of result.changes) io.stdout(`${describeChange(change)}\n`);
  }
  io.stdout(`${client.requestCount} GetProducts requests in ${seconds} s. ${options.dryRun ? 'Dry run: nothing written.' : `Wrote ${options.dir}`}\n`);
  return 0;
}

export const command: CliCommand = {
  async run(args, io) {
    const parsed = readCommandArgs(
      args,
      {
        region: { type: 'string', multiple: true },
        endpoint: { type: 'string' },
        'snapshot-dir': { type: 'string' },
        'max-rps': { type: 'string' },
        'dry-run': { type: 'boolean' },
      },
      io,
      USAGE,
      (message) => badUsage(io, message),
    );
    if (typeof parsed === 'number') return parsed;
    const { values, positionals } = parsed;
    const [action, ...extra] = positionals;
    if (action === undefined) return badUsage(io, 'missing the action: info or refresh');
    if (extra.length > 0) return badUsage(io, `unexpected arguments: ${extra.join(' ')}`);
    const dir = values['snapshot-dir'] ?? DEFAULT_SNAPSHOT_DIR;
    if (action === 'info') {
      if (values.region !== undefined || values.endpoint !== undefined || values['max-rps'] !== undefined || values['dry-run'] !== undefined) {
        return badUsage(io, 'info takes only --snapshot-dir');
      }
      return info(dir, io);
    }
    if (action !== 'refresh') return badUsage(io, `unknown action "${action}": expected info or refresh`);
    const regions = values.region ?? [...PRICING_REGIONS];
    const unknown = regions.filter((region) => !isRegionCode(region));
    if (unknown.length > 0) return badUsage(io, `--region: unknown region ${unknown.map((region) => `"${region}"`).join(', ')}: expected one of ${PRICING_REGIONS.join(', ')}`);
    const maxRps = values['max-rps'] === undefined ? PRICE_LIST_REQUESTS_PER_SECOND : Number(values['max-rps']);
    if (!Number.isFinite(maxRps) || maxRps <= 0) return badUsage(io, `--max-rps: expected a positive number, received "${values['max-rps']}"`);
    if (values.endpoint !== undefined && !/^https?:\/\/[^\s]+$/.test(values.endpoint)) return badUsage(io, `--endpoint: expected an http(s) URL, received "${values.endpoint}"`);
    return refresh({ regions: [...new Set(regions)] as RegionCode[], dir, ...(values.endpoint === undefined ? {} : { endpoint: values.endpoint }), maxRps, dryRun: values['dry-run'] ?? false }, io);
  },
};
