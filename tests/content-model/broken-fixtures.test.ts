import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, test } from 'vitest';
import { checkContent } from '../../src/content-model/integrity';
import { readContentFiles } from '../../src/content-model/load-files';
import { contentIntegrity } from '../../src/integrations/content-integrity';
import { PROJECT_ROOT } from '../support/server';

const FIXTURES = path.join(PROJECT_ROOT, 'tests/fixtures/content-broken');

async function problemsIn(fixture: string): Promise<string[]> {
  const { files, problems } = await readContentFiles(path.join(FIXTURES, fixture));
  return [...problems, ...checkContent(files)].map((problem) => `${problem.path}: ${problem.message}`);
}

/** Runs the build's integration hook against a fixture root, as `astro build` would. */
async function buildHookError(fixture: string): Promise<string | undefined> {
  const hook = contentIntegrity().hooks['astro:config:done'] as unknown as (options: unknown) => Promise<void>;
  const logged: string[] = [];
  const logger = { error: (message: string) => logged.push(message), warn: () => {}, info: () => {} };
  try {
    await hook({ config: { root: pathToFileURL(`${path.join(FIXTURES, fixture)}/`) }, logger });
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

describe('checkContent on fixtures', () => {
  test('accepts a consistent playbook', async () => {
    expect(await problemsIn('consistent')).toEqual([]);
    expect(await buildHookError('consistent')).toBeUndefined();
  });

  test('names the file and the missing twin', async () => {
    expect(await problemsIn('missing-twin')).toMatchInlineSnapshot(`
      [
        "content/services/en/s3.mdx: has no pt-BR twin: expected content/services/pt-br/s3.mdx",
      ]
    `);
  });

  test('names the file, the field and the file a broken reference expects', async () => {
    expect(await problemsIn('broken-reference')).toMatchInlineSnapshot(`
      [
        "content/objections/en/lake-becomes-swamp.mdx: personas[0] points at "data-scientists", but content/personas/en/data-scientists.mdx does not exist",
        "content/objections/pt-br/lake-becomes-swamp.mdx: personas[0] points at "data-scientists", but content/personas/pt-br/data-scientists.mdx does not exist",
      ]
    `);
  });

  test('names the file and every field of a schema error', async () => {
    expect(await problemsIn('schema-error')).toMatchInlineSnapshot(`
      [
        "content/services/pt-br/s3.mdx: frontmatter: layer: Invalid option: expected one of "ingest"|"store"|"process"|"serve"|"analyse"|"govern"|"orchestrate"|"observe"
      frontmatter: pickWhen: Invalid input: expected array, received undefined",
      ]
    `);
  });

  test.each(['missing-twin', 'broken-reference', 'schema-error'])('the build hook fails on %s with the same report', async (fixture) => {
    const message = await buildHookError(fixture);
    expect(message).toBeDefined();
    for (const problem of await problemsIn(fixture)) expect(message).toContain(problem);
  });
});
