import type { AstroIntegration } from 'astro';
import { fileURLToPath } from 'node:url';
import { checkContent } from '../content-model/integrity';
import { readContentFiles } from '../content-model/load-files';

/**
 * Fails `astro build` (and warns in dev) when a playbook entry lacks its twin in
 * the other locale or references an entry that does not exist. Astro validates
 * each file's schema itself; this adds the checks that need every file at once.
 */
export function contentIntegrity(): AstroIntegration {
  return {
    name: 'lakewise:content-integrity',
    hooks: {
      'astro:config:done': async ({ config, logger }) => {
        const root = fileURLToPath(config.root);
        const { files, problems } = await readContentFiles(root);
        const all = [...problems, ...checkContent(files)];
        if (all.length === 0) return;
        const report = all.map((problem) => `${problem.path}: ${problem.message}`).join('\n');
        logger.error(`playbook content has ${all.length} problem(s):\n${report}`);
        throw new Error(`Playbook content is inconsistent:\n${report}`);
      },
    },
  };
}
