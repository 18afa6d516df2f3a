import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';
import * as lambda from 'aws-cdk-lib/aws-lambda';

const HERE = dirname(fileURLToPath(import.meta.url));

/** Lambda handlers shipped by the app, by file under `src/infra/runtime/`. */
export const RUNTIME_ENTRIES = {
  'sample-data-generator': 'sample-data-generator.ts',
  'stream-to-bronze': 'stream-to-bronze.ts',
} as const;
export type RuntimeEntry = keyof typeof RUNTIME_ENTRIES;

const built = new Map<RuntimeEntry, string>();

/**
 * Bundles a runtime handler (and the repo modules it imports, such as the sample-data
 * generator) into one ES module at synth time. The AWS SDK stays external: the Node.js
 * Lambda runtime provides it. The folder is named by the bundle's hash, so the asset hash,
 * and therefore the template, only changes when the code does.
 */
export function lambdaCode(entry: RuntimeEntry): lambda.Code {
  let directory = built.get(entry);
  if (directory === undefined) {
    const result = buildSync({
      entryPoints: [resolve(HERE, '..', 'runtime', RUNTIME_ENTRIES[entry])],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'node',
      target: 'node24',
      external: ['@aws-sdk/*'],
      legalComments: 'none',
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]?.text;
    if (code === undefined) throw new Error(`bundling ${entry} produced no output`);
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 16);
    directory = join(tmpdir(), 'lakewise-lambda', `${entry}-${hash}`);
    if (!existsSync(join(directory, 'index.mjs'))) {
      mkdirSync(directory, { recursive: true });
      const temporary = join(directory, `.index-${process.pid}.tmp`);
      writeFileSync(temporary, code);
      renameSync(temporary, join(directory, 'index.mjs'));
    }
    built.set(entry, directory);
  }
  return lambda.Code.fromAsset(directory);
}
