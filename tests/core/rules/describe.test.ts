import { describe, expect, test } from 'vitest';
import { LOCALES } from '../../../src/core/locales';
import { describeCondition, describeRules } from '../../../src/core/rules/describe';
import { RULE_EXPLANATIONS } from '../../../src/core/rules/explanations';
import { RULES } from '../../../src/core/rules/table';
import { WARNING_RULES } from '../../../src/core/rules/warnings';

describe('describeRules', () => {
  test('documents every rule and warning, in evaluation order, in each locale', () => {
    for (const locale of LOCALES) {
      const docs = describeRules(locale);
      expect(docs.locale).toBe(locale);
      expect(docs.rules.map((rule) => rule.id)).toEqual(RULES.map((rule) => rule.id));
      expect(docs.warnings.map((warning) => warning.id)).toEqual(WARNING_RULES.map((warning) => warning.id));
      for (const rule of docs.rules) {
        expect(rule.condition).not.toBe('');
        expect(rule.rationale).toBe(RULE_EXPLANATIONS[locale].rationale[rule.id]);
      }
    }
  });

  test('links each citation and service to its page in the same locale', () => {
    const rule = describeRules('pt-BR').rules.find((candidate) => candidate.id === 'ingest.kafka-continuity')!;
    expect(rule.replaces).toEqual([
      { serviceId: 'msk', name: 'Amazon Managed Streaming for Apache Kafka (MSK)', role: 'Buffer do fluxo de eventos', href: '/pt-br/services/msk/' },
    ]);
    expect(rule.alternatives.map((alternative) => [alternative.serviceId, alternative.href])).toEqual([['kinesis-data-streams', '/pt-br/services/kinesis-data-streams/']]);
    expect(rule.citations.map((citation) => citation.href)).toEqual([
      '/pt-br/services/msk/',
      '/pt-br/objections/kinesis-locks-us-in/',
      '/pt-br/objections/avoid-vendor-lock-in/',
      '/pt-br/journeys/streaming-analytics/',
    ]);
  });

  test('puts conditions into words, quoting labels and grouping so "and" and "or" never blur', () => {
    const rule = (id: string) => RULES.find((candidate) => candidate.id === id)!.when;
    expect(describeCondition(rule('process.spark-cluster'), 'en')).toMatchInlineSnapshot(
      `"“Existing data platforms” includes “Hadoop or Spark clusters” or ((“Team skills” includes “Apache Spark” or “Team preference” is “Open source and portability”) and “New data per day” is at least 2,000 GB)"`,
    );
    expect(describeCondition(rule('ingest.database-cdc'), 'pt-BR')).toMatchInlineSnapshot(
      `"“Fontes de dados” inclui “Bancos de dados relacionais” e “Atualização necessária” é um de “Tempo real (segundos)”, “Quase tempo real (minutos)”, “De hora em hora”"`,
    );
    expect(describeCondition(rule('analyse.lake-sql'), 'en')).toMatchInlineSnapshot(
      `"not (the architecture already has: Data warehouse) and (“Data consumers” includes any of “BI dashboards”, “Ad-hoc SQL”, “Data science and ML” or “Data consumers” was not answered)"`,
    );
    expect(describeCondition({ field: 'volume.eventsPerSecond', below: 1000 }, 'pt-BR')).toMatchInlineSnapshot(`"“Pico de eventos por segundo” é menor que 1.000 eventos/s"`);
  });

  test('describes a custom table the same way, so the page can document exactly what the engine runs', () => {
    const docs = describeRules('en', [RULES[0]!], []);
    expect(docs.rules).toHaveLength(1);
    expect(docs.rules[0]).toMatchObject({
      id: 'store.bronze-zone',
      condition: 'always',
      adds: [{ serviceId: 's3', role: 'Bronze zone, raw data', href: '/en/services/s3/' }],
    });
    expect(docs.warnings).toEqual([]);
  });

  test('names the fields each warning is about', () => {
    const warning = describeRules('en').warnings.find((candidate) => candidate.id === 'event-rate-unknown')!;
    expect(warning.fields).toEqual(['Peak events per second']);
    expect(warning.condition).toBe('the architecture already has: Event stream buffer and “Peak events per second” was not answered');
  });
});
