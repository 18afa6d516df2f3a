import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { onDemandDimensions, parsePriceListItem } from '../../src/pricing-client/price-list-item';

const FIXTURES = resolve(import.meta.dirname, '../../../shared/pricing/fixtures');
const files = readdirSync(FIXTURES).filter((name) => name.startsWith('getproducts-'));

describe('parsePriceListItem', () => {
  test.each(files)('reads the real GetProducts item %s', (name) => {
    const text = readFileSync(join(FIXTURES, name), 'utf8');
    const item = parsePriceListItem(text, name);
    const [only] = onDemandDimensions(item);
    expect(item.serviceCode).toBe('AmazonEC2');
    expect(only?.dimension.rateCode.startsWith(`${item.product.sku}.JRTCKXETXF.`)).toBe(true);
    expect(only?.dimension.pricePerUnit.USD).toMatch(/^\d+\.\d{10}$/);
    expect(only?.term.effectiveDate).toMatch(/^\d{4}-\d{2}-\d{2}T/);
  });

  test('names the request and the item when a PriceList string is not JSON', () => {
    expect(() => parsePriceListItem('{"product":', 'GetProducts AmazonS3 (us-east-1), PriceList[3]')).toThrow(/^GetProducts AmazonS3 \(us-east-1\), PriceList\[3\]: not valid JSON/);
  });

  test('names the SKU and field when an item misses a price', () => {
    const text = readFileSync(join(FIXTURES, files[0] as string), 'utf8').replace('"pricePerUnit":{"USD":"0.4680000000"}', '"pricePerUnit":{}');
    expect(() => parsePriceListItem(text, 'item')).toThrowErrorMatchingInlineSnapshot(`[InputError: item (sku 2257YY4K7BWZ4F46): terms.OnDemand.2257YY4K7BWZ4F46.JRTCKXETXF.priceDimensions.2257YY4K7BWZ4F46.JRTCKXETXF.6YS6EN2CT7.pricePerUnit.USD: Invalid input: expected string, received undefined]`);
  });
});
