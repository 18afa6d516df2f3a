import { mkdir, stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';

/**
 * A folder that exists but takes no new files or folders. procfs (/proc) answers with
 * ENOENT, the code for a missing parent, so the error names the folder that refused.
 */
export class NoNewEntriesError extends Error {
  constructor(
    /** What was to be created, as the caller asked for it. */
    readonly path: string,
    /** The existing folder that refused it. */
    readonly folder: string,
  ) {
    super(`${path}: ${folder} does not accept new files or folders`);
    this.name = 'NoNewEntriesError';
  }
}

async function isFolder(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() === true;
}

/** Makes one folder whose parent should exist; false when mkdir answers ENOENT. */
async function makeOneFolder(folder: string): Promise<boolean> {
  try {
    await mkdir(folder);
    return true;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EEXIST' && (await isFolder(folder))) return true;
    if (code === 'ENOENT') return false;
    throw error;
  }
}

/**
 * Creates `folder` and its missing parents; returns the existing folder that refused a new
 * entry, if one did. Each mkdir is retried at most once, after its parent exists: Node's own
 * `mkdir(…, { recursive: true })` takes every ENOENT for a missing parent, so on /proc it
 * re-creates the parent (already there) and retries the child forever.
 */
async function createMissing(folder: string): Promise<string | undefined> {
  if (await makeOneFolder(folder)) return undefined;
  const parent = dirname(folder);
  if (parent === folder) return folder;
  const refusing = await createMissing(parent);
  if (refusing !== undefined) return refusing;
  return (await makeOneFolder(folder)) ? undefined : parent;
}

/**
 * Creates a folder and any missing parents, as `mkdir -p` does, and fails instead of hanging
 * where the file system takes no new folders. A file in the way fails with Node's EEXIST or
 * ENOTDIR, which the CLI reports as "is a file, expected a folder".
 */
export async function createFolder(path: string): Promise<void> {
  const folder = resolve(path);
  const refusing = await createMissing(folder);
  if (refusing !== undefined) throw new NoNewEntriesError(folder, refusing);
}
