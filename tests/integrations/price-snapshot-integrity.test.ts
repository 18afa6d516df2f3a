import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import { checkPriceSnapshotFiles } from '../../src/integrations/price-snapshot-integrity';

const SNAPSHOT_DIR = fileURLToPath(new URL('../../src/data/price-snapshot/', import.meta.url));

describe('the site build refuses a broken bundled price snapshot', () => {
  let copy: string | undefined;
  afterEach(async () => {
    if (copy !== undefined) await rm(copy, { recursive: true, force: true });
    copy = undefined;
  });

  async function copyWith(edit: (records: Record<string, unknown>[]) => void): Promise<string> {
    copy = await mkdtemp(join(tmpdir(), 'lakewise-snapshot-'));
    await cp(SNAPSHOT_DIR, copy, { recursive: true });
    const path = join(copy, 'sa-east-1.json');
    const snapshot = JSON.parse(await readFile(path, 'utf8')) as { records: Record<string, unknown>[] };
    edit(snapshot.records);
    await writeFile(path, JSON.stringify(snapshot));
    return copy;
  }

  it('passes the committed snapshot of every region', async () => {
    expect(await checkPriceSnapshotFiles(SNAPSHOT_DIR)).toEqual([]);
  });

  it('names the region file, the record and the field of a negative price', async () => {
    const directory = await copyWith((records) => {
      const athena = records.find((record) => record.priceKey === 'athena.data-scanned');
      if (athena === undefined) throw new Error('fixture: no Athena price in sa-east-1');
      athena.usd = '-5.0000000000';
    });
    const problems = await checkPriceSnapshotFiles(directory);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('sa-east-1.json');
    expect(problems[0]).toContain('athena.data-scanned');
    expect(problems[0]).toContain('usd: expected a non-negative decimal string such as "0.0230000000", received "-5.0000000000"');
  });

  it('names a record that lost its unit', async () => {
    const directory = await copyWith((records) => {
      delete (records[0] as { unit?: unknown }).unit;
    });
    const [problem] = await checkPriceSnapshotFiles(directory);
    expect(problem).toMatch(/record \[0\].*unit/s);
  });
});
