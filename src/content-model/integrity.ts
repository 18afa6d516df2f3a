import { LOCALES, localeFromPath, type Locale } from '../core/locales';
import { COLLECTION_SCHEMAS, REFERENCE_FIELDS, type CollectionName } from './schemas';
import { formatIssues } from '../core/errors';

/** One playbook file as read from disk: where it is and its parsed frontmatter. */
export interface ContentFile {
  /** Path relative to the project root, for messages. */
  readonly path: string;
  readonly collection: CollectionName;
  readonly locale: Locale;
  readonly slug: string;
  readonly data: unknown;
}

export interface ContentProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * Parses `content/<collection>/<locale-segment>/<slug>.mdx` into its parts, or
 * explains why the path does not fit the layout.
 */
export function describeContentPath(
  relativePath: string,
): { collection: CollectionName; locale: Locale; slug: string } | { problem: string } {
  const match = /^content\/([^/]+)\/([^/]+)\/([^/]+)\.mdx$/.exec(relativePath.replaceAll('\\', '/'));
  if (!match) return { problem: 'expected content/<collection>/<locale>/<slug>.mdx' };
  const [, collection, segment, slug] = match as unknown as [string, string, string, string];
  if (!(collection in COLLECTION_SCHEMAS)) {
    return { problem: `unknown collection "${collection}"; expected one of ${Object.keys(COLLECTION_SCHEMAS).join(', ')}` };
  }
  const locale = localeFromPath(segment);
  if (!locale) return { problem: `unknown locale folder "${segment}"; expected pt-br or en` };
  if (!/^[a-z0-9]+(?:-[a-z0-9]+)*$/.test(slug)) return { problem: `file name "${slug}" is not a kebab-case slug` };
  return { collection: collection as CollectionName, locale, slug };
}

/**
 * Checks the whole playbook at once: every frontmatter matches its schema, every
 * entry has its twin in every locale, and every reference resolves in the same
 * locale. Messages name the file, the field and, for references, the missing file.
 */
export function checkContent(files: readonly ContentFile[]): ContentProblem[] {
  const problems: ContentProblem[] = [];
  const key = (collection: string, locale: Locale, slug: string) => `${collection}/${locale}/${slug}`;
  const present = new Map(files.map((file) => [key(file.collection, file.locale, file.slug), file]));
  const expectedPath = (collection: string, locale: Locale, slug: string) =>
    `content/${collection}/${locale === 'pt-BR' ? 'pt-br' : 'en'}/${slug}.mdx`;

  for (const file of files) {
    const parsed = COLLECTION_SCHEMAS[file.collection].safeParse(file.data);
    if (!parsed.success) {
      problems.push({ path: file.path, message: formatIssues(parsed.error.issues, 'frontmatter') });
      continue;
    }
    for (const locale of LOCALES) {
      if (!present.has(key(file.collection, locale, file.slug))) {
        problems.push({
          path: file.path,
          message: `has no ${locale} twin: expected ${expectedPath(file.collection, locale, file.slug)}`,
        });
      }
    }
    const data = parsed.data as Record<string, unknown>;
    for (const [field, target] of Object.entries(REFERENCE_FIELDS[file.collection])) {
      const value = data[field];
      const slugs = Array.isArray(value) ? value : value === undefined ? [] : [value];
      slugs.forEach((referenced, index) => {
        if (!present.has(key(target!, file.locale, String(referenced)))) {
          problems.push({
            path: file.path,
            message: `${field}[${index}] points at "${referenced}", but ${expectedPath(target!, file.locale, String(referenced))} does not exist`,
          });
        }
      });
    }
  }
  return problems;
}
