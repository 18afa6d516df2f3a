import { z } from '../zod';

/**
 * Zod builders whose failures read the same everywhere in the answers format:
 * `expected a number ≥ 0, received "abc"`. Each builder sets one message for
 * every way its field can be wrong (wrong type, too small, too long), so a person
 * sees what to write instead of zod's internal wording.
 */

const MAX_QUOTED = 40;

/** How a rejected value is shown back: strings quoted and shortened, containers named. */
export function describeReceived(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (input === null) return 'null';
  if (typeof input === 'string') {
    const chars = Array.from(input);
    return JSON.stringify(chars.length > MAX_QUOTED ? `${chars.slice(0, MAX_QUOTED).join('')}…` : input);
  }
  if (typeof input === 'number' || typeof input === 'boolean' || typeof input === 'bigint') return String(input);
  if (Array.isArray(input)) return 'a list';
  if (typeof input === 'object') return 'an object';
  return `a ${typeof input}`;
}

interface RawIssue {
  readonly code?: string;
  readonly input?: unknown;
  readonly keys?: readonly string[];
}

export interface QuantityOptions {
  readonly min: number;
  /** True when the lower bound itself is not allowed (a size must be above 0). */
  readonly exclusiveMin?: boolean;
  /** The largest value accepted (see `limits.ts`). */
  readonly max: number;
  readonly integer?: boolean;
}

/**
 * A non-negative count or size; unknown is expressed by leaving it out. A value over the limit
 * gets its own message naming the limit, so `1e308` is not answered with "expected ≥ 0".
 */
export function quantity({ min, exclusiveMin = false, max, integer = false }: QuantityOptions) {
  const kind = integer ? 'a whole number' : 'a number';
  const expected = `expected ${kind} ${exclusiveMin ? '>' : '≥'} ${min}`;
  const error = (issue: RawIssue) => `${expected}, received ${describeReceived(issue.input)}`;
  const tooBig = (issue: RawIssue) => `expected ${kind} ≤ ${max}, received ${describeReceived(issue.input)}`;
  const schema = z.number({ error }).check(exclusiveMin ? z.gt(min, { error }) : z.gte(min, { error }), z.lte(max, { error: tooBig, abort: true }));
  return integer ? schema.check(z.int({ error })) : schema;
}

/** One value out of a closed vocabulary. */
export function choice<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z.enum(values, {
    error: (issue: RawIssue) => `expected one of ${values.join(', ')}, received ${describeReceived(issue.input)}`,
  });
}

/** Any number of values out of a closed vocabulary; an empty list means nobody said. */
export function choices<const Values extends readonly [string, ...string[]]>(values: Values) {
  return z.array(choice(values), {
    error: (issue: RawIssue) => `expected a list of ${values.join(', ')}, received ${describeReceived(issue.input)}`,
  });
}

/** Free text a person typed; blank text is refused so that "unknown" has one spelling (absent). */
export function text(maxLength: number) {
  const error = (issue: RawIssue) => {
    if (typeof issue.input === 'string' && issue.input.trim() !== '') {
      return `expected at most ${maxLength} characters, received ${issue.input.trim().length}`;
    }
    const received = typeof issue.input === 'string' ? 'blank text' : describeReceived(issue.input);
    return `expected a non-empty text (leave the field out when unknown), received ${received}`;
  };
  return z.string({ error }).check(z.trim(), z.minLength(1, { error }), z.maxLength(maxLength, { error }));
}

/** An object that refuses unknown fields and names the ones it knows. */
export function record<const Shape extends z.core.$ZodShape>(shape: Shape) {
  const known = Object.keys(shape).join(', ');
  return z.strictObject(shape, {
    error: (issue: RawIssue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown field${issue.keys && issue.keys.length > 1 ? 's' : ''} ${(issue.keys ?? []).map((key) => JSON.stringify(key)).join(', ')}; known fields: ${known}`
        : `expected an object with fields ${known}, received ${describeReceived(issue.input)}`,
  });
}
