import { parseAnswersOrThrow } from '../core/answers/parse';
import type { Answers } from '../core/answers/schema';
import type { ArchitectureModel } from '../core/architecture/model';
import { recommend } from '../core/architecture/recommend';
import { estimateCost, type Estimate } from '../core/cost/estimate';
import { InputError } from '../core/errors';
import { DEFAULT_PRICING_REGION, isRegionCode, type RegionCode } from '../core/pricing/regions';
import { resolveAssumptions, type Assumptions, type UsageOverrides } from '../core/sizing/assumptions';
import { loadBundledPriceBook } from '../data/price-snapshot/bundled';
import { answersHash } from './answers-hash';

/** Everything synth, deploy and run-local derive from one answers file, computed once. */
export interface DeploymentInputs {
  readonly answers: Answers;
  readonly hash: string;
  readonly model: ArchitectureModel;
  readonly assumptions: Assumptions;
  readonly estimate: Estimate;
  /** Region the estimate was priced in (the answers' region when the snapshot has it). */
  readonly pricingRegion: RegionCode;
  /** Set when the answers' region has no bundled prices and another region priced the estimate. */
  readonly pricingRegionNote?: string;
}

/**
 * Parses answers (already read as JSON), recommends the architecture and prices it with
 * the bundled snapshot: the same cents `lakewise estimate` prints for the same file.
 */
export async function deploymentInputs(json: unknown, source: string, overrides: UsageOverrides = {}): Promise<DeploymentInputs> {
  const answers = parseAnswersOrThrow(json, source);
  const model = recommend(answers);
  if (model.components.length === 0) throw new InputError(`${source}: the answers give an architecture with no components; nothing to deploy`);
  const assumptions = resolveAssumptions(model.sizing, { overrides });
  const wanted = answers.opportunity.region;
  const pricingRegion = wanted !== undefined && isRegionCode(wanted) ? wanted : DEFAULT_PRICING_REGION;
  const estimate = estimateCost(model, assumptions, await loadBundledPriceBook(pricingRegion));
  return {
    answers,
    hash: answersHash(answers),
    model,
    assumptions,
    estimate,
    pricingRegion,
    pricingRegionNote:
      wanted !== undefined && wanted !== pricingRegion
        ? `The price snapshot has no prices for ${wanted}; the estimate and the budget use ${pricingRegion} prices.`
        : undefined,
  };
}
