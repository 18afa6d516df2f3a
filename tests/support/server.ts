import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs the production build (`dist/server/entry.mjs`, the @astrojs/node standalone
 * server) for browser tests and benches. `npm test` builds first; a missing build is
 * an error here, never a silent rebuild.
 */

export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const DIST_CLIENT = path.join(PROJECT_ROOT, 'dist/client');
const ENTRY = path.join(PROJECT_ROOT, 'dist/server/entry.mjs');
const PAGEFIND_ENTRY = path.join(DIST_CLIENT, 'pagefind/pagefind-entry.json');

export interface RunningServer {
  /** Origin without a trailing slash, e.g. `http://127.0.0.1:40123`. */
  readonly origin: string;
  url(pathname: string): string;
  stop(): Promise<void>;
}

/** Throws with the command to run when the production build or its search index is missing. */
export function assertBuilt(): void {
  const missing = [ENTRY, PAGEFIND_ENTRY].filter((file) => !existsSync(file));
  if (missing.length > 0) {
    throw new Error(
      `The production build is missing (${missing.map((file) => path.relative(PROJECT_ROOT, file)).join(', ')}). ` +
        'Run `npm run build` first; `npm test` does it for you.',
    );
  }
}

/** A TCP port nobody is listening on right now. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.unref();
    probe.on('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

async function waitUntilReady(origin: string, child: ChildProcess, output: () => string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (child.exitCode !== null || child.signalCode !== null) {
      throw new Error(`The site server exited (${child.exitCode ?? child.signalCode}) before it was ready:\n${output()}`);
    }
    try {
      const response = await fetch(`${origin}/en/`);
      if (response.ok) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  child.kill('SIGKILL');
  throw new Error(`The site server did not answer ${origin}/en/ within ${timeoutMs} ms:\n${output()}`);
}

/**
 * Starts the built server on a free port of 127.0.0.1 and resolves once it serves /en/.
 * `cwd` is the folder the server works in (where "Run locally" writes), the project by default.
 */
export async function startServer(options: { timeoutMs?: number; env?: Record<string, string>; cwd?: string } = {}): Promise<RunningServer> {
  assertBuilt();
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [ENTRY], {
    cwd: options.cwd ?? PROJECT_ROOT,
    env: { ...process.env, ...options.env, HOST: '127.0.0.1', PORT: String(port), ASTRO_TELEMETRY_DISABLED: '1' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  // A crashed test or bench must not leave the server running.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  child.once('exit', () => process.off('exit', killOnExit));
  let log = '';
  const append = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-8_000);
  };
  child.stdout?.on('data', append);
  child.stderr?.on('data', append);
  await waitUntilReady(origin, child, () => log, options.timeoutMs ?? 20_000);

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
