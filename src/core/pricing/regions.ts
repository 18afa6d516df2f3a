import { z } from '../zod';

/**
 * Regions the bundled price snapshot covers. us-east-1 is AWS's reference region, sa-east-1 is
 * where the playbook's customers run (São Paulo), eu-west-1 is the EU region the price data covers.
 */
export const PRICING_REGIONS = ['us-east-1', 'sa-east-1', 'eu-west-1'] as const;

export type RegionCode = (typeof PRICING_REGIONS)[number];

export const DEFAULT_PRICING_REGION: RegionCode = 'us-east-1';

/** The Price List `location` attribute of each region, spelled as AWS spells it. */
export const REGION_LOCATION: Record<RegionCode, string> = {
  'us-east-1': 'US East (N. Virginia)',
  'sa-east-1': 'South America (Sao Paulo)',
  'eu-west-1': 'EU (Ireland)',
};

export const RegionCodeSchema = z.enum(PRICING_REGIONS, {
  error: (issue) => `unknown region ${JSON.stringify(issue.input)}: expected one of ${PRICING_REGIONS.join(', ')}`,
});

export function isRegionCode(value: string): value is RegionCode {
  return (PRICING_REGIONS as readonly string[]).includes(value);
}
