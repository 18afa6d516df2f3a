import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { parseAnswers } from '../../../src/core/answers/parse';
import { AnswersV1Schema, migrateV1ToV2 } from '../../../src/core/answers/v1';

const v1File = path.resolve(import.meta.dirname, '../../fixtures/answers/v1/retail-v1.json');

describe('answers version 1', () => {
  test('migrates forward to the current version, field by field', () => {
    const result = parseAnswers(JSON.parse(readFileSync(v1File, 'utf8')), 'retail-v1.json');
    expect(result).toEqual({
      ok: true,
      migratedFrom: 1,
      answers: {
        schemaVersion: 2,
        opportunity: { customerName: 'Mercado Sol Varejo', industry: 'Varejo', region: 'sa-east-1' },
        locale: 'pt-BR',
        sources: { kinds: ['relational-databases', 'file-exports', 'saas-apis', 'event-streams'] },
        volume: { dailyIngestGb: 40, retainedHistoryGb: 8000, eventsPerSecond: 200 },
        freshness: 'near-real-time-minutes',
        consumers: { kinds: ['bi-dashboards', 'adhoc-sql', 'data-products'], dashboardUsers: 60, queriesPerDay: 800 },
        estate: { existing: ['onprem-dw', 'existing-lake'] },
        team: { preference: 'serverless-managed', skills: ['sql', 'python'] },
        governance: { needs: ['pii', 'lgpd-gdpr', 'fine-grained-access'] },
        budget: { sensitivity: 'high' },
        goals: { priorities: ['cut-costs'] },
        notes: 'Primeira conversa com o CIO.',
      },
    });
  });

  test('keeps answers a v1 file left out unknown, including the estate it could not express', () => {
    const result = parseAnswers({ schemaVersion: 1, customer: 'ACME', prefersOpenSource: true });
    expect(result.ok && result.answers).toMatchObject({
      opportunity: { customerName: 'ACME' },
      locale: 'en',
      estate: { existing: [] },
      team: { preference: 'open-source-portability', skills: [] },
    });
    expect(result.ok && Object.keys(result.answers.opportunity)).toEqual(['customerName']);
    expect(result.ok && 'freshness' in result.answers).toBe(false);
  });

  test('reports v1 problems against the v1 field names and says which version was read', () => {
    const result = parseAnswers({ schemaVersion: 1, latency: 'now', dailyVolumeGb: 'lots' }, 'old.json');
    expect(result.ok ? '' : result.error.message).toMatchInlineSnapshot(`
      "old.json (schemaVersion 1): dailyVolumeGb: expected a number ≥ 0, received "lots"
      old.json (schemaVersion 1): latency: expected one of seconds, minutes, hours, days, received "now""
    `);
  });

  test('every valid v1 file becomes valid current answers', () => {
    const v1 = fc.record(
      {
        schemaVersion: fc.constant(1 as const),
        customer: fc.string({ minLength: 1 }).filter((text) => text.trim() !== ''),
        region: fc.constantFrom('sa-east-1', 'us-east-1'),
        language: fc.constantFrom('pt-BR' as const, 'en' as const),
        sources: fc.subarray(['databases', 'files', 'saas', 'streams', 'iot', 'logs'] as const),
        dailyVolumeGb: fc.double({ min: 0, max: 1e6, noNaN: true }),
        latency: fc.constantFrom('seconds', 'minutes', 'hours', 'days'),
        consumers: fc.subarray(['dashboards', 'sql', 'ml', 'apps', 'sharing'] as const),
        existing: fc.subarray(['warehouse', 'hadoop', 'kafka', 'lake'] as const),
        prefersOpenSource: fc.boolean(),
        governance: fc.subarray(['pii', 'lgpd', 'row-level-security', 'audit'] as const),
        budget: fc.constantFrom('low', 'medium', 'high'),
      },
      { requiredKeys: ['schemaVersion'] },
    );
    fc.assert(
      fc.property(v1, (file) => {
        expect(AnswersV1Schema.safeParse(file).success).toBe(true);
        const result = parseAnswers(file);
        expect(result.ok ? 'ok' : result.error.message).toBe('ok');
        expect(result.ok && result.migratedFrom).toBe(1);
      }),
      { numRuns: 200 },
    );
  });

  test('migration is a pure mapping of a validated file', () => {
    const file = AnswersV1Schema.parse({ schemaVersion: 1, latency: 'days', sources: ['iot'] });
    expect(migrateV1ToV2(file)).toMatchObject({ schemaVersion: 2, freshness: 'daily-batch', sources: { kinds: ['iot'] } });
  });
});
