import { describe, expect, test } from 'vitest';
import { diffPriceRecords, percentChange } from '../../../src/core/pricing/diff';
import { recordOf } from './snapshot-records';

describe('diffPriceRecords', () => {
  test('lists changed, added and removed prices, not unchanged ones', () => {
    const athena = recordOf('us-east-1', 'athena.data-scanned');
    const glue = recordOf('us-east-1', 'glue.etl-job');
    const flex = recordOf('us-east-1', 'glue.etl-job-flex');
    const changes = diffPriceRecords([athena, glue], [{ ...athena, usd: '5.5000000000' }, { ...glue, usd: '0.44' }, flex]);
    expect(changes.map((change) => [change.kind, change.priceKey, change.before, change.after])).toEqual([
      ['changed', 'athena.data-scanned', '5.0000000000', '5.5000000000'],
      ['added', 'glue.etl-job-flex', undefined, '0.2900000000'],
    ]);
    expect(percentChange(changes[0] as (typeof changes)[number])).toBe('10.00');
    expect(diffPriceRecords([athena, glue], [athena]).map((change) => [change.kind, change.priceKey])).toEqual([['removed', 'glue.etl-job']]);
  });
});
