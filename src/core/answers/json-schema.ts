import { z } from '../zod';
import { AnswersSchema } from './schema';

/** Where the published schema lives; answers files may point `$schema` at it. */
export const ANSWERS_JSON_SCHEMA_PATH = 'schemas/answers.schema.json';

/**
 * The answers format as JSON Schema (draft 2020-12), describing what a person may
 * write (defaults optional), for editors and other tools. Committed at
 * {@link ANSWERS_JSON_SCHEMA_PATH}; a test keeps the file equal to this.
 */
export function answersJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(AnswersSchema, { io: 'input', target: 'draft-2020-12' }) as Record<string, unknown>;
}
