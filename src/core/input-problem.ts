import type { z } from './zod';

/**
 * What is wrong with one value a person gave, as a kind and its limits rather than as words.
 * The English `message` of a {@link SchemaIssue} is the CLI's wording; an edge that speaks the
 * user's language (the wizard) words the problem itself from these parameters, so nothing has
 * to parse English and the core gives the same result in the browser and the CLI.
 */
export type InputProblem =
  | { readonly kind: 'not-a-number' }
  | { readonly kind: 'not-whole' }
  | { readonly kind: 'too-small'; readonly min: number; /** False when `min` itself is refused (a size above 0). */ readonly inclusive: boolean }
  | { readonly kind: 'too-large'; readonly max: number }
  | { readonly kind: 'blank' }
  | { readonly kind: 'too-long'; readonly maxLength: number }
  | { readonly kind: 'not-an-option'; readonly options: readonly string[] }
  | { readonly kind: 'not-a-region-code' }
  | { readonly kind: 'none-with-others' }
  | { readonly kind: 'unknown-fields'; readonly keys: readonly string[] }
  | { readonly kind: 'newer-version' }
  | { readonly kind: 'unknown-version' }
  | { readonly kind: 'not-a-rate' }
  | { readonly kind: 'not-a-day' }
  /** A day (YYYY-MM-DD) later than the user's `today`, for something that has already happened. */
  | { readonly kind: 'after-today'; readonly day: string; readonly today: string }
  | { readonly kind: 'not-accepted' };

/** The name of the custom check that keeps "none" alone in a list (`params.problem` of its issue). */
export const NONE_WITH_OTHERS = 'none-with-others';

/**
 * The problem behind one zod issue, read from the issue's code and limits (never its message).
 * Anything zod reports that no kind above describes is `not-accepted`.
 */
export function problemOfZodIssue(issue: z.core.$ZodIssue): InputProblem {
  switch (issue.code) {
    case 'invalid_type':
      if (issue.expected === 'int') return { kind: 'not-whole' };
      if (issue.expected === 'number') return { kind: 'not-a-number' };
      return { kind: 'not-accepted' };
    case 'too_small':
      if (issue.origin === 'string') return { kind: 'blank' };
      return issue.origin === 'number' ? { kind: 'too-small', min: Number(issue.minimum), inclusive: issue.inclusive !== false } : { kind: 'not-accepted' };
    case 'too_big':
      if (issue.origin === 'string') return { kind: 'too-long', maxLength: Number(issue.maximum) };
      return issue.origin === 'number' ? { kind: 'too-large', max: Number(issue.maximum) } : { kind: 'not-accepted' };
    case 'invalid_value':
      return { kind: 'not-an-option', options: issue.values.map(String) };
    case 'unrecognized_keys':
      return { kind: 'unknown-fields', keys: issue.keys };
    case 'custom':
      return issue.params?.problem === NONE_WITH_OTHERS ? { kind: 'none-with-others' } : { kind: 'not-accepted' };
    default:
      return { kind: 'not-accepted' };
  }
}
