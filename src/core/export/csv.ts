import { csvRow } from '../cost/escape';
import type { Proposal } from './proposal';

/**
 * Columns of the cost CSV. Customer and region are on every row so the sheets of
 * several proposals can be stacked and filtered; numbers are machine-readable
 * (dot decimals, no grouping); text is in the proposal's language.
 */
export const COST_CSV_COLUMNS = [
  'customer',
  'region',
  'price_snapshot',
  'component_id',
  'service_id',
  'service',
  'role',
  'line_id',
  'line',
  'status',
  'quantity',
  'unit',
  'unit_price_usd',
  'monthly_usd',
  'monthly_brl',
  'price_date',
  'formula_or_reason',
] as const;

export type CostCsvColumn = (typeof COST_CSV_COLUMNS)[number];

/** `line_id` of the three total rows at the end. */
export const CSV_TOTAL_IDS = ['total.expected', 'total.low', 'total.high'] as const;

/** The cost lines as records keyed by column, in file order: one per line (or per component without lines), then the totals. */
export function costCsvRecords(proposal: Proposal): Record<CostCsvColumn, string>[] {
  const { estimate, locale } = proposal;
  const common = { customer: proposal.customer.name ?? '', region: estimate.region, price_snapshot: estimate.priceSnapshotGeneratedAt };
  const records: Record<CostCsvColumn, string>[] = [];
  for (const component of estimate.components) {
    const base = { ...common, component_id: component.componentId, service_id: component.serviceId, service: component.serviceName, role: component.roleLabel[locale] };
    if (component.lines.length === 0) {
      records.push({
        ...base,
        line_id: '',
        line: '',
        status: component.status,
        quantity: '',
        unit: '',
        unit_price_usd: '',
        monthly_usd: component.status === 'not-priced' ? '' : component.usd,
        monthly_brl: component.brl ?? '',
        price_date: '',
        formula_or_reason: component.reason?.[locale] ?? '',
      });
    }
    for (const line of component.lines) {
      records.push(
        line.status === 'priced'
          ? { ...base, line_id: line.id, line: line.name[locale], status: line.status, quantity: line.quantity, unit: line.unit[locale], unit_price_usd: line.unitPriceUsd, monthly_usd: line.usd, monthly_brl: line.brl ?? '', price_date: line.price.priceDate, formula_or_reason: line.formula[locale] }
          : { ...base, line_id: line.id, line: line.name[locale], status: line.status, quantity: line.quantity ?? '', unit: line.unit?.[locale] ?? '', unit_price_usd: '', monthly_usd: '', monthly_brl: '', price_date: '', formula_or_reason: line.reason[locale] },
      );
    }
  }
  const { totals, brl } = estimate;
  const totalValues: Record<(typeof CSV_TOTAL_IDS)[number], [string, string | undefined]> = {
    'total.expected': [totals.expectedUsd, brl?.expected],
    'total.low': [totals.lowUsd, brl?.low],
    'total.high': [totals.highUsd, brl?.high],
  };
  for (const id of CSV_TOTAL_IDS) {
    const [usd, brlValue] = totalValues[id];
    records.push({ ...common, component_id: '', service_id: '', service: '', role: '', line_id: id, line: '', status: '', quantity: '', unit: '', unit_price_usd: '', monthly_usd: usd, monthly_brl: brlValue ?? '', price_date: '', formula_or_reason: '' });
  }
  return records;
}

/**
 * The cost CSV (RFC 4180, CRLF, UTF-8 with a byte-order mark so spreadsheet apps
 * read accents and right-to-left names correctly). Every field goes through the
 * cost model's one CSV escape, which also defuses formula injection (`=cmd|…`).
 */
export function proposalToCsv(proposal: Proposal): string {
  const lines = [csvRow(COST_CSV_COLUMNS), ...costCsvRecords(proposal).map((record) => csvRow(COST_CSV_COLUMNS.map((column) => record[column])))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}
