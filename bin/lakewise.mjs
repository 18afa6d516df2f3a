#!/usr/bin/env node
// The CLI is TypeScript that shares the pure core with the site; tsx loads it
// without a separate compile step so the two can never drift apart.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv.slice(2));
