import type Big from 'big.js';
import type { PriceTier } from '../pricing/price-book';
import { ZERO } from './money';

export interface TierCharge {
  readonly tier: PriceTier;
  /** Quantity billed in this tier. */
  readonly quantity: Big;
  readonly exactUsd: Big;
}

export interface TieredCharge {
  readonly charges: readonly TierCharge[];
  readonly exactUsd: Big;
  /** Quantity above the last tier the data has (e.g. beyond a tier whose successor is unknown). */
  readonly unpricedQuantity: Big;
}

/**
 * Charges `quantity` against volume tiers, starting at `offset` units already billed this month
 * elsewhere in the account (AWS tiers count the account's whole usage in a region).
 * A flat price is one tier from 0 to Inf.
 */
export function chargeTiers(quantity: Big, tiers: readonly PriceTier[], offset: Big = ZERO): TieredCharge {
  const charges: TierCharge[] = [];
  let exact: Big = ZERO;
  let position = offset;
  const end = offset.plus(quantity);
  for (const tier of tiers) {
    if (!position.lt(end)) break;
    if (tier.end !== null && !position.lt(tier.end)) continue;
    // Comparisons, not Big.max/min: those copy both arguments, and this loop is hot.
    const from = position.lt(tier.begin) ? tier.begin : position;
    const to = tier.end === null || end.lt(tier.end) ? end : tier.end;
    if (!to.gt(from)) continue;
    const inTier = to.minus(from);
    const cost = inTier.times(tier.usd);
    charges.push({ tier, quantity: inTier, exactUsd: cost });
    exact = exact.plus(cost);
    position = to;
  }
  return { charges, exactUsd: exact, unpricedQuantity: end.minus(position) };
}
