import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { findFreePort } from '@/lib/db/find-free-port';
import { serverProcessEnv } from './server-process-env';

export interface BenchServer { origin: string; stop: () => Promise<void> }

/**
 * `next start` of the app built in `cwd` (with the Next.js under `root`) on a free local port, with
 * the production server's memory settings and `env(origin)` on top; resolves once `readyPath`
 * answers 2xx, within a minute.
 */
export async function startNextServer(options: { root: string; cwd: string; readyPath: string; env?: (origin: string) => Record<string, string> }): Promise<BenchServer> {
  const port = await findFreePort();
  const origin = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [join(options.root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port), '-H', '127.0.0.1'], {
    cwd: options.cwd,
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1', ...serverProcessEnv(process.env), ...options.env?.(origin) },
  });
  const stop = async () => {
    if (child.exitCode !== null) return;
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
  };
  for (let attempt = 0; attempt < 600; attempt++) {
    if (child.exitCode !== null) throw new Error(`next start exited with code ${child.exitCode}`);
    const isUp = await fetch(`${origin}${options.readyPath}`).then((response) => response.ok, () => false);
    if (isUp) return { origin, stop };
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  await stop();
  throw new Error('next start did not answer within a minute');
}
