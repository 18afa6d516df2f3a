import { z } from '../zod';
import { formatIssues, InputError, type SchemaIssue } from '../errors';

/** `{name}` placeholders in a UI string, sorted and deduplicated. */
export function placeholdersOf(text: string): string[] {
  return [...new Set([...text.matchAll(/\{([A-Za-z][A-Za-z0-9]*)\}/g)].map((match) => match[1]!))].sort();
}

/**
 * Builds the strict schema every locale's dictionary must satisfy: exactly the keys of
 * the reference (English) dictionary, each a non-empty string using the same
 * placeholders, so a translation can neither drop nor invent a `{count}`.
 */
export function dictionarySchemaFor<Key extends string>(reference: Record<Key, string>) {
  const shape = Object.fromEntries(
    Object.entries<string>(reference).map(([key, text]) => {
      const expected = placeholdersOf(text);
      return [
        key,
        z.string({ error: (issue) => (issue.input === undefined ? 'missing key' : 'expected a string') }).check(
          z.trim(),
          z.minLength(1, 'must not be empty'),
          z.refine((value) => placeholdersOf(value).join(',') === expected.join(','), {
            message: `expected placeholders {${expected.join('}, {')}}`.replace('{}', 'none'),
          }),
        ),
      ];
    }),
  ) as unknown as Record<Key, z.ZodMiniType<string>>;
  return z.strictObject(shape);
}

/**
 * Parses each locale's dictionary against the reference's keys and placeholders.
 * Throws one InputError naming every locale, key and problem at once.
 */
export function parseDictionaries<Key extends string, Locale extends string>(
  reference: Record<Key, string>,
  dictionaries: Record<Locale, unknown>,
): Record<Locale, Record<Key, string>> {
  const schema = dictionarySchemaFor(reference);
  const parsed = {} as Record<Locale, Record<Key, string>>;
  const messages: string[] = [];
  const issues: SchemaIssue[] = [];
  for (const [locale, dictionary] of Object.entries(dictionaries) as [Locale, unknown][]) {
    const result = schema.safeParse(dictionary);
    if (result.success) {
      parsed[locale] = result.data as Record<Key, string>;
    } else {
      // Dotted keys would read as nested paths, so each key is quoted as one segment.
      const quoted = result.error.issues.map((issue) => ({
        ...issue,
        path: issue.path.map((segment) => (typeof segment === 'string' ? `"${segment}"` : segment)),
      }));
      messages.push(formatIssues(quoted, `UI dictionary ${locale}`));
      issues.push(...quoted);
    }
  }
  if (messages.length > 0) throw new InputError(messages.join('\n'), issues);
  return parsed;
}

/** Replaces `{name}` placeholders; a placeholder without a value is an error, not blank text. */
export function interpolate(text: string, params: Readonly<Record<string, string | number>> = {}, key = text): string {
  return text.replace(/\{([A-Za-z][A-Za-z0-9]*)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new InputError(`UI string "${key}" needs a value for {${name}}`);
    return String(value);
  });
}
