import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';

/**
 * Nothing the pipeline writes is ever seen half-written: files go to a temporary name
 * in the same directory and are renamed into place (rename is atomic on one file system).
 */

export function temporarySibling(path: string): string {
  return join(dirname(path), `.${randomBytes(6).toString('hex')}.tmp`);
}

export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = temporarySibling(path);
  try {
    await writeFile(temporary, data);
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    // The temporary name is ours, not the caller's: a report of the failure names the file asked for.
    const failure = error as NodeJS.ErrnoException;
    if (failure.path === temporary) failure.path = path;
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
