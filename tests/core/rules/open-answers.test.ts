import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ANSWER_FIELDS } from '../../../src/core/answers/fields';
import { parseAnswersOrThrow } from '../../../src/core/answers/parse';
import type { Answers } from '../../../src/core/answers/schema';
import { writeAnswer } from '../../../src/core/answers/write';
import { recommend } from '../../../src/core/architecture/recommend';
import { openAnswerEffects } from '../../../src/core/rules/open-answers';

const empty = parseAnswersOrThrow({ schemaVersion: 2 });
const services = (answers: Answers) => new Set(recommend(answers).components.map((component) => component.serviceId));

describe('openAnswerEffects', () => {
  test('lists the open questions that change the architecture, with what they would bring in or take out', () => {
    const effects = new Map(openAnswerEffects(empty, recommend(empty)).map((effect) => [effect.field, effect]));
    expect(effects.get('estate.existing')?.couldAdd).toContain('data-firehose');
    expect(effects.get('governance.needs')?.couldAdd).toEqual(expect.arrayContaining(['lake-formation', 's3-glacier']));
    expect(effects.get('goals.priorities')?.couldAdd).toContain('data-exchange');
    expect(effects.get('estate.existing')?.couldRemove).toContain('glue');
    expect(effects.has('opportunity.customerName')).toBe(false);
  });

  test('an answered question leaves the list', () => {
    const answered = parseAnswersOrThrow({ schemaVersion: 2, governance: { needs: ['audit'] } });
    expect(openAnswerEffects(answered, recommend(answered)).map((effect) => effect.field)).not.toContain('governance.needs');
  });

  test('every service listed is one that some single option of that question really adds or removes', () => {
    const listFields = ['sources.kinds', 'consumers.kinds', 'estate.existing', 'governance.needs', 'goals.priorities'] as const;
    fc.assert(
      fc.property(fc.subarray([...listFields]), fc.array(fc.nat(), { minLength: 5, maxLength: 5 }), (given, picks) => {
        let answers = empty;
        given.forEach((field, index) => {
          const options = Object.keys(ANSWER_FIELDS[field].options ?? {});
          answers = parseAnswersOrThrow(writeAnswer(answers, field, [options[picks[index]! % options.length]]));
        });
        const now = services(answers);
        for (const effect of openAnswerEffects(answers, recommend(answers))) {
          expect(given).not.toContain(effect.field);
          const outcomes = Object.keys(ANSWER_FIELDS[effect.field].options ?? {}).map((option) =>
            services(writeAnswer(answers, effect.field, ANSWER_FIELDS[effect.field].input === 'choices' ? [option] : option) as unknown as Answers),
          );
          for (const service of effect.couldAdd) expect(now.has(service) === false && outcomes.some((outcome) => outcome.has(service))).toBe(true);
          for (const service of effect.couldRemove) expect(now.has(service) && outcomes.some((outcome) => !outcome.has(service))).toBe(true);
        }
      }),
      { numRuns: 40 },
    );
  });
});
