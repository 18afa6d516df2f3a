import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { localeFromPath } from '../core/locales';
import type { ContentProblem } from './integrity';
import type { TrainingFile } from './training-integrity';

/** Reads every `content/training/<locale>/<module>.mdx` under `root`. Node-only edge. */
export async function readTrainingFiles(root: string): Promise<{ files: TrainingFile[]; problems: ContentProblem[] }> {
  const files: TrainingFile[] = [];
  const problems: ContentProblem[] = [];
  const base = path.join(root, 'content', 'training');
  for (const segment of (await readdir(base, { withFileTypes: true })).filter((entry) => entry.isDirectory())) {
    const folder = `content/training/${segment.name}`;
    const locale = localeFromPath(segment.name);
    if (!locale) {
      problems.push({ path: folder, message: `unknown locale folder "${segment.name}"; expected pt-br or en` });
      continue;
    }
    for (const name of (await readdir(path.join(base, segment.name))).sort()) {
      const relative = `${folder}/${name}`;
      if (!name.endsWith('.mdx')) {
        problems.push({ path: relative, message: 'is not an .mdx file; training modules are content/training/<locale>/<module>.mdx' });
        continue;
      }
      const source = await readFile(path.join(base, segment.name, name), 'utf8');
      const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
      if (!match) {
        problems.push({ path: relative, message: 'has no frontmatter block' });
        continue;
      }
      try {
        files.push({ path: relative, locale, module: name.slice(0, -'.mdx'.length), data: parseYaml(match[1]!), body: source.slice(match[0].length) });
      } catch (error) {
        problems.push({ path: relative, message: `frontmatter is not valid YAML: ${(error as Error).message}` });
      }
    }
  }
  return { files, problems };
}
