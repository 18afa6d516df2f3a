import { describe, expect, test } from 'vitest';
import { parseAnswersOrThrow } from '../../../src/core/answers/parse';
import type { AnswersInput } from '../../../src/core/answers/schema';
import type { Role } from '../../../src/core/architecture/roles';
import { evaluateCondition, type Condition } from '../../../src/core/rules/condition';

function holds(condition: Condition, input: Omit<AnswersInput, 'schemaVersion'>, roles: readonly Role[] = []): boolean {
  const answers = parseAnswersOrThrow({ schemaVersion: 2, ...input });
  return evaluateCondition(condition, { answers, hasRole: (role) => roles.includes(role) });
}

describe('evaluateCondition', () => {
  test('includesAny holds when the list shares one value', () => {
    const streams: Condition = { field: 'sources.kinds', includesAny: ['event-streams', 'iot'] };
    expect(holds(streams, { sources: { kinds: ['iot', 'logs'] } })).toBe(true);
    expect(holds(streams, { sources: { kinds: ['logs'] } })).toBe(false);
    expect(holds(streams, {})).toBe(false);
  });

  test('in never holds for an unanswered choice', () => {
    const realtime: Condition = { field: 'freshness', in: ['realtime-seconds'] };
    expect(holds(realtime, { freshness: 'realtime-seconds' })).toBe(true);
    expect(holds(realtime, { freshness: 'hourly' })).toBe(false);
    expect(holds(realtime, {})).toBe(false);
  });

  test('atLeast and below compare known quantities only, with the bound on the atLeast side', () => {
    expect(holds({ field: 'volume.dailyIngestGb', atLeast: 1000 }, { volume: { dailyIngestGb: 1000 } })).toBe(true);
    expect(holds({ field: 'volume.dailyIngestGb', below: 1000 }, { volume: { dailyIngestGb: 1000 } })).toBe(false);
    expect(holds({ field: 'volume.dailyIngestGb', below: 1000 }, { volume: { dailyIngestGb: 999.5 } })).toBe(true);
    expect(holds({ field: 'volume.dailyIngestGb', atLeast: 0 }, {})).toBe(false);
    expect(holds({ field: 'volume.dailyIngestGb', below: 1e9 }, {})).toBe(false);
  });

  test('unanswered holds for absent values and empty lists', () => {
    expect(holds({ field: 'freshness', unanswered: true }, {})).toBe(true);
    expect(holds({ field: 'sources.kinds', unanswered: true }, { sources: { kinds: [] } })).toBe(true);
    expect(holds({ field: 'sources.kinds', unanswered: true }, { sources: { kinds: ['logs'] } })).toBe(false);
    expect(holds({ field: 'volume.eventsPerSecond', unanswered: true }, { volume: { eventsPerSecond: 0 } })).toBe(false);
  });

  test('all, any, not and has combine as expected', () => {
    const condition: Condition = { all: [{ has: 'stream-buffer' }, { not: { any: [{ field: 'freshness', in: ['hourly'] }, { field: 'freshness', unanswered: true }] } }] };
    expect(holds(condition, { freshness: 'realtime-seconds' }, ['stream-buffer'])).toBe(true);
    expect(holds(condition, { freshness: 'realtime-seconds' })).toBe(false);
    expect(holds(condition, { freshness: 'hourly' }, ['stream-buffer'])).toBe(false);
    expect(holds(condition, {}, ['stream-buffer'])).toBe(false);
    expect(holds({ always: true }, {})).toBe(true);
    expect(holds({ any: [] }, {})).toBe(false);
    expect(holds({ all: [] }, {})).toBe(true);
  });
});
