import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '@/lib/db/embedded-postgres';
import { findFreePort } from '@/lib/db/find-free-port';

/** A throwaway embedded PostgreSQL for one bench run, in a fresh temporary directory. */
export async function startBenchDatabase(name: string) {
  const dataDir = await mkdtemp(join(tmpdir(), `inkstone-bench-${name}-`));
  return startEmbeddedPostgres({ dataDir, port: await findFreePort(), database: 'inkstone_bench', persistent: false });
}

/** Runs `cleanUp` (stop the server and the database) when the bench is interrupted, then exits. */
export function cleanUpOnSignals(cleanUp: () => Promise<void>): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => void cleanUp().finally(() => process.exit(130)));
}
