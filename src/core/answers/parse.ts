import type { z } from '../zod';
import { InputError, formatIssues, type SchemaIssue } from '../errors';
import { problemOfZodIssue, type InputProblem } from '../input-problem';
import { describeReceived } from './field-schemas';
import { AnswersSchema, CURRENT_ANSWERS_VERSION, type Answers } from './schema';
import { AnswersV1Schema, migrateV1ToV2 } from './v1';

/**
 * One step forward in the answers format: the schema of the old version, and the
 * function that turns a valid old file into the next version's input.
 */
interface AnswersMigration {
  readonly from: number;
  readonly schema: z.ZodMiniType;
  readonly migrate: (valid: never) => unknown;
}

/** Every version this build can read, oldest first; the last step ends at the current version. */
const MIGRATIONS: readonly AnswersMigration[] = [{ from: 1, schema: AnswersV1Schema, migrate: migrateV1ToV2 }];

export const READABLE_ANSWERS_VERSIONS: readonly number[] = [...MIGRATIONS.map((step) => step.from), CURRENT_ANSWERS_VERSION];

export type ParseAnswersResult =
  | { readonly ok: true; readonly answers: Answers; /** Version the input was written in, when older than current. */ readonly migratedFrom?: number }
  | { readonly ok: false; readonly error: InputError };

/** A zod issue of the answers schema, with its problem; the region code is the only pattern in answers. */
export function answerIssue(issue: z.core.$ZodIssue): SchemaIssue {
  const problem: InputProblem = issue.code === 'invalid_format' ? { kind: 'not-a-region-code' } : problemOfZodIssue(issue);
  return { path: issue.path, message: issue.message, code: issue.code, problem };
}

function toSchemaIssues(issues: readonly z.core.$ZodIssue[]): SchemaIssue[] {
  return issues.map(answerIssue);
}

function failure(issues: readonly SchemaIssue[], source: string): ParseAnswersResult {
  return { ok: false, error: new InputError(formatIssues(issues, source), issues) };
}

function versionIssue(version: unknown): SchemaIssue | undefined {
  const readable = READABLE_ANSWERS_VERSIONS.join(', ');
  const issue = (message: string, problem: InputProblem): SchemaIssue => ({ path: ['schemaVersion'], message, problem });
  if (version === undefined) {
    return issue(`missing; expected ${CURRENT_ANSWERS_VERSION} (the current version) or an older one this build reads: ${readable}`, { kind: 'unknown-version' });
  }
  if (typeof version !== 'number' || !Number.isInteger(version)) {
    return issue(`expected a whole number (${readable}), received ${describeReceived(version)}`, { kind: 'unknown-version' });
  }
  if (version > CURRENT_ANSWERS_VERSION) {
    return issue(
      `version ${version} is newer than this Lakewise reads (up to ${CURRENT_ANSWERS_VERSION}); update Lakewise, or save the answers again with the version that wrote them`,
      { kind: 'newer-version' },
    );
  }
  if (!READABLE_ANSWERS_VERSIONS.includes(version)) return issue(`unknown version ${version}; this Lakewise reads versions ${readable}`, { kind: 'unknown-version' });
  return undefined;
}

/**
 * Reads answers from anything (a parsed JSON file, a share-link payload, store
 * state): checks the version, migrates older versions forward, validates, and
 * returns either normalised answers or an {@link InputError} whose message names
 * every wrong field (`answers.json: volume.dailyIngestGb: expected a number ≥ 0,
 * received "abc"`). It never throws.
 *
 * @param source what was read, for messages (a file name, "share link").
 */
export function parseAnswers(input: unknown, source = 'answers'): ParseAnswersResult {
  try {
    if (typeof input !== 'object' || input === null || Array.isArray(input)) {
      const message = `expected an object with schemaVersion ${CURRENT_ANSWERS_VERSION}, received ${describeReceived(input)}`;
      return failure([{ path: [], message, problem: { kind: 'not-accepted' } }], source);
    }
    const version: unknown = (input as { schemaVersion?: unknown }).schemaVersion;
    const wrongVersion = versionIssue(version);
    if (wrongVersion !== undefined) return failure([wrongVersion], source);

    let current: unknown = input;
    for (const step of MIGRATIONS) {
      if ((current as { schemaVersion: number }).schemaVersion !== step.from) continue;
      const old = step.schema.safeParse(current);
      if (!old.success) return failure(toSchemaIssues(old.error.issues), `${source} (schemaVersion ${step.from})`);
      current = step.migrate(old.data as never);
    }

    const parsed = AnswersSchema.safeParse(current);
    if (!parsed.success) return failure(toSchemaIssues(parsed.error.issues), source);
    return version === CURRENT_ANSWERS_VERSION ? { ok: true, answers: parsed.data } : { ok: true, answers: parsed.data, migratedFrom: version as number };
  } catch (error) {
    return failure([{ path: [], message: `could not be read: ${error instanceof Error ? error.message : String(error)}`, problem: { kind: 'not-accepted' } }], source);
  }
}

/** {@link parseAnswers} for edges that report errors by throwing (CLI commands). */
export function parseAnswersOrThrow(input: unknown, source = 'answers'): Answers {
  const result = parseAnswers(input, source);
  if (!result.ok) throw result.error;
  return result.answers;
}
