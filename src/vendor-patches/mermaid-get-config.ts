/**
 * Mermaid's `getConfig()` deep-copies its whole configuration (every diagram type's defaults
 * and the theme's variables) on every call, and a flowchart render calls it for every label,
 * node and edge: in Chromium here that copying was over half of a 20-node render. This change
 * makes `getConfig()` copy once per configuration and hand the same copy out until the
 * configuration changes (Mermaid replaces `currentConfig` with a new object on every change).
 *
 * It applies to Mermaid's unminified ES module build, which both the site build
 * (src/integrations/mermaid-config-cache.ts) and the export's Chromium (src/export/browser.ts)
 * load. A Mermaid whose `getConfig` no longer reads as expected is refused, so an upgrade can
 * never drop the change silently; tests/e2e/mermaid-config-cache.e2e.test.ts checks that the
 * drawings are the same as published Mermaid's.
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
    throw new Error('mermaid getConfig cache: Mermaid\'s getConfig() is not the one this change expects; check the Mermaid upgrade and update src/vendor-patches/mermaid-get-config.ts');
  }
  return code.replace(GETCONFIG_ORIGINAL, GETCONFIG_CACHED);
}
