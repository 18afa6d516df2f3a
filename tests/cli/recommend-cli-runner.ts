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

/** Runs the real `lakewise` binary, as `npx lakewise` does, and collects its output. */
export function lakewise(...args: string[]): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(NODE, [BIN, ...args], { cwd: PROJECT, maxBuffer: 16 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}
