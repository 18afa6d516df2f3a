/**
 * Writes src/islands/wizard/aws-icons.json: the logos the catalog names, cut out of
 * @iconify-json/logos. Run it after adding an icon to src/core/catalog/services.ts:
 *
 *   npx tsx scripts/build-icon-subset.ts
 *
 * tests/islands/wizard/aws-icons.test.ts fails while the file is out of date.
 */
import { readFile, rename, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { catalogIconNames, ICON_SUBSET_PATH, LOGOS_ICON_SET_PATH, serialiseIconSubset } from './icon-subset-files';
import { iconSubset, type IconSet } from '../src/islands/wizard/icon-subset';

const set = JSON.parse(await readFile(fileURLToPath(LOGOS_ICON_SET_PATH), 'utf8')) as IconSet;
const text = serialiseIconSubset(iconSubset(set, catalogIconNames()));
const target = fileURLToPath(ICON_SUBSET_PATH);
await writeFile(`${target}.tmp`, text);
await rename(`${target}.tmp`, target);
console.log(`wrote ${target} (${text.length} bytes)`);
