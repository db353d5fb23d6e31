// `npm start`: build if needed, open the database (embedded unless DATABASE_URL), migrate, make
// sure there is an admin and the sample content, then serve Next.js until SIGINT/SIGTERM.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadAuthSecret } from '@/lib/auth/load-auth-secret';
import { openDatabase, type OpenDatabase } from '@/lib/db/open-database';
import { assertPortFree } from './assert-port-free';
import { isBuildStale, runNextBuild } from './build-if-needed';
import { clearRouteCache } from './clear-route-cache';
import { errorMessage, exitWithError } from './exit-with-error';
import { prepareDatabase } from './prepare-database';
import { printBanner } from './print-banner';
import { parseServeOptions } from './serve-options';
import { serverProcessEnv } from './server-process-env';

const root = fileURLToPath(new URL('../../', import.meta.url));
const dataDir = join(root, '.data');
const isDev = process.argv.includes('--dev');

let database: OpenDatabase | undefined;
let server: ChildProcess | undefined;
let isStopping = false;

async function stop(code: number): Promise<never> {
  if (!isStopping) {
    isStopping = true;
    if (server && server.exitCode === null) {
      server.kill('SIGTERM');
      await new Promise((resolve) => server?.once('exit', resolve));
    }
    await database?.stop().catch(() => undefined);
  }
  process.exit(code);
}

async function main(): Promise<void> {
  const parsed = parseServeOptions(process.env);
  if (!parsed.ok) exitWithError(parsed.error);
  const { PORT: port, HOSTNAME: hostname } = parsed.options;
  await assertPortFree(port, hostname);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => void stop(0));
  database = await openDatabase({ databaseUrl: parsed.options.DATABASE_URL, dataDir });
  if (!isDev && isBuildStale(root)) {
    process.stdout.write('Building Inkstone for production (first start or changed sources)…\n');
    await runNextBuild(root);
  }
  process.env.DATABASE_URL = database.url;
  clearRouteCache(root);
  const prepared = await prepareDatabase(database.url, { email: parsed.options.ADMIN_EMAIL, password: parsed.options.ADMIN_PASSWORD });

  const publicHost = hostname === '0.0.0.0' || hostname === '::' ? 'localhost' : hostname;
  const url = `http://${publicHost}:${port}`;
  // Background jobs in the server call its own internal routes (cache revalidation) here.
  const internalHost = hostname === '0.0.0.0' ? '127.0.0.1' : hostname === '::' ? '[::1]' : hostname.includes(':') ? `[${hostname}]` : hostname;
  const next = join(root, 'node_modules', 'next', 'dist', 'bin', 'next');
  server = spawn(process.execPath, [next, isDev ? 'dev' : 'start', '-p', String(port), '-H', hostname], {
    cwd: root,
    stdio: ['ignore', 'inherit', 'inherit'],
    env: {
      ...process.env,
      DATABASE_URL: database.url,
      NEXTAUTH_SECRET: loadAuthSecret(dataDir, process.env),
      NEXTAUTH_URL: process.env.NEXTAUTH_URL ?? url,
      NEXT_TELEMETRY_DISABLED: '1',
      ...(isDev ? {} : serverProcessEnv(process.env)),
      INKSTONE_INTERNAL_ORIGIN: process.env.INKSTONE_INTERNAL_ORIGIN ?? `http://${internalHost}:${port}`,
    },
  });
  server.once('exit', (code) => void stop(code ?? 0));
  printBanner({ url, prepared, isEmbedded: database.isEmbedded });
}

main().catch(async (error: unknown) => {
  process.stderr.write(`\x1b[31merror\x1b[0m ${errorMessage(error)}\n`);
  await stop(1);
});
