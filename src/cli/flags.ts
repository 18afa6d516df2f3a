import { isRegionCode, PRICING_REGIONS } from '../core/pricing/regions';

/**
 * Flag handling shared by the commands: one way to read a choice flag, and the pricing flags
 * that `estimate` and `export` both take, read and checked the same way, so a flag
 * means the same thing to both.
 */

/** A flag's value when it is one of `allowed`, `undefined` when absent, or why it is wrong. */
export function choose<Value extends string>(flag: string, value: string | undefined, allowed: readonly Value[]): Value | undefined | { problem: string } {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as Value;
  return { problem: `--${flag}: expected one of ${allowed.join(', ')}, received ${JSON.stringify(value)}` };
}

/** `util.parseArgs` options of the pricing flags. */
export const PRICING_FLAG_OPTIONS = {
  region: { type: 'string' },
  locale: { type: 'string' },
  preset: { type: 'string' },
  set: { type: 'string', multiple: true },
  'free-tier': { type: 'boolean' },
  'brl-rate': { type: 'string' },
  'brl-date': { type: 'string' },
} as const;

/** Why the region or BRL flags cannot be used together as given, if they cannot. */
export function pricingFlagsProblem(values: { readonly region?: string | undefined; readonly 'brl-rate'?: string | undefined; readonly 'brl-date'?: string | undefined }): string | undefined {
  if (values.region !== undefined && !isRegionCode(values.region)) {
    return `--region: no price snapshot for "${values.region}": expected one of ${PRICING_REGIONS.join(', ')}`;
  }
  if ((values['brl-rate'] === undefined) !== (values['brl-date'] === undefined)) {
    return '--brl-rate and --brl-date go together: the rate and the day you read it';
  }
  return undefined;
}
