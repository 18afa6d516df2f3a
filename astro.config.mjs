// @ts-check
import mdx from '@astrojs/mdx';
import node from '@astrojs/node';
import react from '@astrojs/react';
import { defineConfig } from 'astro/config';
import { contentIntegrity } from './src/integrations/content-integrity.ts';
import { mermaidConfigCache } from './src/integrations/mermaid-config-cache.ts';
import { priceSnapshotIntegrity } from './src/integrations/price-snapshot-integrity.ts';

export default defineConfig({
  site: 'http://127.0.0.1:4321',
  // Content pages are prerendered HTML; only routes that opt out (`prerender = false`)
  // run on the standalone Node server, which is why the adapter is here.
  output: 'static',
  adapter: node({ mode: 'standalone' }),
  integrations: [contentIntegrity(), priceSnapshotIntegrity(), mermaidConfigCache(), mdx(), react()],
  server: { host: '127.0.0.1', port: 4321 },
  trailingSlash: 'always',
  i18n: {
    locales: ['en', { path: 'pt-br', codes: ['pt-BR'] }],
    defaultLocale: 'en',
    routing: { prefixDefaultLocale: true, redirectToDefaultLocale: false },
  },
});
