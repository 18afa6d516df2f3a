import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { ANSWER_FIELD_IDS } from '../../../src/core/answers/field-ids';
import { ANSWER_FIELDS } from '../../../src/core/answers/fields';
import { AnswersSchema } from '../../../src/core/answers/schema';
import { readContentFiles } from '../../../src/content-model/load-files';
import type { ContentFile } from '../../../src/content-model/integrity';
import { LOCALES } from '../../../src/core/locales';

const root = path.resolve(import.meta.dirname, '../../..');
let discovery: ContentFile[] = [];

beforeAll(async () => {
  discovery = (await readContentFiles(root)).files.filter((file) => file.collection === 'discovery');
});

/** Walks the schema shape along a dotted field id; undefined when the path does not exist. */
function schemaAt(fieldId: string): unknown {
  let current: unknown = AnswersSchema;
  for (const key of fieldId.split('.')) {
    let schema = current as { def?: { innerType?: unknown; type?: string }; shape?: Record<string, unknown> };
    while (schema.def?.innerType !== undefined && schema.shape === undefined) schema = schema.def.innerType as typeof schema;
    current = schema.shape?.[key];
    if (current === undefined) return undefined;
  }
  return current;
}

describe('answer fields', () => {
  test('every field id names a field of the answers schema', () => {
    for (const id of ANSWER_FIELD_IDS) expect(schemaAt(id), id).toBeDefined();
  });

  test('every field has a label and help text in both locales', () => {
    for (const id of ANSWER_FIELD_IDS) {
      const field = ANSWER_FIELDS[id];
      expect(field.id).toBe(id);
      for (const locale of LOCALES) {
        expect(field.label[locale].trim(), `${id} label ${locale}`).not.toBe('');
        expect(field.help[locale].trim(), `${id} help ${locale}`).not.toBe('');
      }
    }
  });

  test('choice fields label exactly the values the schema allows', () => {
    for (const id of ANSWER_FIELD_IDS) {
      const field = ANSWER_FIELDS[id];
      if (field.input !== 'choice' && field.input !== 'choices') continue;
      const allowed = enumValues(schemaAt(id));
      expect(Object.keys(field.options ?? {}).sort(), id).toEqual([...allowed].sort());
    }
  });

  test('askedBy lists exactly the discovery questions whose feeds name the field, in every locale', () => {
    expect(discovery.length).toBeGreaterThan(0);
    for (const locale of LOCALES) {
      const questions = discovery.filter((file) => file.locale === locale);
      for (const id of ANSWER_FIELD_IDS) {
        const feeding = questions
          .filter((file) => ((file.data as { feeds?: string[] }).feeds ?? []).includes(id))
          .map((file) => file.slug)
          .sort();
        expect([...ANSWER_FIELDS[id].askedBy].sort(), `${id} (${locale})`).toEqual(feeding);
      }
    }
  });

  test('every askedBy slug is a discovery question in every locale', () => {
    for (const id of ANSWER_FIELD_IDS) {
      for (const slug of ANSWER_FIELDS[id].askedBy) {
        for (const locale of LOCALES) {
          expect(
            discovery.some((file) => file.slug === slug && file.locale === locale),
            `${id} askedBy ${slug} missing in ${locale}`,
          ).toBe(true);
        }
      }
    }
  });
});

/** The allowed values behind a choice or list-of-choices schema, unwrapping optional/default/array. */
function enumValues(schema: unknown): readonly string[] {
  let current = schema as { def?: { innerType?: unknown; element?: unknown; in?: unknown; type?: string }; options?: readonly string[] };
  for (let depth = 0; depth < 10; depth += 1) {
    if (current.options) return current.options;
    const next = current.def?.innerType ?? current.def?.element ?? current.def?.in;
    if (next === undefined) break;
    current = next as typeof current;
  }
  throw new Error('not a choice schema');
}
