import { readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../../src/core/errors';
import { PRICE_KEY_IDS, priceKeyDefinition } from '../../../src/core/pricing/price-keys';
import { PRICING_REGIONS } from '../../../src/core/pricing/regions';
import { validatePriceRecords } from '../../../src/core/pricing/validate-records';
import { createSnapshot, writeSnapshots } from '../../../src/pricing-client/snapshot-store';
import { committedSnapshot, recordOf } from './snapshot-records';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/${name}.json`, import.meta.url), 'utf8'));

function problem(input: unknown, region: 'us-east-1' | undefined = 'us-east-1'): string {
  try {
    validatePriceRecords(input, { source: 'records.json', ...(region === undefined ? {} : { region }) });
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as Error).message;
  }
  throw new Error('expected the records to be rejected');
}

describe('validatePriceRecords', () => {
  test('names the record and the field when a field is missing', () => {
    expect(problem(fixture('missing-field'))).toMatchInlineSnapshot(`
      "1 problem in price records:
      records.json: record [1] (price key athena.data-scanned, rate code B6WHE3FUNCDQVVX4.JRTCKXETXF.6YS6EN2CT7): usd: expected a decimal string, received nothing"
    `);
  });

  test('rejects a unit the price key does not use', () => {
    expect(problem(fixture('wrong-unit'))).toMatchInlineSnapshot(`
      "1 problem in price records:
      records.json: record [0] (price key athena.data-scanned, rate code B6WHE3FUNCDQVVX4.JRTCKXETXF.6YS6EN2CT7): unit: wrong unit "GB" for athena.data-scanned: expected "TB" or "Terabytes""
    `);
  });

  test('rejects a negative price', () => {
    expect(problem(fixture('negative-price'))).toMatchInlineSnapshot(`
      "1 problem in price records:
      records.json: record [0] (price key glue.etl-job, rate code CXGYW3G8GS2SN9UG.JRTCKXETXF.6YS6EN2CT7): usd: expected a non-negative decimal string such as "0.0230000000", received "-0.4400000000""
    `);
  });

  test('rejects a price that is not a decimal number', () => {
    expect(problem(fixture('non-numeric-price'))).toMatchInlineSnapshot(`
      "1 problem in price records:
      records.json: record [0] (price key glue.etl-job, rate code CXGYW3G8GS2SN9UG.JRTCKXETXF.6YS6EN2CT7): usd: expected a non-negative decimal string such as "0.0230000000", received "0,44""
    `);
  });

  test('rejects a region the snapshot does not cover', () => {
    expect(problem(fixture('unknown-region'), undefined)).toMatchInlineSnapshot(`
      "1 problem in price records:
      records.json: record [0] (price key athena.data-scanned, rate code B6WHE3FUNCDQVVX4.JRTCKXETXF.6YS6EN2CT7): regionCode: unknown region "us-west-2": expected one of us-east-1, sa-east-1, eu-west-1"
    `);
  });

  test('rejects a record of another region than the snapshot', () => {
    expect(problem([recordOf('sa-east-1', 'glue.etl-job')])).toContain('regionCode: record is for sa-east-1 but this snapshot is for us-east-1');
  });

  test('rejects tiers with a gap and a second flat price', () => {
    const tiers = committedSnapshot('us-east-1').records.filter((record) => record.priceKey === 's3.standard-storage');
    const gap = tiers.filter((record) => record.beginRange !== '51200');
    const message = problem([...gap, recordOf('us-east-1', 'glue.etl-job'), recordOf('us-east-1', 'glue.etl-job')]);
    expect(message).toContain('s3.standard-storage: record [0] ends at 51200, received 512000');
    expect(message).toContain('glue.etl-job already has a price in record [2]; it is not tiered');
  });

  test('rejects a variant the price key does not know', () => {
    const record = { ...recordOf('us-east-1', 'msk.broker-hours', 'kafka.m7g.large'), variant: 'kafka.m9.huge' };
    expect(problem([record])).toContain('variant: expected one of kafka.t3.small');
  });

  test('reports every bad record at once', () => {
    const message = problem([...(fixture('negative-price') as unknown[]), ...(fixture('wrong-unit') as unknown[])]);
    expect(message.startsWith('2 problems in price records:')).toBe(true);
  });

  test('a bad record stops the snapshot from being written', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'lakewise-snapshot-'));
    try {
      const good = committedSnapshot('us-east-1');
      const bad = createSnapshot('us-east-1', [...good.records.filter((record) => record.priceKey !== 'glue.etl-job'), { ...recordOf('us-east-1', 'glue.etl-job'), usd: '-1' }], 'test', new Date());
      await expect(writeSnapshots(dir, [bad])).rejects.toThrow('glue.etl-job');
      expect(await readdir(dir)).toEqual([]);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});

describe('committed price snapshot', () => {
  test.each(PRICING_REGIONS)('%s has a price for every price key and variant the cost model reads', (region) => {
    const records = committedSnapshot(region).records;
    for (const key of PRICE_KEY_IDS) {
      const variants: readonly (string | null)[] = priceKeyDefinition(key).variants ?? [null];
      for (const variant of variants) {
        expect(records.some((record) => record.priceKey === key && record.variant === variant), `${region} ${key} ${variant ?? ''}`).toBe(true);
      }
    }
  });

  test('every record keeps its provenance and a date', () => {
    for (const region of PRICING_REGIONS) {
      for (const record of committedSnapshot(region).records) {
        expect(record.source.url).toMatch(/^https:\/\/b0\.p\.awsstatic\.com\/pricing\//);
        expect(record.publicationDate ?? record.source.retrieved).toMatch(/^\d{4}-\d{2}-\d{2}/);
        if (record.source.kind === 'pricing-page-feed') expect(record.rateCode).toMatch(new RegExp(`^${record.sku}\\.JRTCKXETXF\\.`));
      }
    }
  });

  test('the index names the same dates as the region files', async () => {
    const index = JSON.parse(await readFile(new URL('../../../src/data/price-snapshot/index.json', import.meta.url), 'utf8'));
    for (const region of PRICING_REGIONS) {
      const snapshot = committedSnapshot(region);
      expect(index.regions[region].generatedAt).toBe(snapshot.generatedAt);
      expect(index.regions[region].records).toBe(snapshot.records.length);
    }
  });
});
