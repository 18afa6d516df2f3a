import type { AstroIntegration } from 'astro';
import { PRICING_REGIONS } from '../core/pricing/regions';
import { DEFAULT_SNAPSHOT_DIR, readSnapshot } from '../pricing-client/snapshot-store';

/**
 * Validates every record of the committed price snapshot files in `directory`, as the CLI
 * does on each load. Returns one message per file that fails (naming the record), or none.
 */
export async function checkPriceSnapshotFiles(directory: string): Promise<string[]> {
  const problems: string[] = [];
  for (const region of PRICING_REGIONS) {
    try {
      await readSnapshot(directory, region);
    } catch (error) {
      problems.push(error instanceof Error ? error.message : String(error));
    }
  }
  return problems;
}

/**
 * Fails `astro build` when a bundled price record is broken. The wizard loads the snapshot
 * without validating it again (src/data/price-snapshot/browser.ts), so this check is what
 * keeps a bad price off the site.
 */
export function priceSnapshotIntegrity(): AstroIntegration {
  return {
    name: 'lakewise:price-snapshot-integrity',
    hooks: {
      'astro:config:done': async ({ logger }) => {
        const problems = await checkPriceSnapshotFiles(DEFAULT_SNAPSHOT_DIR);
        if (problems.length === 0) return;
        logger.error(problems.join('\n'));
        throw new Error(`The bundled price snapshot is invalid:\n${problems.join('\n')}`);
      },
    },
  };
}
