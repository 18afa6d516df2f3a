import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { InputError } from '../../../src/core/errors';
import { parseAnswers } from '../../../src/core/answers/parse';
import { answersInputArbitrary } from './arbitrary';

describe('parseAnswers properties', () => {
  test('never throws, whatever it is given, and fails with an InputError naming a field', () => {
    const anything = fc.oneof(
      fc.anything(),
      fc.record({ schemaVersion: fc.oneof(fc.constantFrom(1, 2, 3), fc.anything()) }),
      answersInputArbitrary.chain((answers) =>
        fc.record({ key: fc.constantFrom('opportunity', 'volume', 'consumers', 'estate', 'team', 'governance', 'freshness', 'locale'), value: fc.anything() }).map(({ key, value }) => ({ ...answers, [key]: value })),
      ),
    );
    fc.assert(
      fc.property(anything, (input) => {
        const result = parseAnswers(input, 'input');
        if (!result.ok) {
          expect(result.error).toBeInstanceOf(InputError);
          expect(result.error.message).toMatch(/^input: \S+: ./);
        }
      }),
      { numRuns: 500 },
    );
  });

  test('valid answers parse, and parsing the result again changes nothing', () => {
    fc.assert(
      fc.property(answersInputArbitrary, (input) => {
        const first = parseAnswers(input);
        expect(first.ok ? 'ok' : first.error.message).toBe('ok');
        if (!first.ok) return;
        const again = parseAnswers(JSON.parse(JSON.stringify(first.answers)));
        expect(again).toEqual(first);
      }),
      { numRuns: 300 },
    );
  });
});
