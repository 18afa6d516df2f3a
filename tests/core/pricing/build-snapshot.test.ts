import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { PRICING_REGIONS } from '../../../src/core/pricing/regions';
import { DEFAULT_SNAPSHOT_DIR } from '../../../src/pricing-client/snapshot-store';

const PROJECT = resolve(import.meta.dirname, '../../..');
const RATES = resolve(PROJECT, '../shared/pricing/rates.json');
const run = promisify(execFile);

function buildSnapshot(args: string[]) {
  return run(join(PROJECT, 'node_modules/.bin/node'), ['--import', 'tsx', 'scripts/build-price-snapshot.ts', ...args], { cwd: PROJECT }).then(
    (result) => ({ code: 0, ...result }),
    (error: { code: number; stdout: string; stderr: string }) => ({ code: error.code, stdout: error.stdout, stderr: error.stderr }),
  );
}

describe('scripts/build-price-snapshot.ts', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lakewise-build-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test('rebuilds the committed snapshot records from rates.json', async () => {
    const result = await buildSnapshot(['--out', dir]);
    expect(result.code).toBe(0);
    for (const region of PRICING_REGIONS) {
      const built = JSON.parse(await readFile(join(dir, `${region}.json`), 'utf8'));
      const committed = JSON.parse(await readFile(join(DEFAULT_SNAPSHOT_DIR, `${region}.json`), 'utf8'));
      expect(built.records).toEqual(committed.records);
    }
  });

  test('a bad rate stops the build and writes nothing', async () => {
    const rates = JSON.parse(await readFile(RATES, 'utf8')) as { priceListLabel: string; regionCode: string; usd: string }[];
    const athena = rates.find((rate) => rate.priceListLabel === 'Athena Queries' && rate.regionCode === 'sa-east-1');
    if (athena === undefined) throw new Error('rates.json has no sa-east-1 Athena rate');
    athena.usd = 'nine';
    const badRates = join(dir, 'bad-rates.json');
    await writeFile(badRates, JSON.stringify(rates));
    const out = join(dir, 'never-written');
    const result = await buildSnapshot(['--rates', badRates, '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('(sa-east-1): record [');
    expect(result.stderr).toContain('price key athena.data-scanned');
    expect(result.stderr).toContain('usd: expected a non-negative decimal string such as "0.0230000000", received "nine"');
    await expect(readFile(join(out, 'index.json'))).rejects.toThrow(/ENOENT/);
  });
});
