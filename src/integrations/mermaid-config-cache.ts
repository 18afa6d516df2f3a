import type { AstroIntegration } from 'astro';
import { cacheMermaidGetConfig } from '../vendor-patches/mermaid-get-config';

/** Applies src/vendor-patches/mermaid-get-config.ts to the Mermaid the wizard bundles. */
export function mermaidConfigCache(): AstroIntegration {
  let patched = 0;
  return {
    name: 'lakewise:mermaid-config-cache',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'lakewise:mermaid-config-cache',
                enforce: 'pre',
                transform(code, id) {
                  if (!id.includes('/node_modules/mermaid/dist/')) return undefined;
                  const changed = cacheMermaidGetConfig(code);
                  if (changed === undefined) return undefined;
                  patched += 1;
                  return { code: changed, map: null };
                },
              },
            ],
          },
        });
      },
      'astro:build:done': ({ logger }) => {
        if (patched === 0) throw new Error('mermaid-config-cache: no Mermaid config module was bundled, so getConfig() was not cached');
        logger.info(`cached Mermaid getConfig() in ${patched} module(s)`);
      },
    },
  };
}
