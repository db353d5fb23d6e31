import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { startEmbeddedPostgres } from '../lib/db/embedded-postgres';
import { findFreePort } from '../lib/db/find-free-port';
import { applyMigrations } from '../lib/db/migrate';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

/**
 * Starts a throwaway PostgreSQL for the integration tests and migrates it. Any DATABASE_URL from
 * the environment is ignored on purpose, so these tests can never touch a real database.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const dataDir = await mkdtemp(join(tmpdir(), 'inkstone-test-db-'));
  const port = await findFreePort();
  const postgres = await startEmbeddedPostgres({ dataDir, port, database: 'inkstone_test', persistent: false });
  try {
    await applyMigrations(postgres.url);
  } catch (error) {
    await postgres.stop();
    throw error;
  }
  project.provide('databaseUrl', postgres.url);
  return postgres.stop;
}
