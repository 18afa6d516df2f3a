import { statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { InputError } from '../core/errors';
import { NoNewEntriesError } from '../local-pipeline/create-folder';
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
  // Windows editors save UTF-8 with a byte order mark, which JSON.parse refuses as a token.
  if (source.startsWith('\uFEFF')) source = source.slice(1);
  try {
    return { ok: true, value: JSON.parse(source) as unknown };
  } catch (error) {
    // V8 quotes the offending text, line breaks included; the report stays one line.
    return { ok: false, message: `${path}: not valid JSON: ${(error as Error).message.replace(/\s*\n\s*/g, ' ')}` };
  }
}

/** `readJsonFile` for commands that let an InputError reach the CLI's handler. */
export async function readJsonFileOrThrow(path: string): Promise<unknown> {
  const read = await readJsonFile(path);
  if (!read.ok) throw new InputError(read.message);
  return read.value;
}

/** What each file system failure means to the person who typed the path. */
const FILE_SYSTEM_PROBLEMS: Readonly<Record<string, string>> = {
  EISDIR: 'is a folder, expected a file',
  ENOTDIR: 'is a file, expected a folder',
  ENOENT: 'no such file or folder',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  EROFS: 'on a read-only file system',
  ENOSPC: 'no space left on the device',
};

/**
 * The path a file system failure is about. ENOTDIR names the whole path it was walking,
 * so the file that stands where a folder should be is found on disk and named instead.
 */
function pathInTheWay(error: NodeJS.ErrnoException & { path: string }): string {
  if (error.code !== 'ENOTDIR') return error.path;
  const ancestors: string[] = [];
  for (let path = resolve(error.path); ; path = dirname(path)) {
    ancestors.unshift(path);
    if (dirname(path) === path) break;
  }
  return ancestors.find((path) => statSync(path, { throwIfNoEntry: false })?.isDirectory() === false) ?? error.path;
}

/** The value of `--out` among a command's arguments, if it was given. */
function outFlag(args: readonly string[]): string | undefined {
  const index = args.findIndex((arg) => arg === '--out' || arg.startsWith('--out='));
  if (index < 0) return undefined;
  const arg = args[index] as string;
  return arg === '--out' ? args[index + 1] : arg.slice('--out='.length);
}

function describeFileSystemFailure(error: unknown): { path: string; problem: string } | undefined {
  if (error instanceof NoNewEntriesError) {
    return { path: error.path, problem: error.folder === error.path ? 'does not accept new files or folders' : `${error.folder} does not accept new files or folders` };
  }
  const failure = error as NodeJS.ErrnoException;
  if (!(error instanceof Error) || typeof failure.code !== 'string' || typeof failure.path !== 'string') return undefined;
  const problem =
    failure.code === 'EEXIST'
      ? failure.syscall === 'mkdir'
        ? 'is a file, expected a folder'
        : 'already exists'
      : FILE_SYSTEM_PROBLEMS[failure.code];
  return problem === undefined ? undefined : { path: pathInTheWay(failure as NodeJS.ErrnoException & { path: string }), problem };
}

/**
 * One line for a file system error that names a path (a folder where a file is written,
 * a file where the output folder should be, no permission, a folder such as /proc that
 * takes no new entries), or undefined for any other error. Commands let these reach the
 * CLI's handler instead of each catching them; the path is called `--out` when it is the
 * one the user gave there.
 */
export function fileSystemProblem(error: unknown, args: readonly string[]): string | undefined {
  const described = describeFileSystemFailure(error);
  if (described === undefined) return undefined;
  const { path, problem } = described;
  const out = outFlag(args);
  return out !== undefined && resolve(out) === resolve(path) ? `--out ${out}: ${problem}` : `${path}: ${problem}`;
}
