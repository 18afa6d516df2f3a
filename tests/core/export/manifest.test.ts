import { describe, expect, test } from 'vitest';
import { buildManifest } from '../../../src/core/export/manifest';
import { proposalFor, readFixture } from './proposal-fixture';

const HASH = 'a'.repeat(64);

describe('buildManifest', () => {
  test('lists files by name with size, hash and type, and records what was left out and why', async () => {
    const proposal = await proposalFor(readFixture('batch-data-lake'));
    const manifest = buildManifest(
      proposal,
      [
        { name: 'proposal.pdf', bytes: 10, sha256: HASH, mediaType: 'application/pdf', description: 'x' },
        { name: 'cost.csv', bytes: 5, sha256: HASH, mediaType: 'text/csv', description: 'y' },
      ],
      [{ name: 'cdk/app/', reason: 'not requested' }],
    );
    expect(manifest.files.map((file) => file.name)).toEqual(['cost.csv', 'proposal.pdf']);
    expect(manifest).toMatchObject({ generator: 'Lakewise', generatedOn: '2026-11-25', locale: 'pt-BR', region: 'sa-east-1', totalUsd: proposal.estimate.totals.expectedUsd, omitted: [{ name: 'cdk/app/', reason: 'not requested' }] });
  });

  test('refuses a file listed twice or without a SHA-256', async () => {
    const proposal = await proposalFor(readFixture('batch-data-lake'));
    const file = { name: 'a', bytes: 1, sha256: HASH, mediaType: 'x', description: '' };
    expect(() => buildManifest(proposal, [file, file])).toThrow('manifest: a is listed twice');
    expect(() => buildManifest(proposal, [{ ...file, sha256: 'nope' }])).toThrow('manifest: a has no SHA-256');
  });
});
