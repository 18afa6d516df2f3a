import { describe, expect, test } from 'vitest';
import { parseAnswersOrThrow } from '../../../src/core/answers/parse';
import type { AnswersInput } from '../../../src/core/answers/schema';
import type { ArchitectureModel } from '../../../src/core/architecture/model';
import { recommend } from '../../../src/core/architecture/recommend';
import { componentRationale } from '../../../src/core/rules/explain';
import type { Rule } from '../../../src/core/rules/types';

const answers = (input: Omit<AnswersInput, 'schemaVersion'> = {}) => parseAnswersOrThrow({ schemaVersion: 2, ...input });
const ids = (model: ArchitectureModel) => model.components.map((component) => component.id);
const component = (model: ArchitectureModel, id: string) => model.components.find((candidate) => candidate.id === id);
const text = (en: string) => ({ en, 'pt-BR': `${en} (pt)` });

describe('recommend engine semantics', () => {
  const lake: Rule = { id: 'test.lake', when: { always: true }, add: [{ role: 'bronze-zone', service: 's3' }], cites: [] };

  test('gives S3 zones their zone ids and every other service its own id', () => {
    const model = recommend(answers(), {
      rules: [lake, { id: 'test.etl', when: { always: true }, add: [{ role: 'batch-etl', service: 'glue' }], cites: [] }],
      warnings: [],
    });
    expect(ids(model)).toEqual(['s3-bronze', 'glue']);
    expect(component(model, 's3-bronze')).toMatchObject({ serviceId: 's3', role: 'bronze-zone', layer: 'store' });
  });

  test('a second rule filling the same role adds its rationale and rule id, not a second component', () => {
    const again: Rule = { id: 'test.again', when: { always: true }, add: [{ role: 'bronze-zone', service: 's3' }], cites: [{ collection: 'journeys', id: 'data-lake' }] };
    const model = recommend(answers(), { rules: [lake, again], warnings: [] });
    expect(model.components).toHaveLength(1);
    expect(component(model, 's3-bronze')).toMatchObject({
      ruleIds: ['test.lake', 'test.again'],
      citations: [{ collection: 'journeys', id: 'data-lake' }],
    });
    const book = { rationale: { 'test.lake': 'Lake.', 'test.again': 'Again.' }, alternatives: {}, warnings: {} };
    expect(componentRationale(component(model, 's3-bronze')!, book)).toBe('Lake. Again.');
  });

  test('a service taking a second role stays one component labelled with both roles', () => {
    const model = recommend(answers(), {
      rules: [
        { id: 'test.extract', when: { always: true }, add: [{ role: 'api-extract', service: 'lambda' }], cites: [] },
        { id: 'test.stream', when: { always: true }, add: [{ role: 'stream-processing', service: 'lambda' }], cites: [] },
      ],
      warnings: [],
    });
    expect(model.components).toHaveLength(1);
    expect(component(model, 'lambda')).toMatchObject({ role: 'api-extract', roleLabel: { en: 'SaaS API extraction · Real-time processing' } });
  });

  test('replace moves only the replaced role and drops the alternatives recorded for it', () => {
    const model = recommend(answers(), {
      rules: [
        { id: 'test.extract', when: { always: true }, add: [{ role: 'api-extract', service: 'lambda' }], cites: [] },
        {
          id: 'test.stream',
          when: { always: true },
          add: [{ role: 'stream-processing', service: 'lambda' }],
          alternatives: [{ role: 'stream-processing', lost: 'managed-flink' }],
         
          cites: [],
        },
        {
          id: 'test.flink',
          when: { has: 'stream-processing' },
          replace: [{ role: 'stream-processing', service: 'managed-flink' }],
          alternatives: [{ role: 'stream-processing', lost: 'lambda' }],
         
          cites: [],
        },
      ],
      warnings: [],
    });
    expect(ids(model)).toEqual(['lambda', 'managed-flink']);
    expect(component(model, 'lambda')).toMatchObject({ role: 'api-extract', ruleIds: ['test.extract'] });
    expect(component(model, 'managed-flink')).toMatchObject({ role: 'stream-processing', ruleIds: ['test.flink'] });
    expect(model.alternatives).toEqual([{ chosen: 'managed-flink', serviceId: 'lambda', ruleId: 'test.flink' }]);
  });

  test('edges join filled roles only, skip self-loops, check their own condition at the end, and take the last label for a pair', () => {
    const model = recommend(answers({ freshness: 'hourly' }), {
      rules: [
        {
          id: 'test.parts',
          when: { always: true },
          add: [
            { role: 'bronze-zone', service: 's3' },
            { role: 'batch-etl', service: 'glue' },
          ],
          edges: [
            { from: 'bronze-zone', to: 'batch-etl', flow: text('first label') },
            { from: 'batch-etl', to: 'warehouse', flow: text('no warehouse') },
            { from: 'batch-etl', to: 'monitoring', flow: text('conditional'), when: { field: 'freshness', in: ['daily-batch'] } },
          ],
         
          cites: [],
        },
        { id: 'test.relabel', when: { always: true }, uses: ['bronze-zone'], edges: [{ from: 'bronze-zone', to: 'batch-etl', flow: text('second label') }], cites: [] },
        { id: 'test.monitor', when: { always: true }, add: [{ role: 'monitoring', service: 'cloudwatch' }], cites: [] },
      ],
      warnings: [],
    });
    expect(model.edges).toEqual([{ from: 's3-bronze', to: 'glue', flow: text('second label') }]);
  });

  test('lists fired rules in evaluation order and raises only the warnings whose condition holds', () => {
    const model = recommend(answers({ freshness: 'hourly' }), {
      rules: [lake, { id: 'test.never', when: { any: [] }, add: [{ role: 'batch-etl', service: 'glue' }], cites: [] }],
      warnings: [
        { id: 'hourly', when: { field: 'freshness', in: ['hourly'] }, fields: ['freshness'] },
        { id: 'daily', when: { field: 'freshness', in: ['daily-batch'] }, fields: ['freshness'] },
      ],
    });
    expect(model.firedRules).toEqual(['test.lake']);
    expect(model.warnings).toEqual([{ id: 'hourly', fields: ['freshness'] }]);
  });
});

describe('recommend decisions', () => {
  const streaming = { sources: { kinds: ['event-streams' as const] }, freshness: 'realtime-seconds' as const };

  test('chooses Kinesis Data Streams without Kafka, and MSK when Kafka runs today', () => {
    const kinesis = recommend(answers(streaming));
    expect(ids(kinesis)).toContain('kinesis-data-streams');
    expect(ids(kinesis)).not.toContain('msk');
    expect(kinesis.alternatives).toContainEqual(expect.objectContaining({ chosen: 'kinesis-data-streams', serviceId: 'msk' }));

    const msk = recommend(answers({ ...streaming, estate: { existing: ['kafka'] } }));
    expect(ids(msk)).toContain('msk');
    expect(ids(msk)).not.toContain('kinesis-data-streams');
    expect(msk.alternatives).toContainEqual(expect.objectContaining({ chosen: 'msk', serviceId: 'kinesis-data-streams', ruleId: 'ingest.kafka-continuity' }));
    expect(msk.alternatives.some((alternative) => alternative.serviceId === 'msk')).toBe(false);
    expect(msk.edges).toContainEqual(expect.objectContaining({ from: 'msk', to: 'data-firehose' }));
  });

  test('serves SQL with Athena below the warehouse thresholds and with Redshift plus Spectrum at them', () => {
    const athena = recommend(answers({ consumers: { kinds: ['bi-dashboards'], concurrentQueries: 19, dashboardUsers: 249, queriesPerDay: 9_999 } }));
    expect(ids(athena)).toEqual(expect.arrayContaining(['athena', 'quicksight']));
    expect(ids(athena)).not.toContain('redshift');
    expect(athena.edges).toContainEqual(expect.objectContaining({ from: 'athena', to: 'quicksight' }));

    const redshift = recommend(answers({ consumers: { kinds: ['bi-dashboards'], concurrentQueries: 20 } }));
    expect(ids(redshift)).toEqual(expect.arrayContaining(['redshift', 'redshift-spectrum', 'quicksight']));
    expect(ids(redshift)).not.toContain('athena');
    expect(redshift.alternatives).toContainEqual(expect.objectContaining({ chosen: 'redshift', serviceId: 'athena' }));
    expect(redshift.edges).toContainEqual(expect.objectContaining({ from: 'redshift', to: 'quicksight' }));
  });

  test('runs Spark on EMR for a Hadoop estate or a Spark team at scale, and on Glue otherwise', () => {
    expect(ids(recommend(answers({ estate: { existing: ['hadoop-spark'] } })))).toContain('emr');
    expect(ids(recommend(answers({ team: { skills: ['spark'] }, volume: { dailyIngestGb: 2000 } })))).toContain('emr');
    const glue = recommend(answers({ team: { skills: ['spark'] }, volume: { dailyIngestGb: 1999 } }));
    expect(ids(glue)).toContain('glue');
    expect(ids(glue)).not.toContain('emr');
    const emr = recommend(answers({ estate: { existing: ['hadoop-spark'] } }));
    expect(ids(emr)).not.toContain('glue');
    expect(emr.edges).toContainEqual(expect.objectContaining({ from: 'step-functions', to: 'emr' }));
  });

  test('serves applications from DynamoDB by key, or from OpenSearch when they search logs', () => {
    const apps = { consumers: { kinds: ['operational-apps' as const] } };
    const dynamo = recommend(answers({ ...apps, sources: { kinds: ['relational-databases'] } }));
    expect(ids(dynamo)).toContain('dynamodb');
    expect(dynamo.alternatives).toContainEqual(expect.objectContaining({ chosen: 'dynamodb', serviceId: 'opensearch' }));
    const search = recommend(answers({ ...apps, sources: { kinds: ['logs'] } }));
    expect(ids(search)).toContain('opensearch');
    expect(ids(search)).not.toContain('dynamodb');
    expect(search.edges).toContainEqual(expect.objectContaining({ from: 'data-firehose', to: 'opensearch' }));
  });

  test('processes streams with Lambda at modest rates and with Managed Flink from the threshold', () => {
    const lambda = recommend(answers({ ...streaming, volume: { eventsPerSecond: 999 } }));
    expect(component(lambda, 'lambda')?.role).toBe('stream-processing');
    const flink = recommend(answers({ ...streaming, volume: { eventsPerSecond: 1000 } }));
    expect(ids(flink)).toContain('managed-flink');
    expect(ids(flink)).not.toContain('lambda');
  });

  test('wires batch and speed layers into one serving table when both exist', () => {
    const model = recommend(
      answers({ sources: { kinds: ['relational-databases', 'event-streams'] }, freshness: 'realtime-seconds', consumers: { kinds: ['operational-apps'] }, volume: { eventsPerSecond: 100 } }),
    );
    expect(model.firedRules).toContain('serve.batch-and-speed-layers');
    expect(model.edges).toContainEqual({ from: 'glue', to: 'dynamodb', flow: expect.objectContaining({ en: 'batch views, recomputed on schedule' }) });
    expect(model.edges).toContainEqual({ from: 'lambda', to: 'dynamodb', flow: expect.objectContaining({ en: 'real-time increments (speed layer)' }) });
  });

  test('adds Lake Formation, Macie and PII masking for personal data', () => {
    const model = recommend(answers({ governance: { needs: ['pii'] } }));
    expect(ids(model)).toEqual(expect.arrayContaining(['lake-formation', 'macie']));
    expect(component(model, 'glue')?.ruleIds).toContain('govern.pii-masking');
    expect(model.warnings.map((warning) => warning.id)).toContain('pii-without-access-rules');
  });

  test('orchestrates and monitors the scheduled pipeline', () => {
    const model = recommend(answers());
    expect(ids(model)).toEqual(expect.arrayContaining(['step-functions', 'eventbridge', 'cloudwatch']));
    expect(model.edges).toContainEqual(expect.objectContaining({ from: 'eventbridge', to: 'step-functions' }));
    expect(model.edges).toContainEqual(expect.objectContaining({ from: 'glue', to: 'cloudwatch' }));
  });

  test('warns about what it had to assume when answers are missing', () => {
    expect(recommend(answers()).warnings.map((warning) => warning.id)).toEqual(['freshness-unknown', 'sources-unknown', 'consumers-unknown', 'volume-unknown', 'region-unknown']);
    const streams = recommend(answers({ sources: { kinds: ['iot'] }, consumers: { kinds: ['operational-apps'] } }));
    expect(streams.warnings.map((warning) => warning.id)).toEqual(expect.arrayContaining(['streaming-without-freshness', 'event-rate-unknown']));
    const realtime = recommend(answers({ sources: { kinds: ['relational-databases'] }, freshness: 'realtime-seconds' }));
    expect(realtime.warnings.map((warning) => warning.id)).toContain('realtime-without-streams');
    expect(ids(realtime)).toContain('dms');
  });

  test('fills the sizing inputs from the answers and the plan', () => {
    const model = recommend(
      answers({
        opportunity: { region: 'sa-east-1' },
        volume: { dailyIngestGb: 40, retainedHistoryGb: 12_000, eventsPerSecond: 10, recordSizeKb: 2 },
        freshness: 'near-real-time-minutes',
        consumers: { kinds: ['bi-dashboards'], dashboardUsers: 30, queriesPerDay: 500, concurrentQueries: 4 },
      }),
    );
    expect(model.sizing).toEqual({
      dailyIngestGb: 40,
      retainedHistoryGb: 12_000,
      eventsPerSecond: 10,
      recordSizeKb: 2,
      queriesPerDay: 500,
      concurrentQueries: 4,
      dashboardReaders: 30,
      etlRunsPerDay: 96,
      rawArchiveAfterDays: 90,
      region: 'sa-east-1',
    });
    expect(recommend(answers()).sizing).toEqual({ etlRunsPerDay: 1 });
  });
});
