import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { freePort, PROJECT_ROOT, startServer, type RunningServer } from '../support/server';

/**
 * The built site to test: `dist/` through tests/support/server.ts, or another build
 * directory named by LAKEWISE_BUILD_DIR (`astro build --outDir <dir>`), so the
 * wizard tests can run while another build rewrites `dist/`.
 */
export async function startWizardServer(): Promise<RunningServer> {
  const directory = process.env.LAKEWISE_BUILD_DIR;
  if (directory === undefined) return startServer();
  const entry = path.resolve(PROJECT_ROOT, directory, 'server/entry.mjs');
  if (!existsSync(entry)) throw new Error(`LAKEWISE_BUILD_DIR: no build at ${entry}; run astro build --outDir ${directory}`);
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [entry], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: 'ignore',
  });
  for (let attempt = 0; ; attempt += 1) {
    try {
      if ((await fetch(`${origin}/en/`)).ok) break;
    } catch {
      if (attempt > 200) throw new Error(`the build in ${directory} did not start on ${origin}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return {
    origin,
    url: (pathname) => new URL(pathname, origin).href,
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}
