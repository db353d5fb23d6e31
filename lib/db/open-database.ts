import { join } from 'node:path';
import pg from 'pg';
import { startEmbeddedPostgres } from './embedded-postgres';
import { findFreePort } from './find-free-port';

export interface OpenDatabase {
  url: string;
  isEmbedded: boolean;
  stop: () => Promise<void>;
}

function describeServer(url: string): string {
  try {
    const parsed = new URL(url);
    return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
  } catch {
    return 'DATABASE_URL';
  }
}

async function assertReachable(url: string): Promise<void> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 5000 });
  try {
    await client.connect();
    await client.query('select 1');
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new Error(`Cannot connect to the database at ${describeServer(url)} (from DATABASE_URL): ${reason}`);
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Uses DATABASE_URL when given; otherwise starts the embedded PostgreSQL kept in `<dataDir>/postgres`. */
export async function openDatabase(options: { databaseUrl?: string; dataDir: string }): Promise<OpenDatabase> {
  if (options.databaseUrl) {
    await assertReachable(options.databaseUrl);
    return { url: options.databaseUrl, isEmbedded: false, stop: async () => undefined };
  }
  const server = await startEmbeddedPostgres({
    dataDir: join(options.dataDir, 'postgres'),
    port: await findFreePort(),
    database: 'inkstone',
    persistent: true,
  });
  return { url: server.url, isEmbedded: true, stop: server.stop };
}
