// Runs every bench/*.bench.ts in name order; each prints its own figures.
import { readdir } from 'node:fs/promises';

const directory = new URL('./', import.meta.url);
const only = process.argv.slice(2);
const benches = (await readdir(directory))
  .filter((file) => file.endsWith('.bench.ts'))
  .filter((file) => only.length === 0 || only.some((name) => file.startsWith(name)))
  .sort();

for (const file of benches) {
  console.log(`\n# ${file}`);
  const bench = (await import(new URL(file, directory).href)) as { run?: () => Promise<void> };
  if (typeof bench.run !== 'function') throw new Error(`bench/${file} does not export async function run()`);
  await bench.run();
}
