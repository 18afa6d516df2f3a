import { execFile } from 'node:child_process';
import path from 'node:path';

export const PROJECT = path.resolve(import.meta.dirname, '../..');
const NODE = path.join(PROJECT, 'node_modules/.bin/node');
const BIN = path.join(PROJECT, 'bin/lakewise.mjs');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

function run(args: readonly string[], env: NodeJS.ProcessEnv | undefined): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(NODE, [BIN, ...args], { cwd: PROJECT, env, maxBuffer: 64 * 1024 * 1024, timeout: 170_000 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** Runs the real `lakewise` binary, as `npx lakewise` does, and collects its output. */
export function lakewise(...args: string[]): Promise<CliRun> {
  return run(args, undefined);
}

/**
 * Runs the real `lakewise` binary with exactly the environment given (plus PATH), so a
 * test controls which AWS credentials, if any, the command can find.
 */
export function lakewiseWithEnv(env: Record<string, string>, ...args: string[]): Promise<CliRun> {
  return run(args, { PATH: process.env.PATH ?? '', ...env });
}
