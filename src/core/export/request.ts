import { z } from '../zod';
import { choice, record } from '../answers/field-schemas';
import { LOCALES } from '../locales';
import { PRICING_REGIONS } from '../pricing/regions';
import { SIZING_PRESETS } from '../sizing/usage-schema';
import { EXPORT_FORMATS } from './formats';

/**
 * What the export endpoint accepts (`POST /api/export/`) and the Export menu
 * sends: the wizard's answers and pricing settings, the language and the format.
 * `answers` is checked afterwards by `parseAnswers`, so its messages are the
 * answers format's own; overrides are checked by the cost model.
 */
export const ExportRequestSchema = record({
  /** The answers as the wizard holds them (any readable version). */
  answers: z.unknown().check(z.refine((value) => value !== undefined, { error: 'missing; send the answers object' })),
  format: choice(EXPORT_FORMATS),
  /** Language of the proposal; defaults to the answers' own. */
  locale: z.optional(choice(LOCALES)),
  /** Price region; defaults to the answers' region when the snapshot has it. */
  region: z.optional(choice(PRICING_REGIONS)),
  preset: z.optional(choice(SIZING_PRESETS)),
  /** Usage key → value as typed in the cost panel, e.g. `{ "eventsPerSecond": "500" }`. */
  overrides: z.optional(z.record(z.string(), z.string({ error: 'expected a value written as text, such as "500"' }))),
  freeTier: z.optional(z.boolean({ error: 'expected true or false' })),
  exchangeRate: z.optional(
    record({
      /** BRL per 1 USD, e.g. "5.40". */
      brlPerUsd: z.string({ error: 'expected the rate as text such as "5.40"' }),
      /** YYYY-MM-DD the rate was read. */
      date: z.string({ error: 'expected a date as text such as "2026-11-20"' }),
    }),
  ),
  /** ZIP only: synthesize the CDK app and CloudFormation into it (slow: tens of seconds). */
  includeCdk: z.optional(z.boolean({ error: 'expected true or false' })),
});

export type ExportRequestInput = z.input<typeof ExportRequestSchema>;
export type ExportRequest = z.output<typeof ExportRequestSchema>;
