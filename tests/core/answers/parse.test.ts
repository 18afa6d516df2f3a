import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../../src/core/errors';
import { parseAnswers, parseAnswersOrThrow } from '../../../src/core/answers/parse';
import { CURRENT_ANSWERS_VERSION } from '../../../src/core/answers/schema';
import { answersTemplate } from '../../../src/core/answers/template';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/answers');
const readFixture = (name: string): unknown => JSON.parse(readFileSync(path.join(fixtures, name), 'utf8'));

function messageOf(input: unknown, source = 'answers.json'): string {
  const result = parseAnswers(input, source);
  if (result.ok) throw new Error('expected the answers to be refused');
  expect(result.error).toBeInstanceOf(InputError);
  return result.error.message;
}

describe('parseAnswers', () => {
  test('fills every list and the locale when a person writes only the version', () => {
    const result = parseAnswers({ schemaVersion: 2 });
    expect(result).toEqual({
      ok: true,
      answers: {
        schemaVersion: 2,
        opportunity: {},
        locale: 'en',
        sources: { kinds: [] },
        volume: {},
        consumers: { kinds: [] },
        estate: { existing: [] },
        team: { skills: [] },
        governance: { needs: [] },
        budget: {},
        goals: { priorities: [] },
      },
    });
  });

  test('keeps unknown quantities unknown instead of guessing', () => {
    const answers = parseAnswersOrThrow({ schemaVersion: 2, volume: { dailyIngestGb: 10 } });
    expect(answers.volume).toEqual({ dailyIngestGb: 10 });
    expect('retainedHistoryGb' in answers.volume).toBe(false);
  });

  test('accepts the filled template in both locales', () => {
    for (const locale of ['en', 'pt-BR'] as const) {
      const result = parseAnswers(answersTemplate(locale));
      expect(result.ok).toBe(true);
    }
  });

  test('accepts every customer-shape fixture', () => {
    for (const file of readdirSync(fixtures).filter((name) => name.endsWith('.json'))) {
      const result = parseAnswers(readFixture(file), file);
      expect(result.ok ? 'ok' : result.error.message).toBe('ok');
    }
  });

  test('names the field, what was expected and what was received', () => {
    expect(messageOf({ schemaVersion: 2, volume: { dailyIngestGb: 'abc' } })).toMatchInlineSnapshot(
      `"answers.json: volume.dailyIngestGb: expected a number ≥ 0, received "abc""`,
    );
  });

  test('lists every wrong field of a broken file, one per line', () => {
    expect(messageOf(readFixture('invalid/many-problems.json'))).toMatchInlineSnapshot(`
      "answers.json: opportunity.customerName: expected a non-empty text (leave the field out when unknown), received blank text
      answers.json: opportunity.region: expected an AWS region code such as sa-east-1, received "Brazil"
      answers.json: sources.kinds[1]: expected one of relational-databases, file-exports, saas-apis, event-streams, iot, logs, received "mainframe"
      answers.json: volume.eventsPerSecond: expected a number ≥ 0, received -5
      answers.json: volume: unknown field "dailyIngestGB"; known fields: dailyIngestGb, retainedHistoryGb, eventsPerSecond, recordSizeKb
      answers.json: freshness: expected one of realtime-seconds, near-real-time-minutes, hourly, daily-batch, received "instant"
      answers.json: consumers.dashboardUsers: expected a whole number ≥ 0, received 12.5
      answers.json: team: expected an object with fields preference, skills, received a list"
    `);
  });

  test('refuses "none" next to an existing platform', () => {
    expect(messageOf(readFixture('invalid/none-and-kafka.json'))).toMatchInlineSnapshot(
      `"answers.json: estate.existing: "none" cannot be combined with other platforms"`,
    );
  });

  test('refuses volumes and counts above their documented limits, naming the field and the limit', () => {
    expect(messageOf({ schemaVersion: 2, volume: { dailyIngestGb: 1e308, retainedHistoryGb: 2e9, eventsPerSecond: 1e9, recordSizeKb: 20_000 }, consumers: { queriesPerDay: 1e20, dashboardUsers: 1e8 } })).toMatchInlineSnapshot(`
      "answers.json: volume.dailyIngestGb: expected a number ≤ 10485760, received 1e+308
      answers.json: volume.retainedHistoryGb: expected a number ≤ 1073741824, received 2000000000
      answers.json: volume.eventsPerSecond: expected a number ≤ 100000000, received 1000000000
      answers.json: volume.recordSizeKb: expected a number ≤ 10240, received 20000
      answers.json: consumers.dashboardUsers: expected a whole number ≤ 10000000, received 100000000
      answers.json: consumers.queriesPerDay: expected a whole number ≤ 1000000000, received 100000000000000000000"
    `);
    expect(messageOf({ schemaVersion: 1, dailyVolumeGb: 1e308 })).toContain('dailyVolumeGb: expected a number ≤ 10485760, received 1e+308');
    const atTheLimits = parseAnswers({ schemaVersion: 2, volume: { dailyIngestGb: 10_485_760, eventsPerSecond: 100_000_000, recordSizeKb: 10_240 } });
    expect(atTheLimits.ok).toBe(true);
  });

  test('refuses a size of zero for an event', () => {
    expect(messageOf({ schemaVersion: 2, volume: { recordSizeKb: 0 } })).toMatchInlineSnapshot(
      `"answers.json: volume.recordSizeKb: expected a number > 0, received 0"`,
    );
  });

  test('refuses a name longer than the limit and says how long it was', () => {
    expect(messageOf({ schemaVersion: 2, opportunity: { customerName: 'x'.repeat(10_001) } })).toMatchInlineSnapshot(
      `"answers.json: opportunity.customerName: expected at most 10000 characters, received 10001"`,
    );
  });

  test('refuses a newer version with advice instead of guessing', () => {
    expect(messageOf(readFixture('invalid/future-version.json'))).toMatchInlineSnapshot(
      `"answers.json: schemaVersion: version 3 is newer than this Lakewise reads (up to 2); update Lakewise, or save the answers again with the version that wrote them"`,
    );
  });

  test('refuses a missing, unknown or non-integer version', () => {
    expect(messageOf({})).toMatchInlineSnapshot(
      `"answers.json: schemaVersion: missing; expected 2 (the current version) or an older one this build reads: 1, 2"`,
    );
    expect(messageOf({ schemaVersion: 0 })).toMatchInlineSnapshot(`"answers.json: schemaVersion: unknown version 0; this Lakewise reads versions 1, 2"`);
    expect(messageOf({ schemaVersion: '2' })).toMatchInlineSnapshot(`"answers.json: schemaVersion: expected a whole number (1, 2), received "2""`);
  });

  test('refuses input that is not an object', () => {
    expect(messageOf(null)).toMatchInlineSnapshot(`"answers.json: (root): expected an object with schemaVersion 2, received null"`);
    expect(messageOf([1, 2])).toMatchInlineSnapshot(`"answers.json: (root): expected an object with schemaVersion 2, received a list"`);
  });

  test('keeps the structured issues on the error for the wizard to highlight fields', () => {
    const result = parseAnswers({ schemaVersion: 2, freshness: 'soon' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.error.issues.map((issue) => issue.path)).toEqual([['freshness']]);
  });

  test('turns an exception from a hostile input into an error instead of throwing', () => {
    const hostile = new Proxy(
      {},
      {
        get() {
          throw new Error('trap');
        },
      },
    );
    expect(messageOf(hostile)).toMatchInlineSnapshot(`"answers.json: (root): could not be read: trap"`);
  });

  test('parseAnswersOrThrow throws the same InputError', () => {
    expect(() => parseAnswersOrThrow({ schemaVersion: 2, locale: 'fr' }, 'link')).toThrowError(InputError);
    expect(() => parseAnswersOrThrow({ schemaVersion: 2, locale: 'fr' }, 'link')).toThrowError('link: locale: expected one of pt-BR, en, received "fr"');
  });

  test('writes the current version number into the schema', () => {
    expect(CURRENT_ANSWERS_VERSION).toBe(2);
  });
});
