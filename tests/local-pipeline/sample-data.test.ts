import { describe, expect, test } from 'vitest';
import {
  DATASET_SHAPES,
  DEFECT_KINDS,
  HOSTILE_TEXTS,
  MAX_TEXT_LENGTH,
  SAMPLE_DATASET_IDS,
  datasetRecordCounts,
  generateSampleFile,
  type SampleDataRequest,
} from '../../src/local-pipeline/sample-data';

const request: SampleDataRequest = { datasets: [...SAMPLE_DATASET_IDS], rows: 6000, seed: 'test-seed', asOf: '2025-06-30', badRowRate: 0.2 };

describe('generateSampleFile', () => {
  test('gives the same bytes for the same request and different bytes for another seed', () => {
    for (const dataset of SAMPLE_DATASET_IDS) {
      const first = generateSampleFile(dataset, request);
      expect(generateSampleFile(dataset, request).text).toBe(first.text);
      expect(generateSampleFile(dataset, { ...request, seed: 'other' }).text).not.toBe(first.text);
    }
  });

  test('splits the requested rows between the datasets exactly', () => {
    const counts = datasetRecordCounts(request);
    expect(Object.values(counts).reduce((sum, count) => sum + count, 0)).toBe(request.rows);
    for (const dataset of SAMPLE_DATASET_IDS) expect(generateSampleFile(dataset, request).summary.records).toBe(counts[dataset]);
  });

  test('splits even the smallest --rows exactly, one record at least for every dataset', () => {
    for (let rows = SAMPLE_DATASET_IDS.length; rows <= 60; rows += 1) {
      const counts = Object.values(datasetRecordCounts({ datasets: [...SAMPLE_DATASET_IDS], rows }));
      expect(counts.reduce((sum, count) => sum + count, 0), `rows ${rows}`).toBe(rows);
      expect(Math.min(...counts), `rows ${rows}`).toBeGreaterThanOrEqual(1);
    }
    expect(datasetRecordCounts({ datasets: ['customers', 'orders'], rows: 2 })).toEqual({ customers: 1, orders: 1 });
    expect(() => datasetRecordCounts({ datasets: ['customers', 'orders'], rows: 1 })).toThrow('sample data: 1 rows cannot give one record to each of 2 datasets');
  });

  test('writes a CSV header, then one record per line except inside quoted values', () => {
    const { text, summary } = generateSampleFile('orders', request);
    const [header] = text.split('\n');
    expect(header).toBe(DATASET_SHAPES.orders.columns.join(','));
    const quotedBreaks = (text.match(/"line one\nline two/g) ?? []).length;
    expect(text.split('\n').length - 2 - quotedBreaks).toBe(summary.records);
  });

  test('writes JSON lines whose valid records carry every column', () => {
    const { text, summary } = generateSampleFile('events', request);
    const lines = text.trimEnd().split('\n');
    expect(lines).toHaveLength(summary.records);
    const parsed = lines.flatMap((line) => {
      try {
        return [JSON.parse(line) as Record<string, unknown>];
      } catch {
        return [];
      }
    });
    expect(lines.length - parsed.length).toBe(summary.defects.malformed_record);
    for (const record of parsed) expect(Object.keys(record)).toEqual(DATASET_SHAPES.events.columns);
  });

  test('plants every kind of bad row, including hostile text and fields over the length limit', () => {
    const { text, summary } = generateSampleFile('app_logs', request);
    for (const kind of DEFECT_KINDS) expect(summary.defects[kind], kind).toBeGreaterThan(0);
    expect(HOSTILE_TEXTS.some((hostile) => text.includes(JSON.stringify(hostile).slice(1, -1)))).toBe(true);
    expect(text).toContain('x'.repeat(MAX_TEXT_LENGTH + 1));
  });

  test('plants no bad rows at a zero rate', () => {
    const { summary } = generateSampleFile('customers', { ...request, badRowRate: 0 });
    expect(Object.values(summary.defects).every((count) => count === 0)).toBe(true);
  });

  test('refuses requests it cannot honour, naming the field', () => {
    expect(() => generateSampleFile('orders', { ...request, rows: 0 })).toThrow(/rows must be a whole number/);
    expect(() => generateSampleFile('orders', { ...request, badRowRate: 0.9 })).toThrow(/badRowRate/);
    expect(() => generateSampleFile('orders', { ...request, asOf: '30/06/2025' })).toThrow(/asOf must be a calendar date/);
    expect(() => generateSampleFile('orders', { ...request, datasets: ['events'] })).toThrow(/"orders" was not requested/);
  });
});
