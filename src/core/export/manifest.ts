import type { Locale } from '../locales';
import type { Proposal } from './proposal';

export interface ManifestFile {
  /** Path inside the ZIP, `/`-separated. */
  readonly name: string;
  readonly bytes: number;
  /** Lowercase hex SHA-256 of the file's bytes. */
  readonly sha256: string;
  readonly mediaType: string;
  readonly description: string;
}

export interface ManifestOmission {
  readonly name: string;
  readonly reason: string;
}

/** `manifest.json` of an export ZIP: what is in it, so a reader can check every file arrived intact. */
export interface ExportManifest {
  readonly generator: 'Lakewise';
  readonly manifestVersion: 1;
  readonly generatedOn: string;
  readonly locale: Locale;
  readonly customer: string | null;
  readonly region: string;
  readonly totalUsd: string;
  readonly files: readonly ManifestFile[];
  /** Files an export can hold that this one does not, and why. */
  readonly omitted: readonly ManifestOmission[];
}

/**
 * The manifest for files the edge already hashed (hashing needs the platform's
 * crypto, which the core does not import). Files are listed by name, so the same
 * export always gives the same manifest.
 */
export function buildManifest(proposal: Proposal, files: readonly ManifestFile[], omitted: readonly ManifestOmission[] = []): ExportManifest {
  const names = new Set<string>();
  for (const file of files) {
    if (names.has(file.name)) throw new Error(`manifest: ${file.name} is listed twice`);
    if (!/^[0-9a-f]{64}$/.test(file.sha256)) throw new Error(`manifest: ${file.name} has no SHA-256 (received ${JSON.stringify(file.sha256)})`);
    names.add(file.name);
  }
  return {
    generator: 'Lakewise',
    manifestVersion: 1,
    generatedOn: proposal.generatedOn,
    locale: proposal.locale,
    customer: proposal.customer.name ?? null,
    region: proposal.estimate.region,
    totalUsd: proposal.estimate.totals.expectedUsd,
    files: [...files].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)),
    omitted,
  };
}

export function manifestToJson(manifest: ExportManifest): string {
  return `${JSON.stringify(manifest, null, 2)}\n`;
}
