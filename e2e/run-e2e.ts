// `npm run test:e2e`: a throwaway PostgreSQL for the run, then Playwright (which starts the
// production server through lib/cli/serve.ts against it), then cleanup. Extra args go to Playwright.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../lib/db/embedded-postgres';
import { findFreePort } from '../lib/db/find-free-port';

async function main(): Promise<number> {
  const dataDir = await mkdtemp(join(tmpdir(), 'inkstone-e2e-'));
  const database = await startEmbeddedPostgres({ dataDir, port: await findFreePort(), database: 'inkstone_e2e', persistent: false });
  const appPort = await findFreePort();
  try {
    const env = {
      ...process.env,
      DATABASE_URL: database.url,
      E2E_BASE_URL: `http://127.0.0.1:${appPort}`,
      NEXTAUTH_SECRET: randomBytes(32).toString('base64url'),
      NEXTAUTH_URL: `http://127.0.0.1:${appPort}`,
      ADMIN_EMAIL: 'admin@e2e.test',
      ADMIN_PASSWORD: randomBytes(12).toString('base64url'),
      NEXT_TELEMETRY_DISABLED: '1',
    };
    const cli = join('node_modules', '@playwright', 'test', 'cli.js');
    const child = spawn(process.execPath, [cli, 'test', ...process.argv.slice(2)], { stdio: 'inherit', env });
    return await new Promise<number>((resolve) => child.once('exit', (code) => resolve(code ?? 1)));
  } finally {
    await database.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`e2e run failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
