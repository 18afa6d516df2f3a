import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deflateSync, inflateSync, strFromU8, strToU8 } from 'fflate';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseAnswers } from '../../src/core/answers/parse';
import { recommend } from '../../src/core/architecture/recommend';
import { estimateCost } from '../../src/core/cost/estimate';
import { resolveAssumptions } from '../../src/core/sizing/assumptions';
import { loadBundledPriceBook } from '../../src/data/price-snapshot/bundled';
import type { WizardInputs } from '../../src/store/answers-slice';
import { checkPricing } from '../../src/store/pricing-check';
import { DEFAULT_PRICING_SETTINGS, type PricingSettings } from '../../src/store/pricing-settings';
import { crc32Hex, decodeSharePayload, encodeShareFragment, SHARE_LINK_VERSION, shareFragmentOf } from '../../src/store/share';

const FIXTURES = path.join(import.meta.dirname, '../fixtures/answers');

function fixture(name: string) {
  const parsed = parseAnswers(JSON.parse(readFileSync(path.join(FIXTURES, name), 'utf8')), name);
  if (!parsed.ok) throw parsed.error;
  return parsed.answers;
}

const SHAPES = readdirSync(FIXTURES).filter((file) => file.endsWith('.json'));

const PRICING: PricingSettings = {
  preset: 'large',
  freeTier: true,
  overrides: { eventsPerSecond: '750', etlExecutionClass: 'flex' },
  currency: 'BRL',
  exchangeRate: { brlPerUsd: '5.40', date: '2026-11-20' },
};

/** Encodes, then reads back the payload the way the wizard reads `location.hash`. */
function roundTrip(inputs: WizardInputs) {
  const payload = shareFragmentOf(`#${encodeShareFragment(inputs)}`);
  if (payload === undefined) throw new Error('no share payload in the fragment');
  return decodeSharePayload(payload, checkPricing);
}

/** A payload with a correct checksum around any JSON, to test what happens after unpacking. */
function payloadFor(json: unknown, version = SHARE_LINK_VERSION): string {
  const compressed = deflateSync(strToU8(JSON.stringify(json)));
  const base64 = Buffer.from(compressed).toString('base64url');
  return `${version}.${crc32Hex(compressed)}.${base64}`;
}

describe('share link round trip', () => {
  test.each(SHAPES)('%s comes back identical, with the same pricing settings', (name) => {
    const inputs = { answers: fixture(name), pricing: PRICING };
    expect(roundTrip(inputs)).toEqual({ ok: true, inputs });
  });

  test('the restored inputs price to the same cents', async () => {
    const inputs = { answers: fixture('kafka-streaming.json'), pricing: PRICING };
    const decoded = roundTrip(inputs);
    if (!decoded.ok) throw new Error(decoded.message);
    const book = await loadBundledPriceBook('sa-east-1');
    const price = ({ answers, pricing }: WizardInputs) => {
      const model = recommend(answers);
      const assumptions = resolveAssumptions(model.sizing, { preset: 'large', overrides: pricing.overrides });
      return estimateCost(model, assumptions, book, { freeTier: pricing.freeTier, exchangeRate: pricing.exchangeRate, today: '2026-12-05' });
    };
    expect(price(decoded.inputs)).toEqual(price(inputs));
  });

  test('hostile customer text survives exactly, and the fragment needs no URL escaping', () => {
    const name = `<script>alert("x")</script> "quotes" 'single' %% --> ${'é🙂'.repeat(10)}${'x'.repeat(10_000 - 80)}`;
    const answers = parseAnswers({ schemaVersion: 2, opportunity: { customerName: name }, notes: 'flowchart LR\n A-->B %% comment' });
    if (!answers.ok) throw answers.error;
    const fragment = encodeShareFragment({ answers: answers.answers, pricing: DEFAULT_PRICING_SETTINGS });
    expect(fragment).toMatch(/^share=1\.[0-9a-f]{8}\.[A-Za-z0-9_-]+$/);
    const decoded = roundTrip({ answers: answers.answers, pricing: DEFAULT_PRICING_SETTINGS });
    expect(decoded.ok && decoded.inputs.answers.opportunity.customerName).toBe(name);
  });

  test('seller notes stay out of the link; everything else comes back', () => {
    const notes = 'Budget owner is the CFO; do not mention the competitor bid';
    const answers = parseAnswers({ schemaVersion: 2, opportunity: { customerName: 'Mercado Sol' }, volume: { dailyIngestGb: 120 }, notes });
    if (!answers.ok) throw answers.error;
    const fragment = encodeShareFragment({ answers: answers.answers, pricing: DEFAULT_PRICING_SETTINGS });
    const compressed = fragment.split('.')[2] as string;
    const json = strFromU8(inflateSync(new Uint8Array(Buffer.from(compressed, 'base64url'))));
    expect(json).not.toContain('CFO');
    const decoded = roundTrip({ answers: answers.answers, pricing: DEFAULT_PRICING_SETTINGS });
    if (!decoded.ok) throw new Error(decoded.message);
    expect(decoded.inputs.answers.notes).toBeUndefined();
    const { notes: _dropped, ...rest } = answers.answers;
    expect(decoded.inputs.answers).toEqual(rest);
  });

  test('any answers the schema accepts come back identical (property)', () => {
    const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 300 }).filter((value) => value.trim() === value && value !== '');
    fc.assert(
      fc.property(
        fc.record({
          customerName: fc.option(text, { nil: undefined }),
          dailyIngestGb: fc.option(fc.double({ min: 0, max: 1e9, noNaN: true }), { nil: undefined }),
          notes: fc.option(text, { nil: undefined }),
        }),
        fc.boolean(),
        ({ customerName, dailyIngestGb, notes }, freeTier) => {
          const parsed = parseAnswers({ schemaVersion: 2, opportunity: { customerName }, volume: { dailyIngestGb }, notes });
          if (!parsed.ok) return;
          const inputs = { answers: parsed.answers, pricing: { ...DEFAULT_PRICING_SETTINGS, freeTier } };
          const { notes: _sellerNotes, ...shared } = parsed.answers;
          expect(roundTrip(inputs)).toEqual({ ok: true, inputs: { ...inputs, answers: shared } });
        },
      ),
      { numRuns: 150 },
    );
  });

  test('a link whose answers are an older version is migrated and says so', () => {
    const v1 = JSON.parse(readFileSync(path.join(FIXTURES, 'v1/retail-v1.json'), 'utf8')) as unknown;
    const decoded = decodeSharePayload(payloadFor({ answers: v1, pricing: {} }), checkPricing);
    expect(decoded.ok).toBe(true);
    expect(decoded.ok && decoded.migratedFrom).toBe(1);
  });

  test('finds the payload only in a share fragment', () => {
    expect(shareFragmentOf('')).toBeUndefined();
    expect(shareFragmentOf('#main')).toBeUndefined();
    expect(shareFragmentOf('#share=1.abc')).toBe('1.abc');
    expect(shareFragmentOf('share=1.abc')).toBe('1.abc');
  });
});

describe('broken share links', () => {
  const good = encodeShareFragment({ answers: fixture('batch-data-lake.json'), pricing: PRICING }).slice('share='.length);

  test('a link cut short anywhere is refused as damaged or malformed, never half-loaded', () => {
    for (let length = 0; length < good.length; length += Math.max(1, Math.floor(good.length / 60))) {
      const decoded = decodeSharePayload(good.slice(0, length), checkPricing);
      expect(decoded.ok, `cut at ${length}`).toBe(false);
      if (!decoded.ok) expect(['damaged', 'malformed']).toContain(decoded.problem);
    }
  });

  test('a changed character in the data fails the checksum', () => {
    const at = good.length - 10;
    const tampered = `${good.slice(0, at)}${good[at] === 'A' ? 'B' : 'A'}${good.slice(at + 1)}`;
    expect(decodeSharePayload(tampered, checkPricing)).toEqual({
      ok: false,
      problem: 'damaged',
      message: 'share link: the checksum does not match: the link was cut short or changed; copy the whole link again',
    });
  });

  test('characters a share link never has are refused', () => {
    const decoded = decodeSharePayload(`${good}<script>`, checkPricing);
    expect(decoded).toMatchObject({ ok: false, problem: 'damaged' });
  });

  test('a link from a newer Lakewise is named as such', () => {
    expect(decodeSharePayload(`2.${good.slice(2)}`, checkPricing)).toEqual({
      ok: false,
      problem: 'future-version',
      message: 'share link: version 2 is newer than this Lakewise reads (up to 1); open it with the newer Lakewise that made it',
    });
  });

  test('something that is not a share payload is malformed', () => {
    expect(decodeSharePayload('hello', checkPricing)).toMatchObject({ ok: false, problem: 'malformed' });
    expect(decodeSharePayload('0.00000000.AAAA', checkPricing)).toMatchObject({
      ok: false,
      problem: 'malformed',
      message: 'share link: unknown version 0; this Lakewise reads version 1',
    });
  });

  test('answers the schema refuses are named by field, even with a valid checksum', () => {
    const decoded = decodeSharePayload(
      payloadFor({ answers: { schemaVersion: 2, volume: { dailyIngestGb: -5 }, freshness: 'weekly' }, pricing: {} }),
      checkPricing,
    );
    expect(decoded.ok).toBe(false);
    if (decoded.ok) return;
    expect(decoded.problem).toBe('invalid-inputs');
    expect(decoded.message).toContain('answers: volume.dailyIngestGb: expected a number ≥ 0, received -5');
    expect(decoded.message).toContain('answers: freshness: expected one of realtime-seconds, near-real-time-minutes, hourly, daily-batch, received "weekly"');
  });

  test('answers from a future answers version are refused with the version named', () => {
    const decoded = decodeSharePayload(payloadFor({ answers: { schemaVersion: 9 }, pricing: {} }), checkPricing);
    expect(decoded).toMatchObject({ ok: false, problem: 'invalid-inputs' });
    expect(!decoded.ok && decoded.message).toContain('schemaVersion: version 9 is newer than this Lakewise reads');
  });

  test('an override the cost model refuses is named', () => {
    const decoded = decodeSharePayload(
      payloadFor({ answers: { schemaVersion: 2 }, pricing: { overrides: { redshiftActiveHoursPerDay: '30' } } }),
      checkPricing,
    );
    expect(decoded).toMatchObject({ ok: false, problem: 'invalid-inputs' });
    expect(!decoded.ok && decoded.message).toContain('pricing: overrides.redshiftActiveHoursPerDay: expected a number ≤ 24, received 30');
  });

  test('unknown parts and non-objects are refused', () => {
    expect(decodeSharePayload(payloadFor({ answers: { schemaVersion: 2 }, steal: true }), checkPricing)).toMatchObject({
      ok: false,
      message: 'share link: unknown part "steal"; known parts: answers, pricing',
    });
    expect(decodeSharePayload(payloadFor([1, 2]), checkPricing)).toMatchObject({ ok: false, problem: 'invalid-inputs' });
  });
});

describe('crc32Hex', () => {
  test('matches the standard check value', () => {
    expect(crc32Hex(strToU8('123456789'))).toBe('cbf43926');
    expect(crc32Hex(new Uint8Array())).toBe('00000000');
  });
});
