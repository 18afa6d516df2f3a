import { afterEach, beforeAll, describe, expect, test } from 'vitest';
import { InputError } from '../../src/core/errors';
import { createPriceListClient, MissingCredentialsError, type ProductSource } from '../../src/pricing-client/client';
import { refreshRegionSnapshot } from '../../src/pricing-client/refresh';
import { committedSnapshot } from '../core/pricing/snapshot-records';
import { type PriceListServer, productsFromRecords, startPriceListServer } from '../support/price-list-server';

const CREDENTIALS = { accessKeyId: 'AKIDTESTTESTTESTTEST', secretAccessKey: 'test-secret-key-not-real' };

beforeAll(() => {
  process.env.AWS_EC2_METADATA_DISABLED = 'true';
});

let server: PriceListServer | undefined;
let client: ProductSource | undefined;
afterEach(async () => {
  client?.close();
  await server?.close();
  server = undefined;
  client = undefined;
});

async function connect(options: Parameters<typeof startPriceListServer>[0], clientOptions: Parameters<typeof createPriceListClient>[0] = {}) {
  server = await startPriceListServer(options);
  client = await createPriceListClient({ endpoint: server.url, credentials: CREDENTIALS, requestsPerSecond: 1000, burst: 1000, baseDelayMs: 1, ...clientOptions });
  return { server, client };
}

const us = committedSnapshot('us-east-1');
const s3Storage = us.records.filter((record) => record.priceKey === 's3.standard-storage');

describe('createPriceListClient against a Price List server', () => {
  test('sends signed AWS JSON 1.1 GetProducts requests with TERM_MATCH filters and follows NextToken', async () => {
    const products = productsFromRecords(us.records.filter((record) => record.serviceCode === 'AmazonS3'));
    const { server, client } = await connect({ products, pageSize: 3 });
    const items = await client.getProducts('AmazonS3', { regionCode: 'us-east-1' });
    expect(items).toHaveLength(products.length);
    expect(items.every((item) => typeof item === 'string')).toBe(true);
    expect(server.requests.length).toBe(Math.ceil(products.length / 3));
    const [first, second] = server.requests;
    expect(first).toMatchObject({ target: 'AWSPriceListService.GetProducts', contentType: 'application/x-amz-json-1.1' });
    expect(first?.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=AKIDTESTTESTTESTTEST\/\d{8}\/us-east-1\/pricing\/aws4_request/);
    expect(first?.body).toMatchObject({ ServiceCode: 'AmazonS3', FormatVersion: 'aws_v1', Filters: [{ Type: 'TERM_MATCH', Field: 'regionCode', Value: 'us-east-1' }] });
    expect(first?.body.NextToken).toBeUndefined();
    expect(second?.body.NextToken).toBeTypeOf('string');
  });

  test('backs off and retries when throttled', async () => {
    const { server, client } = await connect({ products: productsFromRecords(s3Storage), throttleFirst: 3 });
    const items = await client.getProducts('AmazonS3', { sku: 'WP9ANXZGBYYSGJEA' });
    expect(items).toHaveLength(1);
    expect(server.requests.length).toBe(4);
    expect(client.requestCount).toBe(4);
  });

  test('gives up after its attempts when the throttling does not stop', async () => {
    const { client } = await connect({ products: productsFromRecords(s3Storage), throttleFirst: 100 }, { maxAttempts: 3 });
    await expect(client.getProducts('AmazonS3', { sku: 'WP9ANXZGBYYSGJEA' })).rejects.toMatchObject({ name: 'ThrottlingException' });
    expect(client.requestCount).toBe(3);
  });

  test('says so when there are no credentials', async () => {
    const saved = { ...process.env };
    try {
      for (const name of ['AWS_ACCESS_KEY_ID', 'AWS_SECRET_ACCESS_KEY', 'AWS_SESSION_TOKEN', 'AWS_PROFILE', 'AWS_CONTAINER_CREDENTIALS_RELATIVE_URI', 'AWS_CONTAINER_CREDENTIALS_FULL_URI', 'AWS_WEB_IDENTITY_TOKEN_FILE']) delete process.env[name];
      process.env.AWS_SHARED_CREDENTIALS_FILE = '/nonexistent/credentials';
      process.env.AWS_CONFIG_FILE = '/nonexistent/config';
      await expect(createPriceListClient({ endpoint: 'http://127.0.0.1:9' })).rejects.toThrow(MissingCredentialsError);
      await expect(createPriceListClient({ endpoint: 'http://127.0.0.1:9' })).rejects.toThrow(/No AWS credentials found/);
    } finally {
      process.env = saved;
    }
  });
});

describe('refreshRegionSnapshot', () => {
  test('re-reads every price, keeps price keys and reports what changed', async () => {
    const changed = new Map([['athena.data-scanned', '6.2500000000']]);
    const { client } = await connect({ products: productsFromRecords(us.records, (record) => changed.get(record.priceKey) ?? record.usd) });
    const result = await refreshRegionSnapshot(us, client, { now: new Date('2026-11-20T12:00:00Z') });
    expect(result.snapshot.records).toHaveLength(us.records.length);
    expect(result.changes).toEqual([
      expect.objectContaining({ kind: 'changed', priceKey: 'athena.data-scanned', before: '5.0000000000', after: '6.2500000000' }),
    ]);
    const athena = result.snapshot.records.find((record) => record.priceKey === 'athena.data-scanned');
    expect(athena).toMatchObject({ sku: 'B6WHE3FUNCDQVVX4', publicationDate: '2026-11-15T00:00:00Z', effectiveDate: '2026-11-01T00:00:00Z', source: { kind: 'price-list-api', retrieved: '2026-11-20' } });
    const emr = result.snapshot.records.find((record) => record.priceKey === 'emr.ec2-surcharge' && record.variant === 'm5.xlarge');
    expect(emr?.sku).toMatch(/^TESTSKU/);
    expect(emr?.attributes).toEqual({ instanceType: 'm5.xlarge', softwareType: 'EMR' });
  });

  test('a malformed PriceList item fails the refresh, naming the request and item', async () => {
    const products = productsFromRecords(us.records).map((product) => (product.item.product as { sku: string }).sku === 'B6WHE3FUNCDQVVX4' ? { ...product, raw: '{"product":{"sku":"B6WHE3FUNCDQVVX4"' } : product);
    const { client } = await connect({ products });
    await expect(refreshRegionSnapshot(us, client)).rejects.toThrow(/^GetProducts AmazonAthena regionCode=us-east-1 sku=B6WHE3FUNCDQVVX4 \(us-east-1\), PriceList\[0\]: not valid JSON/);
  });

  test.each([
    ['a negative price', '-6.0000000000', 'usd: expected a non-negative decimal string such as "0.0230000000", received "-6.0000000000"'],
    ['a price that is not a number', 'six', 'usd: expected a non-negative decimal string such as "0.0230000000", received "six"'],
  ])('%s fails validation, naming the record', async (_what, price, message) => {
    const { client } = await connect({ products: productsFromRecords(us.records, (record) => (record.priceKey === 'athena.data-scanned' ? price : record.usd)) });
    const error = await refreshRegionSnapshot(us, client).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(InputError);
    expect((error as Error).message).toContain('price key athena.data-scanned, rate code B6WHE3FUNCDQVVX4.JRTCKXETXF.6YS6EN2CT7');
    expect((error as Error).message).toContain(message);
  });

  test('a wrong unit fails validation, naming the record', async () => {
    const records = us.records.map((record) => (record.priceKey === 'glue.etl-job' ? { ...record, unit: 'Hrs' } : record));
    const { client } = await connect({ products: productsFromRecords(records) });
    await expect(refreshRegionSnapshot(us, client)).rejects.toThrow('record [');
    await expect(refreshRegionSnapshot(us, client)).rejects.toThrow('unit: wrong unit "Hrs" for glue.etl-job: expected "DPU-Hour" or "DPU-Hours"');
  });

  test('a price the API no longer has fails the refresh', async () => {
    const { client } = await connect({ products: productsFromRecords(us.records.filter((record) => record.priceKey !== 'quicksight.reader')) });
    await expect(refreshRegionSnapshot(us, client)).rejects.toThrow(/expected exactly one|no OnDemand price with rate code B23WCNJ3RN5TAJRH/);
  });
});
