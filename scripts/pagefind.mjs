// Pagefind indexes the prerendered HTML after `astro build`; it splits the index by
// each page's <html lang>, so pt-BR and English searches never mix.
import { readFile } from 'node:fs/promises';
import * as pagefind from 'pagefind';

const SITE = 'dist/client';
const BUNDLE = `${SITE}/pagefind`;

async function writeBundle(outputPath, directory) {
  const { index, errors } = await pagefind.createIndex({});
  if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);
  const added = await index.addDirectory(directory);
  if (added.errors.length > 0) throw new Error(`pagefind: ${added.errors.join('; ')}`);
  if (added.page_count === 0) throw new Error(`pagefind: no pages found for ${outputPath}`);
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
  return added.page_count;
}

const pageCount = await writeBundle(BUNDLE, { path: SITE });
console.log(`pagefind: indexed ${pageCount} pages`);

// "Also search the other language" needs that language's stemmer, and an index merged
// with mergeIndex() is stemmed with the page's (Portuguese rules for "already" miss the
// English "alreadi"). So each language also gets a bundle of its own at pagefind/<lang>/:
// Pagefind loads a bundle's only index, with its own WebAssembly, whatever the page's lang.
const { languages } = JSON.parse(await readFile(`${BUNDLE}/pagefind-entry.json`, 'utf8'));
for (const language of Object.keys(languages)) {
  const count = await writeBundle(`${BUNDLE}/${language}`, { path: SITE, glob: `${language}/**/*.html` });
  console.log(`pagefind: indexed ${count} ${language} pages on their own`);
}
await pagefind.close();
