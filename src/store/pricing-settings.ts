import { z } from '../core/zod';
import { InputError, formatIssues, type SchemaIssue } from '../core/errors';
import { problemOfZodIssue } from '../core/input-problem';

/**
 * How the wizard prices an architecture, beside the answers: the sizing preset for
 * what the customer did not say, per-key usage overrides typed into the cost panel,
 * the AWS Free Tier switch and the currency. The share link carries these too, so
 * a shared link reproduces the same cents.
 *
 * This module checks the shape only. Whether a preset, an override or an exchange
 * rate is acceptable is the cost model's call (`pricing-check.ts`, `estimateCost`),
 * so its messages are the CLI's; keeping the cost model out of this module keeps
 * it out of the wizard's first download.
 */
export const CURRENCIES = ['USD', 'BRL'] as const;
export type Currency = (typeof CURRENCIES)[number];

const ExchangeRateSchema = z.strictObject({
  /** BRL per 1 USD, e.g. "5.40". */
  brlPerUsd: z.string({ error: 'expected the rate as text such as "5.40"' }),
  /** YYYY-MM-DD the user read the rate on. */
  date: z.string({ error: 'expected a date as text such as "2026-11-20"' }),
});

export type ExchangeRate = z.output<typeof ExchangeRateSchema>;

export const PricingSettingsSchema = z.strictObject({
  /** Sizing preset (`small`, `medium`, `large`) for every quantity nobody gave. */
  preset: z._default(z.string({ error: 'expected a sizing preset such as "medium"' }), 'medium'),
  freeTier: z._default(z.boolean({ error: 'expected true or false' }), false),
  /** Usage key → value as typed, e.g. `{ "eventsPerSecond": "500" }`. */
  overrides: z._default(z.record(z.string(), z.string({ error: 'expected a value written as text' })), {}),
  currency: z._default(z.enum(CURRENCIES, { error: `expected one of ${CURRENCIES.join(', ')}` }), 'USD'),
  exchangeRate: z.optional(ExchangeRateSchema),
});

export type PricingSettings = z.output<typeof PricingSettingsSchema>;

export const DEFAULT_PRICING_SETTINGS: PricingSettings = Object.freeze({ preset: 'medium', freeTier: false, overrides: {}, currency: 'USD' });

/** The cost model's verdict on a preset and its overrides: undefined when accepted, else what is wrong. */
export type PricingCheck = (settings: PricingSettings) => SchemaIssue[] | undefined;

export type ParsePricingResult = { readonly ok: true; readonly settings: PricingSettings } | { readonly ok: false; readonly error: InputError };

/** Checks pricing settings from storage or a share link: the shape here, the values by `check`. */
export function parsePricingSettings(input: unknown, source: string, check: PricingCheck): ParsePricingResult {
  const parsed = PricingSettingsSchema.safeParse(input);
  const issues: SchemaIssue[] = parsed.success
    ? (check(parsed.data) ?? [])
    : parsed.error.issues.map((issue) => ({ path: issue.path, message: issue.message, problem: problemOfZodIssue(issue) }));
  if (issues.length > 0 || !parsed.success) return { ok: false, error: new InputError(formatIssues(issues, source), issues) };
  return { ok: true, settings: parsed.data };
}
