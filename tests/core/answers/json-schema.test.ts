import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, test } from 'vitest';
import { ANSWER_FIELDS } from '../../../src/core/answers/fields';
import { ANSWERS_JSON_SCHEMA_PATH, answersJsonSchema } from '../../../src/core/answers/json-schema';

const committed = path.resolve(import.meta.dirname, '../../..', ANSWERS_JSON_SCHEMA_PATH);

describe('answersJsonSchema', () => {
  test('matches the committed schemas/answers.schema.json (regenerate: npx lakewise answers schema > schemas/answers.schema.json)', () => {
    expect(JSON.parse(readFileSync(committed, 'utf8'))).toEqual(answersJsonSchema());
  });

  test('describes each field with its English label and help', () => {
    const schema = answersJsonSchema() as { properties: Record<string, { properties?: Record<string, { title?: string; description?: string }> }> };
    const dailyIngest = schema.properties.volume!.properties!.dailyIngestGb!;
    expect(dailyIngest.title).toBe(ANSWER_FIELDS['volume.dailyIngestGb'].label.en);
    expect(dailyIngest.description).toBe(ANSWER_FIELDS['volume.dailyIngestGb'].help.en);
  });

  test('gives every volume and count its upper limit', () => {
    const schema = answersJsonSchema() as { properties: Record<string, { properties?: Record<string, { maximum?: number }> }> };
    const maxima = (group: string) => Object.fromEntries(Object.entries(schema.properties[group]!.properties!).map(([name, field]) => [name, field.maximum]));
    expect(maxima('volume')).toEqual({ dailyIngestGb: 10_485_760, retainedHistoryGb: 1_073_741_824, eventsPerSecond: 100_000_000, recordSizeKb: 10_240 });
    expect(maxima('consumers')).toEqual({ kinds: undefined, dashboardUsers: 10_000_000, queriesPerDay: 1_000_000_000, concurrentQueries: 1_000_000 });
  });

  test('forbids fields the format does not know, at every level', () => {
    const schema = answersJsonSchema() as { additionalProperties?: boolean; properties: Record<string, { additionalProperties?: boolean; type?: string }> };
    expect(schema.additionalProperties).toBe(false);
    for (const [name, property] of Object.entries(schema.properties)) {
      if (property.type === 'object') expect(property.additionalProperties, name).toBe(false);
    }
  });
});
