import { describe, expect, test } from 'vitest';
import { readLocalRunResponse } from '../../src/components/training/local-run-response';

const report = {
  schemaVersion: 1,
  balanced: true,
  datasets: [{ dataset: 'orders', received: 1000, parsed: 998, rejectedLines: 2, silverRows: 970, quarantined: 30, balanced: true }],
  gold: [{ table: 'daily_sales', rows: 31, file: 'gold/daily_sales.parquet', sha256: 'abc' }],
};

describe('readLocalRunResponse', () => {
  test('reads a report, bare or wrapped', () => {
    const expected = {
      kind: 'report',
      balanced: true,
      datasets: [{ dataset: 'orders', received: 1000, silverRows: 970, quarantined: 30 }],
      gold: [{ table: 'daily_sales', rows: 31 }],
    };
    expect(readLocalRunResponse(200, report)).toEqual(expected);
    expect(readLocalRunResponse(200, { report })).toEqual(expected);
  });

  test('calls a missing route or an unreachable server "not available"', () => {
    expect(readLocalRunResponse(404, undefined)).toEqual({ kind: 'unavailable', reason: 'HTTP 404' });
    expect(readLocalRunResponse(405, { error: 'x' })).toEqual({ kind: 'unavailable', reason: 'HTTP 405' });
    expect(readLocalRunResponse(0, { error: 'Failed to fetch' })).toEqual({ kind: 'unavailable', reason: 'Failed to fetch' });
  });

  test('tells a full queue apart from a failure, so the slide can say "wait" in its own language', () => {
    expect(readLocalRunResponse(503, { error: '16 local runs are already waiting; try again when they finish', code: 'busy' })).toEqual({ kind: 'busy' });
    expect(readLocalRunResponse(503, { error: 'Service Unavailable' })).toEqual({ kind: 'failed', message: 'Service Unavailable' });
  });

  test('passes the server error through, and refuses a body that is not a report', () => {
    expect(readLocalRunResponse(400, { error: 'answers: sources.kinds: expected a list' })).toEqual({ kind: 'failed', message: 'answers: sources.kinds: expected a list' });
    expect(readLocalRunResponse(500, { error: { message: 'DuckDB failed' } })).toEqual({ kind: 'failed', message: 'DuckDB failed' });
    expect(readLocalRunResponse(502, 'nope')).toEqual({ kind: 'failed', message: 'HTTP 502' });
    expect(readLocalRunResponse(200, { ...report, datasets: [{ dataset: 'orders', received: -1, silverRows: 0, quarantined: 0 }] })).toEqual({
      kind: 'failed',
      message: 'the answer is not a local-run report',
    });
    expect(readLocalRunResponse(200, '<html>')).toEqual({ kind: 'failed', message: 'the answer is not a local-run report' });
  });
});
