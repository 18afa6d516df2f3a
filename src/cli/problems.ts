import { readFile } from 'node:fs/promises';
import { InputError } from '../core/errors';
import type { CliIo } from './command';

/**
 * How every command reports what stops it, so all of them read alike: each line starts
 * with `lakewise <command>:`. A usage problem (exit 2) is followed by the usage; a
 * problem with the input (exit 1) is not, since the command line itself was right.
 */

export function usageError(io: CliIo, command: string, message: string, usage: string): number {
  io.stderr(`lakewise ${command}: ${message}\n\n${usage}`);
  return 2;
}

export function inputError(io: CliIo, command: string, message: string): number {
  io.stderr(`${message.split('\n').map((line) => `lakewise ${command}: ${line}`).join('\n')}\n`);
  return 1;
}

/** The single answers file a command takes from its positionals, or why there is not exactly one. */
export function onlyAnswersFile(positionals: readonly string[]): string | { problem: string } {
  const [file, ...extra] = positionals;
  if (file === undefined) return { problem: 'missing the answers file' };
  if (extra.length > 0) return { problem: `expected one answers file, received ${positionals.length}` };
  return file;
}

/** Reads and parses a JSON file, or explains in one line why it cannot. */
export async function readJsonFile(path: string): Promise<{ ok: true; value: unknown } | { ok: false; message: string }> {
  let source: string;
  try {
    source = await readFile(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return { ok: false, message: `${path}: cannot read the file (${code === 'ENOENT' ? 'no such file' : (code ?? String(error))})` };
  }
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch (error) {
    return { ok: false, message: `${path}: not valid JSON: ${(error as Error).message}` };
  }
}

/** `readJsonFile` for commands that let an InputError reach the CLI's handler. */
export async function readJsonFileOrThrow(path: string): Promise<unknown> {
  const read = await readJsonFile(path);
  if (!read.ok) throw new InputError(read.message);
  return read.value;
}
