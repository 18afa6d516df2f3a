// Pagefind indexes the prerendered HTML after `astro build`; it splits the index by
// each page's <html lang>, so pt-BR and English searches never mix.
import * as pagefind from 'pagefind';

const { index, errors } = await pagefind.createIndex({});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
const added = await index.addDirectory({ path: 'dist/client' });
if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
if (added.page_count === 0) throw new Error('pagefind: no pages found in dist/client');
const written = await index.writeFiles({ outputPath: 'dist/client/pagefind' });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
console.log(`pagefind: indexed ${added.page_count} pages`);
await pagefind.close();
