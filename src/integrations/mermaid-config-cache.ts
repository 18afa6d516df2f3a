import type { AstroIntegration } from 'astro';

/**
 * Mermaid's `getConfig()` deep-copies its whole configuration (every diagram type's defaults
 * and the theme's variables) on every call, and a flowchart render calls it for every label,
 * node and edge: in Chromium here that copying was over half of a 20-node render. This build
 * step makes `getConfig()` copy once per configuration and hand the same copy out until the
 * configuration changes (Mermaid replaces `currentConfig` with a new object on every change).
 *
 * The build fails if Mermaid's source no longer has the expected `getConfig`, so an upgrade
 * can never silently drop the change; tests/e2e/mermaid-config-cache.test.ts checks that
 * the drawings are the same as unpatched Mermaid's.
 */
export const GETCONFIG_ORIGINAL = `var getConfig = /* @__PURE__ */ __name(() => {
  return assignWithDepth_default({}, currentConfig);
}, "getConfig");`;

export const GETCONFIG_CACHED = `var cachedConfigSource;
var cachedConfigCopy;
var getConfig = /* @__PURE__ */ __name(() => {
  if (cachedConfigSource !== currentConfig) {
    cachedConfigSource = currentConfig;
    cachedConfigCopy = assignWithDepth_default({}, currentConfig);
  }
  return cachedConfigCopy;
}, "getConfig");`;

/** Applies the change to one module's source; undefined when the module is not Mermaid's config module. */
export function cacheMermaidGetConfig(code: string): string | undefined {
  if (!code.includes('var currentConfig = ') || !code.includes('"getConfig"')) return undefined;
  if (!code.includes(GETCONFIG_ORIGINAL)) {
    throw new Error('mermaid-config-cache: Mermaid\'s getConfig() is not the one this build step expects; check the Mermaid upgrade and update src/integrations/mermaid-config-cache.ts');
  }
  return code.replace(GETCONFIG_ORIGINAL, GETCONFIG_CACHED);
}

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
