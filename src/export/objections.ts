import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { orderPlaybook } from '../components/data/cross-links';
import { ObjectionSchema } from '../content-model/schemas';
import { formatIssues } from '../core/errors';
import type { ObjectionEntry } from '../core/export/proposal';
import { LOCALE_PATH, type Locale } from '../core/locales';

/**
 * Reads the objection cards of one locale from `content/objections/<locale>/*.mdx`
 * frontmatter, validated by the playbook's own schema and in the playbook's
 * reading order (the order the wizard lists them in). Node-only edge: the CLI and
 * the export endpoint both read the files, so both see the same cards.
 */
export async function readObjectionEntries(projectRoot: string, locale: Locale): Promise<ObjectionEntry[]> {
  const folder = path.join(projectRoot, 'content', 'objections', LOCALE_PATH[locale]);
  let names: string[];
  try {
    names = (await readdir(folder)).filter((name) => name.endsWith('.mdx')).sort();
  } catch (error) {
    throw new Error(`cannot read the objection cards in ${folder} (${(error as NodeJS.ErrnoException).code ?? String(error)}); exports run from the Lakewise project folder`);
  }
  const entries = await Promise.all(
    names.map(async (name) => {
      const file = path.join(folder, name);
      const source = await readFile(file, 'utf8');
      const frontmatter = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source)?.[1];
      if (frontmatter === undefined) throw new Error(`${file}: has no frontmatter block`);
      const parsed = ObjectionSchema.safeParse(parseYaml(frontmatter));
      if (!parsed.success) throw new Error(formatIssues(parsed.error.issues, file));
      return { slug: name.replace(/\.mdx$/, ''), data: parsed.data };
    }),
  );
  const { objections } = orderPlaybook({ discovery: [], personas: [], objections: entries, services: [], journeys: [] });
  return objections.map(({ slug, data }) => ({ slug, title: data.title, objection: data.objection, answer: data.answer, proofPoints: data.proofPoints, services: data.services }));
}
