import type { ArchitectureModel } from '../core/architecture/model';
import { estimateCost, type Estimate, type ExchangeRate } from '../core/cost/estimate';
import { InputError, type SchemaIssue } from '../core/errors';
import type { PriceBook } from '../core/pricing/price-book';
import type { RegionCode } from '../core/pricing/regions';
import type { PriceSnapshotIndex } from '../core/pricing/snapshot';
import { resolveAssumptions, type Assumptions, type UsageOverrides } from '../core/sizing/assumptions';
import type { SizingInputs } from '../core/sizing/inputs';
import type { SizingPreset } from '../core/sizing/usage-schema';
import { memoizeLast } from './memo';

/**
 * The cost side of what the wizard shows: assumptions and estimate from the core's
 * cost model, each remembering its last inputs. Loaded with the cost panel, so the
 * wizard's first download does not carry the cost model.
 */

export interface EstimateResult {
  readonly estimate: Estimate;
  /** Why the exchange rate was not applied (the estimate is then in USD only): paths `exchangeRate.brlPerUsd`, `exchangeRate.date`. */
  readonly exchangeRateIssues?: readonly SchemaIssue[];
}

export interface CostDerivations {
  assumptions(sizing: SizingInputs, preset: string, overrides: UsageOverrides): Assumptions;
  /** `today` is the user's own day (YYYY-MM-DD), which the exchange rate may not be dated after; needed with a rate. */
  estimate(model: ArchitectureModel, assumptions: Assumptions, prices: PriceBook, freeTier: boolean, exchangeRate: ExchangeRate | undefined, today?: string): EstimateResult;
}

export function createCostDerivations(): CostDerivations {
  return {
    assumptions: memoizeLast((sizing: SizingInputs, preset: string, overrides: UsageOverrides) =>
      resolveAssumptions(sizing, { preset: preset as SizingPreset, overrides }),
    ),
    estimate: memoizeLast(
      (model: ArchitectureModel, assumptions: Assumptions, prices: PriceBook, freeTier: boolean, exchangeRate: ExchangeRate | undefined, today?: string): EstimateResult => {
        if (exchangeRate === undefined) return { estimate: estimateCost(model, assumptions, prices, { freeTier }) };
        try {
          return { estimate: estimateCost(model, assumptions, prices, { freeTier, exchangeRate, ...(today === undefined ? {} : { today }) }) };
        } catch (error) {
          if (!(error instanceof InputError)) throw error;
          return { estimate: estimateCost(model, assumptions, prices, { freeTier }), exchangeRateIssues: error.issues };
        }
      },
    ),
  };
}

export const STALE_PRICES_AFTER_DAYS = 90;

export interface PriceFreshness {
  /** When the region's snapshot file was written (YYYY-MM-DD). */
  readonly snapshotDate: string;
  /** The oldest day any of the region's prices was retrieved from AWS (YYYY-MM-DD). */
  readonly retrievedDate: string;
  readonly ageDays: number;
  readonly stale: boolean;
}

const DAY_MS = 86_400_000;

/**
 * How old the prices of a region are. Age counts from the oldest retrieval day,
 * because that is when AWS's price was last seen; the snapshot file may be newer
 * than the prices it holds.
 */
export function priceFreshness(index: PriceSnapshotIndex, region: RegionCode, today: Date): PriceFreshness | undefined {
  const summary = index.regions[region];
  if (summary === undefined) return undefined;
  const retrieved = Object.values(summary.services).map((service) => service.retrieved);
  const retrievedDate = retrieved.length === 0 ? summary.generatedAt.slice(0, 10) : retrieved.reduce((oldest, day) => (day < oldest ? day : oldest));
  const ageDays = Math.floor((Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()) - Date.parse(`${retrievedDate}T00:00:00Z`)) / DAY_MS);
  return { snapshotDate: summary.generatedAt.slice(0, 10), retrievedDate, ageDays, stale: ageDays > STALE_PRICES_AFTER_DAYS };
}
