import { createServer, type ServerResponse } from 'node:http';
import { readBody } from './request-body';
import type { AddressInfo } from 'node:net';
import type { PriceRecord } from '../../src/core/pricing/price-record';

/**
 * A local stand-in for the AWS Price List Query API that speaks its wire protocol: AWS JSON 1.1
 * over POST, `X-Amz-Target: AWSPriceListService.GetProducts`, SigV4-signed requests, products
 * returned as JSON strings in `PriceList`, `NextToken` paging, and AWS-shaped errors. The real
 * SDK client talks to it through an explicit endpoint; nothing is mocked.
 */

export interface ServedProduct {
  readonly serviceCode: string;
  /** The parsed PriceList item; the server sends `JSON.stringify(item)` unless `raw` is set. */
  readonly item: Record<string, unknown>;
  /** Send this exact string instead (to serve a malformed item). */
  readonly raw?: string;
}

export interface PriceListServerOptions {
  readonly products: readonly ServedProduct[];
  /** Most items per page, whatever MaxResults asks (small, to exercise paging). */
  readonly pageSize?: number;
  /** Answer the first N requests with ThrottlingException. */
  readonly throttleFirst?: number;
  /** After N successful GetProducts answers, answer every request with HTTP 500. */
  readonly failAfter?: number;
}

export interface RecordedRequest {
  readonly target: string | undefined;
  readonly contentType: string | undefined;
  readonly authorization: string | undefined;
  readonly body: { ServiceCode?: string; Filters?: { Type: string; Field: string; Value: string }[]; NextToken?: string; MaxResults?: number; FormatVersion?: string };
}

export interface PriceListServer {
  readonly url: string;
  readonly requests: RecordedRequest[];
  close(): Promise<void>;
}

const JSON_11 = 'application/x-amz-json-1.1';

function reply(response: ServerResponse, status: number, body: unknown, errorType?: string): void {
  const text = JSON.stringify(body);
  response.writeHead(status, {
    'content-type': JSON_11,
    'content-length': Buffer.byteLength(text),
    'x-amzn-requestid': `test-${Math.random().toString(16).slice(2)}`,
    ...(errorType === undefined ? {} : { 'x-amzn-errortype': errorType }),
  });
  response.end(text);
}

function awsError(response: ServerResponse, status: number, type: string, message: string): void {
  reply(response, status, { __type: `com.amazonaws.awspricelistservice#${type}`, message }, type);
}

function matches(product: ServedProduct, serviceCode: string, filters: readonly { Type: string; Field: string; Value: string }[]): boolean {
  if (product.serviceCode !== serviceCode) return false;
  const item = product.item as { product?: { sku?: string; attributes?: Record<string, string> } };
  return filters.every((filter) => {
    const actual = filter.Field === 'sku' ? item.product?.sku : item.product?.attributes?.[filter.Field];
    return actual === filter.Value;
  });
}

export async function startPriceListServer(options: PriceListServerOptions): Promise<PriceListServer> {
  const requests: RecordedRequest[] = [];
  const pageSize = options.pageSize ?? 2;
  let served = 0;
  const server = createServer(async (request, response) => {
    const text = await readBody(request);
    let body: RecordedRequest['body'] = {};
    try {
      body = JSON.parse(text) as RecordedRequest['body'];
    } catch {
      awsError(response, 400, 'SerializationException', 'request body is not JSON');
      return;
    }
    const target = request.headers['x-amz-target'] as string | undefined;
    requests.push({ target, contentType: request.headers['content-type'], authorization: request.headers.authorization, body });
    if (request.method !== 'POST' || request.headers['content-type'] !== JSON_11) {
      awsError(response, 400, 'SerializationException', `expected POST with ${JSON_11}`);
      return;
    }
    if (target !== 'AWSPriceListService.GetProducts') {
      awsError(response, 400, 'UnknownOperationException', `unknown operation ${String(target)}`);
      return;
    }
    if (!request.headers.authorization?.startsWith('AWS4-HMAC-SHA256 ')) {
      awsError(response, 403, 'AccessDeniedException', 'request is not signed');
      return;
    }
    if (requests.length <= (options.throttleFirst ?? 0)) {
      awsError(response, 400, 'ThrottlingException', 'Rate exceeded');
      return;
    }
    if (options.failAfter !== undefined && served >= options.failAfter) {
      awsError(response, 500, 'InternalErrorException', 'the test server fails from here on');
      return;
    }
    if (typeof body.ServiceCode !== 'string') {
      awsError(response, 400, 'InvalidParameterException', 'ServiceCode is required');
      return;
    }
    const filters = body.Filters ?? [];
    if (filters.some((filter) => filter.Type !== 'TERM_MATCH')) {
      awsError(response, 400, 'InvalidParameterException', 'this server supports TERM_MATCH only');
      return;
    }
    const hits = options.products.filter((product) => matches(product, body.ServiceCode as string, filters));
    const offset = body.NextToken === undefined ? 0 : Number.parseInt(Buffer.from(body.NextToken, 'base64').toString('utf8'), 10);
    if (!Number.isInteger(offset) || offset < 0 || offset > hits.length) {
      awsError(response, 400, 'InvalidNextTokenException', 'bad NextToken');
      return;
    }
    const limit = Math.min(pageSize, body.MaxResults ?? 100);
    const page = hits.slice(offset, offset + limit);
    const next = offset + limit < hits.length ? Buffer.from(String(offset + limit)).toString('base64') : undefined;
    served += 1;
    reply(response, 200, {
      FormatVersion: 'aws_v1',
      PriceList: page.map((product) => product.raw ?? JSON.stringify(product.item)),
      ...(next === undefined ? {} : { NextToken: next }),
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

const LOCATIONS: Record<string, string> = { 'us-east-1': 'US East (N. Virginia)', 'sa-east-1': 'South America (Sao Paulo)', 'eu-west-1': 'EU (Ireland)' };

/**
 * Real-format PriceList items (key order, 10-decimal prices, `appliesTo`, `termAttributes`,
 * `version`/`publicationDate` last, as in ../shared/pricing/fixtures/getproducts-*.json) for the
 * given records: one item per SKU with one price dimension per rate code. Records without a SKU
 * (summaries of the pricing-page feed) get a test SKU and carry their attributes, as live
 * products do. `price` lets a test change what the "live" API answers.
 */
export function productsFromRecords(records: readonly PriceRecord[], price: (record: PriceRecord) => string = (record) => record.usd): ServedProduct[] {
  const bySku = new Map<string, { serviceCode: string; records: PriceRecord[] }>();
  records.forEach((record, index) => {
    const sku = record.sku ?? `TESTSKU${String(index).padStart(9, '0')}`;
    const group = bySku.get(sku) ?? { serviceCode: record.serviceCode, records: [] };
    group.records.push(record);
    bySku.set(sku, group);
  });
  return [...bySku.entries()].map(([sku, group]) => {
    const first = group.records[0] as PriceRecord;
    const term = `${sku}.JRTCKXETXF`;
    const dimensions = Object.fromEntries(
      group.records.map((record, index) => {
        const rateCode = record.rateCode ?? `${term}.TESTRATE${index}`;
        const usd = price(record);
        return [
          rateCode,
          {
            unit: record.unit,
            endRange: record.endRange,
            description: `$${usd} per ${record.unit} for ${record.description}`,
            appliesTo: [],
            rateCode,
            beginRange: record.beginRange,
            pricePerUnit: { USD: usd },
          },
        ];
      }),
    );
    return {
      serviceCode: group.serviceCode,
      item: {
        product: {
          productFamily: 'Test Family',
          attributes: {
            regionCode: first.regionCode,
            servicecode: first.serviceCode,
            location: LOCATIONS[first.regionCode] ?? first.regionCode,
            locationType: 'AWS Region',
            usagetype: first.usageType ?? `${first.regionCode.toUpperCase()}-TestUsage`,
            operation: '',
            ...first.attributes,
          },
          sku,
        },
        serviceCode: group.serviceCode,
        terms: {
          OnDemand: {
            [term]: { priceDimensions: dimensions, sku, effectiveDate: '2026-11-01T00:00:00Z', offerTermCode: 'JRTCKXETXF', termAttributes: {} },
          },
        },
        version: '20261115000000',
        publicationDate: '2026-11-15T00:00:00Z',
      },
    };
  });
}
