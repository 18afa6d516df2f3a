import { randomBytes } from 'node:crypto';
import { mkdtemp, rename, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { createFolder, NoNewEntriesError } from './create-folder';

/**
 * Nothing the pipeline writes is ever seen half-written: files go to a temporary name
 * in the same directory and are renamed into place (rename is atomic on one file system).
 */

export function temporarySibling(path: string): string {
  return join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
}

/** The temporary name is ours, not the caller's: a report of the failure names the path asked for. */
function namingRequestedPath(error: unknown, requested: string, temporary: string): unknown {
  const failure = error as NodeJS.ErrnoException;
  if (failure.path === temporary) failure.path = requested;
  return error;
}

/** Writes `data` to a new temporary sibling of `path`, whose folder exists, and returns its name. */
async function writeTemporarySibling(path: string, data: string | Uint8Array): Promise<string> {
  const temporary = temporarySibling(path);
  try {
    await writeFile(temporary, data, { flag: 'wx' });
    return temporary;
  } catch (error) {
    await rm(temporary, { force: true });
    // The folder exists, so ENOENT means it takes no new files, as /proc does.
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new NoNewEntriesError(path, dirname(path));
    throw namingRequestedPath(error, path, temporary);
  }
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await createFolder(dirname(path));
  const temporary = await writeTemporarySibling(path, data);
  try {
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw namingRequestedPath(error, path, temporary);
  }
}

/**
 * Fails at once, before any long work, when `writeFileAtomic(path, …)` could not write:
 * creates the folder and writes and removes an empty temporary sibling. Running as root
 * passes every permission check, so only trying tells whether the folder takes new files.
 */
export async function prepareFileTarget(path: string): Promise<void> {
  await createFolder(dirname(path));
  if ((await stat(path).catch(() => undefined))?.isDirectory()) {
    throw Object.assign(new Error(`EISDIR: illegal operation on a directory, open '${path}'`), { code: 'EISDIR', syscall: 'open', path });
  }
  await rm(await writeTemporarySibling(path, ''));
}

/**
 * Creates `outDir` (and its parents) and a fresh staging folder inside it, where work is
 * built before `publishDirectories` moves it into place. Failures name `outDir`.
 */
export async function createStagingFolder(outDir: string): Promise<string> {
  await createFolder(outDir);
  const prefix = join(outDir, '.staging-');
  try {
    return await mkdtemp(prefix);
  } catch (error) {
    const failure = error as NodeJS.ErrnoException;
    if (failure.path?.startsWith(prefix) !== true) throw error;
    // outDir exists (it was just created), so ENOENT means it takes no new entries, as /proc does.
    if (failure.code === 'ENOENT') throw new NoNewEntriesError(outDir, outDir);
    failure.path = outDir;
    throw error;
  }
}

/**
 * Moves each finished staging directory over its published twin. The old twin is moved
 * aside first and deleted only after the new one is in place, so a crash leaves either
 * the old or the new directory under the published name, never a mix of files.
 */
export async function publishDirectories(pairs: readonly { readonly staged: string; readonly published: string }[]): Promise<void> {
  const retired: string[] = [];
  for (const { staged, published } of pairs) {
    const aside = temporarySibling(published);
    try {
      await rename(published, aside);
      retired.push(aside);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
    }
    await rename(staged, published);
  }
  await Promise.all(retired.map((path) => rm(path, { recursive: true, force: true })));
}
