import { describe, expect, test } from 'vitest';
import { Money } from '../../../src/core/cost/money';
import { chargeTiers } from '../../../src/core/cost/tiers';
import { committedBook } from '../pricing/snapshot-records';

const book = committedBook('us-east-1');
const lambda = book.tiers('lambda.duration', 'x86') ?? [];
const metrics = book.tiers('cloudwatch.custom-metrics') ?? [];
const firehose = book.tiers('firehose.ingest') ?? [];

describe('chargeTiers', () => {
  test('splits a quantity across Lambda\'s three duration tiers', () => {
    const charge = chargeTiers(new Money('16000000000'), lambda);
    expect(charge.charges.map((part) => [part.quantity.toString(), part.tier.usd.toString()])).toEqual([
      ['6000000000', '0.0000166667'],
      ['9000000000', '0.000015'],
      ['1000000000', '0.0000133334'],
    ]);
    expect(charge.exactUsd.toString()).toBe('248333.6');
    expect(charge.unpricedQuantity.eq(0)).toBe(true);
  });

  test('starts at an offset: usage already billed elsewhere this month', () => {
    const charge = chargeTiers(new Money(20_000), metrics, new Money(5_000));
    expect(charge.charges.map((part) => [part.quantity.toString(), part.tier.usd.toString()])).toEqual([
      ['5000', '0.3'],
      ['15000', '0.1'],
    ]);
  });

  test('leaves usage above the last known tier unpriced instead of guessing', () => {
    const charge = chargeTiers(new Money(600_000), firehose);
    expect(charge.charges.map((part) => part.quantity.toString())).toEqual(['512000']);
    expect(charge.unpricedQuantity.toString()).toBe('88000');
  });

  test('is continuous at every boundary', () => {
    for (const tier of lambda) {
      if (tier.end === null) continue;
      const at = chargeTiers(tier.end, lambda).exactUsd;
      const below = chargeTiers(tier.end.minus('0.000001'), lambda).exactUsd;
      const above = chargeTiers(tier.end.plus('0.000001'), lambda).exactUsd;
      expect(at.minus(below).toNumber()).toBeGreaterThan(0);
      expect(at.minus(below).lt('0.0000001')).toBe(true);
      expect(above.minus(at).lt('0.0000001')).toBe(true);
    }
  });
});
