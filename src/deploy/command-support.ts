import { createInterface } from 'node:readline/promises';
import { readJsonFileOrThrow } from '../cli/problems';
import type { Estimate } from '../core/cost/estimate';
import { parseUsageOverrides, type UsageOverrides } from '../core/sizing/assumptions';
import { deploymentInputs, type DeploymentInputs } from './inputs';

/** Reads the answers file and derives model, assumptions and estimate; errors name the file. */
export async function readDeploymentInputs(path: string, setFlags: readonly string[]): Promise<{ inputs: DeploymentInputs; overrides: UsageOverrides }> {
  const json = await readJsonFileOrThrow(path);
  const overrides = parseUsageOverrides(setFlags);
  return { inputs: await deploymentInputs(json, path, overrides), overrides };
}

const usd = (value: string) => `USD ${Number(value).toLocaleString('en-US', { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;

/** The estimate in the lines a person approving a deployment needs. */
export function estimateSummary(estimate: Estimate, pricingRegionNote?: string): string {
  const lines = [
    `Estimate: ${usd(estimate.totals.expectedUsd)} per month (range ${usd(estimate.totals.lowUsd)} to ${usd(estimate.totals.highUsd)}), ${estimate.region} prices of ${estimate.priceSnapshotGeneratedAt.slice(0, 10)}.`,
    `Budget: an AWS Budgets alert at ${usd(estimate.totals.expectedUsd)} per month (actual and forecast), counting resources tagged with this answers hash.`,
  ];
  if (estimate.totals.excludesUnpriced) lines.push(`Not priced: ${estimate.totals.notPricedItems} item(s) have no price in the data, so the real bill will be higher (lakewise estimate lists them).`);
  if (pricingRegionNote) lines.push(pricingRegionNote);
  return `${lines.join('\n')}\n`;
}

/** Asks one question on the terminal; `undefined` when there is no terminal to ask on. */
export type Prompt = (question: string) => Promise<string | undefined>;

export const terminalPrompt: Prompt = async (question) => {
  if (!process.stdin.isTTY) return undefined;
  const terminal = createInterface({ input: process.stdin, output: process.stdout });
  try {
    return (await terminal.question(question)).trim();
  } finally {
    terminal.close();
  }
};
