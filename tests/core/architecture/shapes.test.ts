import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { parseAnswersOrThrow } from '../../../src/core/answers/parse';
import { architectureToMarkdown } from '../../../src/core/architecture/markdown';
import { recommend } from '../../../src/core/architecture/recommend';
import { toMermaid } from '../../../src/core/diagram/mermaid';
import type { ServiceId } from '../../../src/core/catalog/services';

const fixtures = path.resolve(import.meta.dirname, '../../fixtures/answers');
const golden = path.resolve(import.meta.dirname, '../../golden');

/** What an AWS data architect expects to see for each customer shape, and what must not be there. */
const EXPECTED: Record<string, { present: readonly string[]; absent?: readonly ServiceId[] }> = {
  'batch-data-lake': { present: ['s3-bronze', 's3-silver', 's3-gold', 'glue', 'glue-data-catalog', 'athena', 'quicksight', 'step-functions', 'eventbridge', 'cloudwatch'], absent: ['redshift', 'emr', 'kinesis-data-streams'] },
  'dw-modernisation': { present: ['schema-conversion-tool', 'dms', 'redshift', 'redshift-spectrum', 'quicksight', 's3-gold'], absent: ['athena'] },
  'realtime-streaming': { present: ['kinesis-data-streams', 'data-firehose', 'managed-flink', 'dynamodb', 's3-bronze'], absent: ['msk', 'lambda'] },
  'kafka-streaming': { present: ['msk', 'data-firehose', 'managed-flink', 'dynamodb'], absent: ['kinesis-data-streams'] },
  'lambda-architecture': { present: ['dms', 'kinesis-data-streams', 'lambda', 'glue', 'dynamodb', 'athena', 'quicksight'], absent: ['managed-flink'] },
  'governed-lake': { present: ['lake-formation', 'macie', 's3-glacier', 'snowball', 'athena'], absent: ['redshift'] },
  'ml-on-curated-data': { present: ['sagemaker', 's3-gold', 'athena', 'lake-formation', 'data-exchange'] },
  'hadoop-migration': { present: ['emr', 'snowball', 'direct-connect', 'glue-data-catalog', 'athena', 'sagemaker'], absent: ['glue'] },
  'operational-serving': { present: ['opensearch', 'data-firehose', 'kinesis-data-streams', 'dms'], absent: ['dynamodb'] },
};

const shapes = readdirSync(fixtures)
  .filter((file) => file.endsWith('.json'))
  .map((file) => file.replace(/\.json$/, ''))
  .sort();

function build(shape: string) {
  const answers = parseAnswersOrThrow(JSON.parse(readFileSync(path.join(fixtures, `${shape}.json`), 'utf8')), `${shape}.json`);
  return { answers, model: recommend(answers) };
}

describe('customer shapes', () => {
  test('every fixture has expectations and every expectation a fixture', () => {
    expect(shapes).toEqual(Object.keys(EXPECTED).sort());
  });

  test.each(shapes)('%s: the architecture has the services an architect would defend', (shape) => {
    const { model } = build(shape);
    const present = model.components.map((component) => component.id);
    expect(present).toEqual(expect.arrayContaining([...EXPECTED[shape]!.present]));
    for (const absent of EXPECTED[shape]!.absent ?? []) expect(present, `${shape} must not use ${absent}`).not.toContain(absent);
  });

  test.each(shapes)('%s: architecture, diagrams and report match the golden files', async (shape) => {
    const { answers, model } = build(shape);
    const name = answers.opportunity.customerName;
    await expect(`${JSON.stringify(model, null, 2)}\n`).toMatchFileSnapshot(path.join(golden, shape, 'architecture.json'));
    for (const locale of ['en', 'pt-BR'] as const) {
      await expect(toMermaid(model, { locale, customerName: name }).text).toMatchFileSnapshot(path.join(golden, shape, `diagram.${locale}.mmd`));
    }
    const diagram = toMermaid(model, { locale: answers.locale, customerName: name }).text;
    const report = architectureToMarkdown(model, { locale: answers.locale, customerName: name, industry: answers.opportunity.industry, region: answers.opportunity.region, mermaid: diagram });
    await expect(report).toMatchFileSnapshot(path.join(golden, shape, `recommendation.${answers.locale}.md`));
  });

  test('every shape gives a distinct architecture', () => {
    const signatures = shapes.map((shape) => build(shape).model.components.map((component) => component.id).sort().join(' '));
    expect(new Set(signatures).size).toBe(shapes.length);
  });

  test('scheduled pipelines are orchestrated and watched in every shape', () => {
    for (const shape of shapes) {
      const ids = build(shape).model.components.map((component) => component.id);
      expect(ids, shape).toEqual(expect.arrayContaining(['step-functions', 'eventbridge', 'cloudwatch']));
    }
  });
});
