import { InputError, type SchemaIssue } from '../core/errors';
import { resolveAssumptions, type UsageOverrides } from '../core/sizing/assumptions';
import { SIZING_PRESETS, type SizingPreset } from '../core/sizing/usage-schema';
import type { PricingSettings } from './pricing-settings';

/**
 * Asks the cost model whether a preset and its overrides are usable, with the same
 * rules and messages as `lakewise estimate --preset … --set key=value`. Loaded with
 * the cost panel, not with the wizard's first download.
 */
export function checkPricing(settings: PricingSettings): SchemaIssue[] | undefined {
  if (!(SIZING_PRESETS as readonly string[]).includes(settings.preset)) {
    const message = `expected one of ${SIZING_PRESETS.join(', ')}, received ${JSON.stringify(settings.preset)}`;
    return [{ path: ['preset'], message, problem: { kind: 'not-an-option', options: SIZING_PRESETS } }];
  }
  try {
    resolveAssumptions({}, { preset: settings.preset as SizingPreset, overrides: settings.overrides as UsageOverrides });
    return undefined;
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    return error.issues.length > 0 ? [...error.issues] : [{ path: ['overrides'], message: error.message, problem: { kind: 'not-accepted' } }];
  }
}
