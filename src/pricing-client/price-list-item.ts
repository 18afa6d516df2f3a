import { z } from 'zod';
import { formatIssues, InputError } from '../core/errors';

/**
 * One `GetProducts` PriceList entry. The API returns each product as a JSON *string*; this is
 * the shape of that string once parsed (see ../shared/pricing/fixtures/getproducts-*.json).
 */
const PriceDimensionSchema = z.object({
  unit: z.string(),
  endRange: z.string(),
  beginRange: z.string(),
  description: z.string(),
  rateCode: z.string(),
  pricePerUnit: z.object({ USD: z.string() }),
  appliesTo: z.array(z.string()).optional(),
});

const TermSchema = z.object({
  priceDimensions: z.record(z.string(), PriceDimensionSchema),
  sku: z.string(),
  effectiveDate: z.string(),
  offerTermCode: z.string(),
  termAttributes: z.record(z.string(), z.unknown()).optional(),
});

export const PriceListItemSchema = z.object({
  product: z.object({
    productFamily: z.string().optional(),
    attributes: z.record(z.string(), z.string()),
    sku: z.string(),
  }),
  serviceCode: z.string(),
  terms: z.object({
    OnDemand: z.record(z.string(), TermSchema).optional(),
    Reserved: z.unknown().optional(),
  }),
  version: z.string(),
  publicationDate: z.string(),
});

export type PriceListItem = z.output<typeof PriceListItemSchema>;
export type PriceDimension = z.output<typeof PriceDimensionSchema>;
export type PriceTerm = z.output<typeof TermSchema>;

/** Parses one PriceList string; `where` names the request and item index in errors. */
export function parsePriceListItem(text: unknown, where: string): PriceListItem {
  if (typeof text !== 'string') throw new InputError(`${where}: expected a JSON string, received ${typeof text}`);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(`${where}: not valid JSON (${(error as Error).message})`);
  }
  const parsed = PriceListItemSchema.safeParse(json);
  if (!parsed.success) {
    const sku = (json as { product?: { sku?: unknown } } | null)?.product?.sku;
    throw new InputError(formatIssues(parsed.error.issues, typeof sku === 'string' ? `${where} (sku ${sku})` : where), parsed.error.issues);
  }
  return parsed.data;
}

/** Every OnDemand price dimension of an item, with the term it belongs to. */
export function onDemandDimensions(item: PriceListItem): { term: PriceTerm; dimension: PriceDimension }[] {
  return Object.values(item.terms.OnDemand ?? {}).flatMap((term) => Object.values(term.priceDimensions).map((dimension) => ({ term, dimension })));
}
