import { describe, expect, test } from 'vitest';
import { ANSWER_FIELDS, type AnswerField } from '../../../src/core/answers/fields';
import { ANSWER_FIELD_IDS } from '../../../src/core/answers/field-ids';
import { DiscoverySchema } from '../../../src/content-model/schemas';
import { readContentFiles } from '../../../src/content-model/load-files';
import { buildSteps, type WizardQuestion } from '../../../src/islands/wizard/steps';
import { PROJECT_ROOT } from '../../support/server';

async function englishQuestions(): Promise<WizardQuestion[]> {
  const { files } = await readContentFiles(PROJECT_ROOT);
  return files
    .filter((file) => file.collection === 'discovery' && file.locale === 'en')
    .map((file) => {
      const data = DiscoverySchema.parse(file.data);
      return { slug: file.slug, title: data.title, stage: data.stage, order: data.order, why: data.why, listenFor: data.listenFor, personas: data.personas };
    });
}

const question = (slug: string, stage: WizardQuestion['stage'], order: number): WizardQuestion => ({
  slug,
  title: slug,
  stage,
  order,
  why: '',
  listenFor: [],
  personas: [],
});
const field = (id: AnswerField['id'], askedBy: string[]): AnswerField => ({ ...ANSWER_FIELDS[id], askedBy });

describe('buildSteps', () => {
  test('with the real playbook: four stages in order, every answer field asked exactly once', async () => {
    const steps = buildSteps(Object.values(ANSWER_FIELDS), await englishQuestions());
    expect(steps.map((step) => step.stage)).toEqual(['current-state', 'challenges', 'dependencies', 'impact']);
    const asked = steps.flatMap((step) => step.fields);
    expect([...asked].sort()).toEqual([...ANSWER_FIELD_IDS].sort());
    for (const step of steps) expect(step.questions.length, step.stage).toBeGreaterThan(0);
  });

  test('a field sits under the first question that asks it; later ones stay as prompts', () => {
    const steps = buildSteps(
      [field('freshness', ['late', 'early']), field('notes', ['late'])],
      [question('late', 'impact', 1), question('early', 'challenges', 2), question('earliest', 'challenges', 1)],
    );
    const challenges = steps[1];
    expect(challenges?.questions.map((entry) => [entry.question.slug, entry.fields])).toEqual([
      ['earliest', []],
      ['early', ['freshness']],
    ]);
    expect(steps[3]?.questions.map((entry) => [entry.question.slug, entry.fields])).toEqual([['late', ['notes']]]);
  });

  test('a field no question asks goes to the end of the last step', () => {
    const steps = buildSteps([field('volume.recordSizeKb', []), field('freshness', ['q'])], [question('q', 'current-state', 1)]);
    expect(steps[0]?.fields).toEqual(['freshness']);
    expect(steps[3]?.otherFields).toEqual(['volume.recordSizeKb']);
    expect(steps[3]?.fields).toEqual(['volume.recordSizeKb']);
  });
});
