import Papa from 'papaparse';
import { describe, expect, test } from 'vitest';
import { COST_CSV_COLUMNS, CSV_TOTAL_IDS, proposalToCsv } from '../../../src/core/export/csv';
import { Money } from '../../../src/core/cost/money';
import { proposalFor, readFixture } from './proposal-fixture';

function parse(csv: string) {
  const result = Papa.parse<Record<string, string>>(csv, { header: true, skipEmptyLines: true });
  expect(result.errors).toEqual([]);
  return result;
}

describe('proposalToCsv', () => {
  test('parses back to one row per cost line with the estimate\'s own values, then the totals', async () => {
    const proposal = await proposalFor(readFixture('dw-modernisation'));
    const { data, meta } = parse(proposalToCsv(proposal));
    expect(meta.fields).toEqual([...COST_CSV_COLUMNS]);
    const expected = proposal.estimate.components.flatMap((component) =>
      component.lines.length === 0 ? [{ component: component.componentId, line: '', usd: component.status === 'not-priced' ? '' : component.usd }] : component.lines.map((line) => ({ component: component.componentId, line: line.id, usd: line.status === 'priced' ? line.usd : '' })),
    );
    const lines = data.filter((row) => row.component_id !== '');
    expect(lines.map((row) => ({ component: row.component_id, line: row.line_id, usd: row.monthly_usd }))).toEqual(expected);
    for (const row of data) expect(row.region).toBe(proposal.estimate.region);
    const totals = data.filter((row) => row.component_id === '');
    expect(totals.map((row) => [row.line_id, row.monthly_usd])).toEqual([
      [CSV_TOTAL_IDS[0], proposal.estimate.totals.expectedUsd],
      [CSV_TOTAL_IDS[1], proposal.estimate.totals.lowUsd],
      [CSV_TOTAL_IDS[2], proposal.estimate.totals.highUsd],
    ]);
    const sum = lines.reduce((total, row) => (row.monthly_usd === '' ? total : total.plus(row.monthly_usd!)), new Money(0));
    expect(sum.toFixed(2)).toBe(proposal.estimate.totals.expectedUsd);
    expect(lines.some((row) => row.status === 'not-priced' && row.monthly_usd === '')).toBe(true);
  });

  test('starts with a byte-order mark and uses CRLF, for spreadsheet apps', async () => {
    const csv = proposalToCsv(await proposalFor(readFixture('batch-data-lake')));
    expect(csv.startsWith('\uFEFFcustomer,region,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '').includes('\n')).toBe(false);
  });

  test('defuses a customer name that a spreadsheet would run as a formula, and keeps the rest intact', async () => {
    const name = `=cmd|' /C calc'!A0, "quoted" & <b> שלום 😀\nline two`;
    const { data } = parse(proposalToCsv(await proposalFor({ ...readFixture('batch-data-lake'), opportunity: { customerName: name, region: 'sa-east-1' } })));
    for (const row of data) expect(row.customer).toBe(`'${name}`);
  });
});
