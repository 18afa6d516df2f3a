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

  test('forbids fields the format does not know, at every level', () => {
    const schema = answersJsonSchema() as { additionalProperties?: boolean; properties: Record<string, { additionalProperties?: boolean; type?: string }> };
    expect(schema.additionalProperties).toBe(false);
    for (const [name, property] of Object.entries(schema.properties)) {
      if (property.type === 'object') expect(property.additionalProperties, name).toBe(false);
    }
  });
});
