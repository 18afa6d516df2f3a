import { GetProductsCommand, PricingClient } from '@aws-sdk/client-pricing';
import { createRateLimiter, type RateLimiter } from './rate-limiter';

/** TERM_MATCH filters: Price List attribute (`sku`, `regionCode`, `instanceType`…) → value. */
export type TermMatchFilters = Readonly<Record<string, string>>;

/** Anything that answers GetProducts with raw PriceList strings, all pages joined. */
export interface ProductSource {
  getProducts(serviceCode: string, filters: TermMatchFilters): Promise<string[]>;
  /** Where the prices come from, recorded in every refreshed record. */
  readonly endpoint: string;
  /** GetProducts calls made so far, retries included. */
  readonly requestCount: number;
  close(): void;
}

export class MissingCredentialsError extends Error {
  override readonly name = 'MissingCredentialsError';
}

export interface PriceListClientOptions {
  /** Override the Price List endpoint (a mirror, or a test server). */
  readonly endpoint?: string;
  /** Price List API region: us-east-1, eu-central-1 or ap-south-1. */
  readonly apiRegion?: string;
  readonly credentials?: { readonly accessKeyId: string; readonly secretAccessKey: string; readonly sessionToken?: string };
  readonly requestsPerSecond?: number;
  readonly burst?: number;
  /** Attempts per request, the first included. */
  readonly maxAttempts?: number;
  /** First retry waits about this long; each retry doubles it (with jitter). */
  readonly baseDelayMs?: number;
  readonly pageSize?: number;
}

const RETRYABLE = new Set(['ThrottlingException', 'InternalErrorException', 'ServiceUnavailableException', 'RequestTimeout', 'TimeoutError']);
const NETWORK_CODES = new Set(['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT', 'EAI_AGAIN', 'UND_ERR_SOCKET']);

function isRetryable(error: unknown): boolean {
  const candidate = error as { name?: string; code?: string; $metadata?: { httpStatusCode?: number } };
  const status = candidate.$metadata?.httpStatusCode;
  return RETRYABLE.has(candidate.name ?? '') || (status !== undefined && (status === 429 || status >= 500)) || NETWORK_CODES.has(candidate.code ?? '');
}

/**
 * The Price List Query API through @aws-sdk/client-pricing: TERM_MATCH filters, NextToken paging,
 * a client-side token bucket under the API's throttle, and retries with exponential backoff and
 * jitter for throttling and server errors. The SDK's own retries are off so every attempt goes
 * through the bucket. Server side and CLI only: never bundled for the browser.
 */
export async function createPriceListClient(options: PriceListClientOptions = {}): Promise<ProductSource> {
  const apiRegion = options.apiRegion ?? 'us-east-1';
  const sdk = new PricingClient({
    region: apiRegion,
    maxAttempts: 1,
    ...(options.endpoint === undefined ? {} : { endpoint: options.endpoint }),
    ...(options.credentials === undefined ? {} : { credentials: options.credentials }),
  });
  try {
    await sdk.config.credentials();
  } catch (error) {
    sdk.destroy();
    throw new MissingCredentialsError(`No AWS credentials found (${(error as Error).message.split('\n')[0]}). Set AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY, or AWS_PROFILE, to refresh from the Price List API.`);
  }
  const limiter: RateLimiter = createRateLimiter(options.requestsPerSecond, options.burst);
  const maxAttempts = options.maxAttempts ?? 6;
  const baseDelayMs = options.baseDelayMs ?? 250;
  const pageSize = options.pageSize ?? 100;
  const endpoint = options.endpoint ?? `https://api.pricing.${apiRegion}.amazonaws.com`;
  let requestCount = 0;

  const send = async (command: GetProductsCommand) => {
    for (let attempt = 1; ; attempt += 1) {
      await limiter.acquire();
      requestCount += 1;
      try {
        return await sdk.send(command);
      } catch (error) {
        if (attempt >= maxAttempts || !isRetryable(error)) throw error;
        const delay = Math.random() * baseDelayMs * 2 ** (attempt - 1);
        await new Promise((resolve) => setTimeout(resolve, delay));
      }
    }
  };

  return {
    endpoint,
    get requestCount() {
      return requestCount;
    },
    close() {
      sdk.destroy();
    },
    async getProducts(serviceCode, filters) {
      const items: string[] = [];
      let nextToken: string | undefined;
      do {
        const output = await send(
          new GetProductsCommand({
            ServiceCode: serviceCode,
            FormatVersion: 'aws_v1',
            MaxResults: pageSize,
            Filters: Object.entries(filters).map(([field, value]) => ({ Type: 'TERM_MATCH', Field: field, Value: value })),
            ...(nextToken === undefined ? {} : { NextToken: nextToken }),
          }),
        );
        // The SDK wraps each PriceList string in a String object (smithy's LazyJsonString); the
        // exact characters AWS sent are its string value.
        items.push(...(output.PriceList ?? []).map((item: unknown) => String(item)));
        nextToken = output.NextToken;
      } while (nextToken !== undefined && nextToken !== '');
      return items;
    },
  };
}
