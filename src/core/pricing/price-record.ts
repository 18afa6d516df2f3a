import Big from 'big.js';
import { z } from '../zod';
import { isPriceKey, type PriceKey } from './price-keys';
import { RegionCodeSchema } from './regions';

const NON_NEGATIVE_DECIMAL = /^(0|[1-9]\d*)(\.\d+)?$/;
const ISO_DATE_OR_TIME = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2}))?$/;

function received(input: unknown): string {
  return typeof input === 'string' ? JSON.stringify(input) : input === undefined ? 'nothing' : typeof input;
}

/** Prices and tier bounds travel as decimal strings so no binary float ever touches money. */
export const DecimalStringSchema = z.string({ error: (issue) => `expected a decimal string, received ${received(issue.input)}` }).check(
  z.regex(NON_NEGATIVE_DECIMAL, {
    error: (issue) => `expected a non-negative decimal string such as "0.0230000000", received ${received(issue.input)}`,
  }),
);

/** Price List tier bounds: a decimal string, or "Inf" for an open upper end. */
export const RangeBoundSchema = z.union([z.literal('Inf'), DecimalStringSchema], {
  error: (issue) => `expected a decimal string or "Inf", received ${received(issue.input)}`,
});

const DateSchema = z.string().check(z.regex(ISO_DATE_OR_TIME, { error: (issue) => `expected an ISO 8601 date, received ${received(issue.input)}` }));

export const PRICE_SOURCE_KINDS = ['price-list-api', 'pricing-page-feed', 'pricing-page-summary'] as const;

export const PriceSourceSchema = z.object({
  /**
   * `price-list-api`: a GetProducts answer. `pricing-page-feed`: the JSON AWS publishes for its
   * pricing pages (same SKUs and rate codes as the Price List). `pricing-page-summary`: a third
   * party's summary of that feed, which lost SKUs, rate codes and dates.
   */
  kind: z.enum(PRICE_SOURCE_KINDS),
  /** Where the price was read: the Price List endpoint or the feed's upstream URL. */
  url: z.url(),
  /** Day the price was fetched. */
  retrieved: DateSchema,
  /** Public repository that stored the feed, with path and commit, when it came that way. */
  repo: z.optional(z.string()),
  path: z.optional(z.string()),
  commit: z.optional(z.string()),
  /** The feed's own version id (`esIndex`), when known. */
  feedVersion: z.optional(z.string()),
});

export const PriceRecordSchema = z
  .object({
    /** Which cost-model price this record is (see PRICE_KEYS). The cast carries the type guard's verdict, which mini's refine drops. */
    priceKey: z.string().check(z.refine(isPriceKey, { error: (issue) => `unknown price key ${received(issue.input)}` })) as z.ZodMiniType<PriceKey, string>,
    /** Variant of a price key with one price per variant (instance type, architecture…); null otherwise. */
    variant: z.nullable(z.string()),
    serviceCode: z.string().check(z.minLength(1)),
    regionCode: RegionCodeSchema,
    sku: z.nullable(z.string().check(z.minLength(1))),
    /** `SKU.OfferTermCode.RateCode`, the Price List's id of this one price dimension. */
    rateCode: z.nullable(z.string().check(z.minLength(1))),
    usageType: z.nullable(z.string()),
    unit: z.string().check(z.minLength(1)),
    beginRange: DecimalStringSchema,
    endRange: RangeBoundSchema,
    /** USD per one `unit`, exactly as published. */
    usd: DecimalStringSchema,
    /** When AWS published the price list this price comes from. */
    publicationDate: z.nullable(DateSchema),
    effectiveDate: z.nullable(DateSchema),
    /** Our plain-words description. */
    description: z.string().check(z.minLength(1)),
    /** The source's own label or description of the price, verbatim. */
    label: z.string().check(z.minLength(1)),
    /** Price List product attributes that select this record when it has no SKU (TERM_MATCH filters). */
    attributes: z.record(z.string(), z.string()),
    /** Where a tier bound came from when the source did not state it as a bound. */
    rangeSource: z.optional(z.string()),
    source: PriceSourceSchema,
  })
  .check(
    z.superRefine((record, ctx) => {
      if (record.source.kind !== 'pricing-page-summary') {
        for (const field of ['sku', 'rateCode', 'publicationDate'] as const) {
          if (record[field] === null) ctx.addIssue({ code: 'custom', path: [field], message: `required for a ${record.source.kind} price (only summaries may lack it)` });
        }
      }
      if (record.sku !== null && record.rateCode !== null && !record.rateCode.startsWith(`${record.sku}.`)) {
        ctx.addIssue({ code: 'custom', path: ['rateCode'], message: `"${record.rateCode}" does not belong to SKU "${record.sku}"` });
      }
      if (record.endRange !== 'Inf' && new Big(record.endRange).lte(record.beginRange)) {
        ctx.addIssue({ code: 'custom', path: ['endRange'], message: `must be above beginRange ${record.beginRange}, received ${record.endRange}` });
      }
    }),
  );

export type PriceRecord = z.output<typeof PriceRecordSchema>;
export type PriceSource = z.output<typeof PriceSourceSchema>;
