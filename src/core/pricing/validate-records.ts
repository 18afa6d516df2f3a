import Big from 'big.js';
import { formatIssues, InputError, type SchemaIssue } from '../errors';
import { PRICE_KEYS, type PriceKey, type PriceKeyDefinition, unitMatches } from './price-keys';
import { type PriceRecord, PriceRecordSchema } from './price-record';
import type { RegionCode } from './regions';

/** `record [3] (price key s3.standard-storage, rate code WP9….PGHJ3S3EYE)`: enough to find it in any file. */
export function describeRecord(raw: unknown, index: number): string {
  const fields = typeof raw === 'object' && raw !== null ? (raw as Record<string, unknown>) : {};
  const parts: string[] = [];
  for (const [field, label] of [
    ['priceKey', 'price key'],
    ['variant', 'variant'],
    ['rateCode', 'rate code'],
  ] as const) {
    if (typeof fields[field] === 'string') parts.push(`${label} ${fields[field]}`);
  }
  if (typeof fields.rateCode !== 'string' && typeof fields.sku === 'string') parts.push(`sku ${fields.sku}`);
  return parts.length > 0 ? `record [${index}] (${parts.join(', ')})` : `record [${index}]`;
}

interface Problem {
  readonly index: number;
  readonly raw: unknown;
  readonly issue: SchemaIssue;
}

export interface ValidatePriceRecordsOptions {
  /** What was read, for the error message: a file path or `GetProducts us-east-1`. */
  readonly source: string;
  /** Every record must be for this region. */
  readonly region?: RegionCode;
}

/**
 * Parses price records and checks them against what the cost model expects: known price key,
 * the key's service and unit, a variant where the key has variants, the expected region, one
 * price per variant, and tiers that start at 0 and join without gaps or overlaps.
 * Throws one InputError naming every bad record and field.
 */
export function validatePriceRecords(input: unknown, options: ValidatePriceRecordsOptions): PriceRecord[] {
  if (!Array.isArray(input)) {
    throw new InputError(formatIssues([{ path: [], message: `expected an array of price records, received ${typeof input}` }], options.source));
  }
  const problems: Problem[] = [];
  const records: { record: PriceRecord; index: number }[] = [];
  input.forEach((raw, index) => {
    const parsed = PriceRecordSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) problems.push({ index, raw, issue });
      return;
    }
    const record = parsed.data;
    const before = problems.length;
    const add = (path: string, message: string) => problems.push({ index, raw, issue: { path: [path], message } });
    const definition: PriceKeyDefinition = PRICE_KEYS[record.priceKey as PriceKey];
    if (record.serviceCode !== definition.serviceCode) add('serviceCode', `${record.priceKey} is a ${definition.serviceCode} price, received "${record.serviceCode}"`);
    if (!unitMatches(definition, record.unit)) {
      const expected = [definition.unit, ...(definition.unitAliases ?? [])].map((unit) => `"${unit}"`).join(' or ');
      add('unit', `wrong unit "${record.unit}" for ${record.priceKey}: expected ${expected}`);
    }
    const variants = definition.variants;
    if (variants === undefined && record.variant !== null) add('variant', `${record.priceKey} has no variants, received "${record.variant}"`);
    if (variants !== undefined && (record.variant === null || !variants.includes(record.variant))) {
      add('variant', `expected one of ${variants.join(', ')}, received ${record.variant === null ? 'null' : `"${record.variant}"`}`);
    }
    if (options.region !== undefined && record.regionCode !== options.region) {
      add('regionCode', `record is for ${record.regionCode} but this snapshot is for ${options.region}`);
    }
    if (problems.length === before) records.push({ record, index });
  });
  problems.push(...tierProblems(records));
  if (problems.length > 0) {
    const message = problems
      .map(({ index, raw, issue }) => formatIssues([issue], `${options.source}: ${describeRecord(raw, index)}`))
      .join('\n');
    const issues = problems.map(({ index, issue }) => ({ ...issue, path: [index, ...issue.path] }));
    const count = problems.length === 1 ? '1 problem' : `${problems.length} problems`;
    throw new InputError(`${count} in price records:\n${message}`, issues);
  }
  return records.map(({ record }) => record);
}

/** Groups records by price key and variant, then checks each group's ranges. */
function tierProblems(records: readonly { record: PriceRecord; index: number }[]): Problem[] {
  const groups = new Map<string, { record: PriceRecord; index: number }[]>();
  for (const entry of records) {
    const id = `${entry.record.priceKey}|${entry.record.variant ?? ''}`;
    const group = groups.get(id) ?? [];
    group.push(entry);
    groups.set(id, group);
  }
  const problems: Problem[] = [];
  for (const group of groups.values()) {
    const first = group[0];
    if (first === undefined) continue;
    const definition = PRICE_KEYS[first.record.priceKey as PriceKey];
    const name = first.record.variant === null ? first.record.priceKey : `${first.record.priceKey} (${first.record.variant})`;
    if (!definition.tiered) {
      for (const extra of group.slice(1)) {
        problems.push({ index: extra.index, raw: extra.record, issue: { path: ['priceKey'], message: `${name} already has a price in record [${first.index}]; it is not tiered` } });
      }
      continue;
    }
    const sorted = [...group].sort((a, b) => new Big(a.record.beginRange).cmp(b.record.beginRange));
    let expectedBegin = new Big(0);
    let previous: { record: PriceRecord; index: number } | undefined;
    for (const entry of sorted) {
      if (previous?.record.endRange === 'Inf') {
        problems.push({ index: entry.index, raw: entry.record, issue: { path: ['beginRange'], message: `${name}: record [${previous.index}] already covers everything from ${previous.record.beginRange} up` } });
        continue;
      }
      if (!expectedBegin.eq(entry.record.beginRange)) {
        const what = previous === undefined ? 'the first tier must begin at 0' : `record [${previous.index}] ends at ${expectedBegin.toString()}`;
        problems.push({ index: entry.index, raw: entry.record, issue: { path: ['beginRange'], message: `${name}: ${what}, received ${entry.record.beginRange}` } });
      }
      previous = entry;
      if (entry.record.endRange !== 'Inf') expectedBegin = new Big(entry.record.endRange);
    }
  }
  return problems;
}
