import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import { main } from '../../src/cli/main';
import type { PriceRecord } from '../../src/core/pricing/price-record';
import { PRICING_REGIONS } from '../../src/core/pricing/regions';
import { DEFAULT_SNAPSHOT_DIR } from '../../src/pricing-client/snapshot-store';
import { committedSnapshot } from '../core/pricing/snapshot-records';
import { type PriceListServer, productsFromRecords, startPriceListServer } from '../support/price-list-server';
import { PROJECT } from '../support/lakewise-cli';

const ALL_RECORDS: PriceRecord[] = PRICING_REGIONS.flatMap((region) => [...committedSnapshot(region).records]);
const savedEnv = { ...process.env };

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['pricing', ...args], { stdout: (text) => (stdout += text), stderr: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

/** Every file of a snapshot folder, byte for byte. */
async function contents(dir: string): Promise<Record<string, string>> {
  const names = (await readdir(dir)).sort();
  return Object.fromEntries(await Promise.all(names.map(async (name) => [name, (await readFile(join(dir, name))).toString('base64')] as const)));
}

let dir: string;
let server: PriceListServer | undefined;

beforeAll(() => {
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
  process.env.AWS_ACCESS_KEY_ID = 'AKIDTESTTESTTESTTEST';
  process.env.AWS_SECRET_ACCESS_KEY = 'test-secret-key-not-real';
  delete process.env.AWS_PROFILE;
});
afterAll(() => {
  process.env = savedEnv;
});
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'lakewise-pricing-'));
  await cp(DEFAULT_SNAPSHOT_DIR, dir, { recursive: true, filter: (source) => !source.endsWith('.ts') });
});
afterEach(async () => {
  await server?.close();
  server = undefined;
  await rm(dir, { recursive: true, force: true });
});

describe('lakewise pricing info', () => {
  test('prints the snapshot date per service and region', async () => {
    const result = await run('info');
    expect(result.code).toBe(0);
    for (const region of PRICING_REGIONS) expect(result.stdout).toContain(`${region}: 96 prices, generated`);
    expect(result.stdout).toMatch(/AmazonKinesis\s+2025-11-03\s+2025-11-04\s+5\s+pricing-page-feed/);
    expect(result.stdout).toMatch(/ElasticMapReduce\s+\(none\)\s+2025-06-18\s+7\s+pricing-page-summary/);
  });
});

describe('lakewise pricing refresh --endpoint', () => {
  test('rebuilds every region from the Price List API, prints the price changes and writes the snapshot', async () => {
    const changes = new Map([
      ['us-east-1|athena.data-scanned', '6.2500000000'],
      ['sa-east-1|glue.etl-job', '0.6500000000'],
    ]);
    server = await startPriceListServer({ products: productsFromRecords(ALL_RECORDS, (record) => changes.get(`${record.regionCode}|${record.priceKey}`) ?? record.usd), pageSize: 1, throttleFirst: 2 });
    const result = await run('refresh', '--endpoint', server.url, '--snapshot-dir', dir, '--max-rps', '1000');
    expect(result.stderr).not.toContain('failed');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('us-east-1: 96 prices checked, 1 changed\n  ~ AmazonAthena athena.data-scanned: 5.0000000000 → 6.2500000000 USD/TB (+25.00%)');
    expect(result.stdout).toContain('sa-east-1: 96 prices checked, 1 changed\n  ~ AWSGlue glue.etl-job: 0.6900000000 → 0.6500000000 USD/DPU-Hour (-5.80%)');
    expect(result.stdout).toContain('eu-west-1: 96 prices checked, no price changed');
    const written = JSON.parse(await readFile(join(dir, 'us-east-1.json'), 'utf8'));
    expect(written.builtFrom).toBe(`Price List API GetProducts (${server.url})`);
    expect(written.records.every((record: PriceRecord) => record.source.kind === 'price-list-api')).toBe(true);
    const info = await run('info', '--snapshot-dir', dir);
    expect(info.stdout).toMatch(/AmazonAthena\s+2026-11-15/);
    expect(server.requests.every((request) => request.target === 'AWSPriceListService.GetProducts')).toBe(true);
  });

  test('a server that fails part-way leaves the old snapshot byte-identical', async () => {
    const before = await contents(dir);
    server = await startPriceListServer({ products: productsFromRecords(ALL_RECORDS), failAfter: 60 });
    const result = await run('refresh', '--endpoint', server.url, '--snapshot-dir', dir, '--max-rps', '1000');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('refresh failed, nothing was written');
    expect(result.stderr).toContain('InternalErrorException');
    expect(await contents(dir)).toEqual(before);
  }, 60_000);

  test('a bad price from the API is refused, named, and nothing is written', async () => {
    const before = await contents(dir);
    server = await startPriceListServer({ products: productsFromRecords(ALL_RECORDS, (record) => (record.regionCode === 'eu-west-1' && record.priceKey === 'kinesis.shard-hours' ? '-0.017' : record.usd)) });
    const result = await run('refresh', '--endpoint', server.url, '--snapshot-dir', dir, '--max-rps', '1000');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('(eu-west-1): record [');
    expect(result.stderr).toContain('price key kinesis.shard-hours');
    expect(result.stderr).toContain('usd: expected a non-negative decimal string such as "0.0230000000", received "-0.017"');
    expect(await contents(dir)).toEqual(before);
  });

  test('without credentials it says so and keeps the snapshot', async () => {
    const before = await contents(dir);
    delete process.env.AWS_ACCESS_KEY_ID;
    delete process.env.AWS_SECRET_ACCESS_KEY;
    process.env.AWS_SHARED_CREDENTIALS_FILE = join(dir, 'no-credentials');
    process.env.AWS_CONFIG_FILE = join(dir, 'no-config');
    try {
      const result = await run('refresh', '--region', 'sa-east-1', '--endpoint', 'http://127.0.0.1:9', '--snapshot-dir', dir);
      expect(result.code).toBe(1);
      expect(result.stderr).toContain('lakewise pricing: No AWS credentials found');
      expect(result.stderr).toContain('is unchanged (sa-east-1 ');
      expect(await contents(dir)).toEqual(before);
    } finally {
      process.env.AWS_ACCESS_KEY_ID = 'AKIDTESTTESTTESTTEST';
      process.env.AWS_SECRET_ACCESS_KEY = 'test-secret-key-not-real';
    }
  });

  test('bad usage exits 2', async () => {
    expect((await run('refresh', '--region', 'us-west-2')).code).toBe(2);
    expect((await run('refresh', '--max-rps', '0')).code).toBe(2);
    expect((await run('publish')).code).toBe(2);
  });
});

describe('lakewise pricing info | head', () => {
  test('stops quietly when the reader closes the pipe after the first line', async () => {
    const child = spawn(join(PROJECT, 'node_modules/.bin/node'), [join(PROJECT, 'bin/lakewise.mjs'), 'pricing', 'info'], { cwd: PROJECT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
