import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { readContentFiles } from '../../src/content-model/load-files';
import type { ContentFile } from '../../src/content-model/integrity';
import { LOCALE_PATH, LOCALES } from '../../src/core/locales';
import { assertBuilt, DIST_CLIENT, PROJECT_ROOT } from '../support/server';

let files: ContentFile[];

beforeAll(async () => {
  assertBuilt();
  ({ files } = await readContentFiles(PROJECT_ROOT));
});

const htmlAt = (pathname: string) => {
  const file = path.join(DIST_CLIENT, pathname, 'index.html');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};

describe('the production build', () => {
  test('has a page per playbook entry per locale, in that locale', () => {
    expect(files.length).toBeGreaterThan(0);
    const problems: string[] = [];
    for (const file of files) {
      const pathname = `/${LOCALE_PATH[file.locale]}/${file.collection}/${file.slug}/`;
      const html = htmlAt(pathname);
      if (html === undefined) problems.push(`${file.path}: no ${pathname}index.html`);
      else if (!html.includes(`<html lang="${file.locale}"`)) problems.push(`${pathname}: <html lang> is not ${file.locale}`);
      else if (!html.includes('data-pagefind-body')) problems.push(`${pathname}: not marked for search`);
    }
    expect(problems).toEqual([]);
  });

  test('has the home, every index and a battlecard per objection family in both locales', () => {
    const families = new Set(files.filter((file) => file.collection === 'objections').map((file) => (file.data as { family: string }).family));
    const expected = LOCALES.flatMap((locale) => {
      const root = `/${LOCALE_PATH[locale]}/`;
      return [
        root,
        ...['discovery', 'personas', 'objections', 'services', 'journeys', 'battlecards', 'how-recommendations-work'].map((section) => `${root}${section}/`),
        ...[...families].map((family) => `${root}battlecards/${family}/`),
      ];
    });
    expect(expected.filter((pathname) => htmlAt(pathname) === undefined)).toEqual([]);
    expect(existsSync(path.join(DIST_CLIENT, 'index.html'))).toBe(true);
  });

  test('has a Pagefind index per language covering every searchable page', () => {
    const entry = JSON.parse(readFileSync(path.join(DIST_CLIENT, 'pagefind/pagefind-entry.json'), 'utf8')) as {
      languages: Record<string, { hash: string; page_count: number }>;
    };
    for (const locale of LOCALES) {
      const language = entry.languages[locale.toLowerCase()];
      expect(language, locale).toBeDefined();
      const entries = files.filter((file) => file.locale === locale).length;
      expect(language!.page_count, locale).toBeGreaterThanOrEqual(entries);
      expect(existsSync(path.join(DIST_CLIENT, `pagefind/pagefind.${language!.hash}.pf_meta`)), locale).toBe(true);
    }
  });
});
