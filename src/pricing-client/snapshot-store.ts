import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatIssues, InputError } from '../core/errors';
import type { PriceRecord } from '../core/pricing/price-record';
import type { RegionCode } from '../core/pricing/regions';
import { createFolder } from '../local-pipeline/create-folder';
import {
  buildSnapshotIndex,
  parsePriceSnapshot,
  type PriceSnapshot,
  type PriceSnapshotIndex,
  SNAPSHOT_SCHEMA_VERSION,
  sortPriceRecords,
} from '../core/pricing/snapshot';

/** The committed snapshot the site bundles and the CLI reads by default. */
export const DEFAULT_SNAPSHOT_DIR = fileURLToPath(new URL('../data/price-snapshot/', import.meta.url));

export const INDEX_FILE = 'index.json';

export function snapshotFileName(region: RegionCode): string {
  return `${region}.json`;
}

async function readJson(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') throw new InputError(`${path}: file not found`);
    throw error;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    throw new InputError(`${path}: not valid JSON (${(error as Error).message})`);
  }
}

export async function readSnapshot(dir: string, region: RegionCode): Promise<PriceSnapshot> {
  const path = join(dir, snapshotFileName(region));
  return parsePriceSnapshot(await readJson(path), path);
}

export async function readSnapshotIndex(dir: string): Promise<PriceSnapshotIndex | undefined> {
  const path = join(dir, INDEX_FILE);
  try {
    const json = await readJson(path);
    if (typeof json !== 'object' || json === null || (json as { schemaVersion?: unknown }).schemaVersion !== SNAPSHOT_SCHEMA_VERSION) {
      throw new InputError(formatIssues([{ path: ['schemaVersion'], message: `expected ${SNAPSHOT_SCHEMA_VERSION}` }], path));
    }
    return json as PriceSnapshotIndex;
  } catch (error) {
    if (error instanceof InputError && error.message.endsWith('file not found')) return undefined;
    throw error;
  }
}

/** One record per line: small diffs when a refresh changes a few prices. */
export function serializeSnapshot(snapshot: PriceSnapshot): string {
  const { records, ...envelope } = snapshot;
  const head = JSON.stringify(envelope, null, 2).replace(/\n}$/, '');
  const body = records.map((record) => `    ${JSON.stringify(record)}`).join(',\n');
  return `${head},\n  "records": [\n${body}\n  ]\n}\n`;
}

export function createSnapshot(region: RegionCode, records: readonly PriceRecord[], builtFrom: string, generatedAt: Date): PriceSnapshot {
  return {
    schemaVersion: SNAPSHOT_SCHEMA_VERSION,
    region,
    generatedAt: generatedAt.toISOString().replace(/\.\d{3}Z$/, 'Z'),
    builtFrom,
    records: sortPriceRecords(records),
  };
}

/**
 * Writes region snapshots and the index so that a reader never sees half a file and a failure
 * leaves the previous files untouched: every snapshot is validated again, every file is written
 * to a temporary name in the same directory, and only then renamed over the old one.
 */
export async function writeSnapshots(dir: string, snapshots: readonly PriceSnapshot[]): Promise<void> {
  for (const snapshot of snapshots) parsePriceSnapshot(JSON.parse(serializeSnapshot(snapshot)), `${snapshot.region} snapshot to write`);
  await createFolder(dir);
  const index = buildSnapshotIndex(snapshots, await readSnapshotIndex(dir));
  const files = [
    ...snapshots.map((snapshot) => ({ path: join(dir, snapshotFileName(snapshot.region)), text: serializeSnapshot(snapshot) })),
    { path: join(dir, INDEX_FILE), text: `${JSON.stringify(index, null, 2)}\n` },
  ];
  const suffix = `.tmp-${process.pid}-${randomBytes(4).toString('hex')}`;
  const written: string[] = [];
  try {
    for (const file of files) {
      await writeFile(file.path + suffix, file.text, 'utf8');
      written.push(file.path + suffix);
    }
  } catch (error) {
    await Promise.all(written.map((path) => rm(path, { force: true })));
    throw error;
  }
  for (const file of files) await rename(file.path + suffix, file.path);
}
