import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { parse as parseYaml } from 'yaml';
import { describeContentPath, type ContentFile, type ContentProblem } from './integrity';

/** Reads every playbook file's frontmatter from `<root>/content`. Node-only edge. */
export async function readContentFiles(root: string): Promise<{ files: ContentFile[]; problems: ContentProblem[] }> {
  const files: ContentFile[] = [];
  const problems: ContentProblem[] = [];
  const contentDir = path.join(root, 'content');
  const entries = await readdir(contentDir, { recursive: true, withFileTypes: true });
  for (const entry of entries) {
    if (!entry.isFile() || !entry.name.endsWith('.mdx')) continue;
    const absolute = path.join(entry.parentPath, entry.name);
    const relative = path.relative(root, absolute).replaceAll('\\', '/');
    if (relative.startsWith('content/training/')) continue;
    const where = describeContentPath(relative);
    if ('problem' in where) {
      problems.push({ path: relative, message: where.problem });
      continue;
    }
    const source = await readFile(absolute, 'utf8');
    const match = /^---\r?\n([\s\S]*?)\r?\n---/.exec(source);
    if (!match) {
      problems.push({ path: relative, message: 'has no frontmatter block' });
      continue;
    }
    try {
      files.push({ ...where, path: relative, data: parseYaml(match[1]!) });
    } catch (error) {
      problems.push({ path: relative, message: `frontmatter is not valid YAML: ${(error as Error).message}` });
    }
  }
  files.sort((a, b) => a.path.localeCompare(b.path));
  return { files, problems };
}
