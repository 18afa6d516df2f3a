import { beforeAll, describe, expect, test } from 'vitest';
import { readContentFiles } from '../../src/content-model/load-files';
import { checkContent, type ContentFile, type ContentProblem } from '../../src/content-model/integrity';
import { COLLECTION_NAMES, COLLECTION_SCHEMAS, REFERENCE_FIELDS } from '../../src/content-model/schemas';
import { LOCALES } from '../../src/core/locales';
import { PROJECT_ROOT } from '../support/server';

let files: ContentFile[];
let readProblems: ContentProblem[];

beforeAll(async () => {
  ({ files, problems: readProblems } = await readContentFiles(PROJECT_ROOT));
});

describe('the playbook in content/', () => {
  test('every file sits at content/<collection>/<locale>/<slug>.mdx and has frontmatter', () => {
    expect(readProblems).toEqual([]);
  });

  test.each(COLLECTION_NAMES)('%s has entries, each in both locales with the same id', (collection) => {
    const slugs = (locale: (typeof LOCALES)[number]) =>
      files.filter((file) => file.collection === collection && file.locale === locale).map((file) => file.slug).sort();
    expect(slugs('en').length).toBeGreaterThan(0);
    expect(slugs('pt-BR')).toEqual(slugs('en'));
  });

  test('every frontmatter matches its collection schema', () => {
    const invalid = files.flatMap((file) => {
      const parsed = COLLECTION_SCHEMAS[file.collection].safeParse(file.data);
      return parsed.success ? [] : [`${file.path}: ${parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`];
    });
    expect(invalid).toEqual([]);
  });

  test('every reference resolves to an entry of the same locale', () => {
    const present = new Set(files.map((file) => `${file.collection}/${file.locale}/${file.slug}`));
    const broken: string[] = [];
    let checked = 0;
    for (const file of files) {
      for (const [field, target] of Object.entries(REFERENCE_FIELDS[file.collection])) {
        const value = (file.data as Record<string, unknown>)[field];
        for (const slug of Array.isArray(value) ? value : []) {
          checked++;
          if (!present.has(`${target}/${file.locale}/${String(slug)}`)) broken.push(`${file.path}: ${field} → ${target}/${String(slug)}`);
        }
      }
    }
    expect(broken).toEqual([]);
    expect(checked).toBeGreaterThan(0);
  });

  test('the integrity check the build runs finds no problem', () => {
    expect(checkContent(files)).toEqual([]);
  });
});
