import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { afterEach, describe, expect, it } from 'vitest';
import { createScratchDatabase, getTestDatabaseUrl } from '@/lib/db/test-database';
import { openImportDatabase } from './import-open-database';

describe('openImportDatabase', () => {
  let dataDir: string | undefined;
  afterEach(async () => {
    if (dataDir) await rm(dataDir, { recursive: true, force: true });
  });

  it('says to stop `npm start` when the embedded database is running', async () => {
    // A live PostgreSQL process stands in for the one `npm start` would be running on .data.
    const client = new pg.Client({ connectionString: getTestDatabaseUrl() });
    await client.connect();
    try {
      const { rows } = await client.query<{ pid: number }>('SELECT pg_backend_pid() AS pid');
      dataDir = await mkdtemp(join(tmpdir(), 'inkstone-import-data-'));
      await mkdir(join(dataDir, 'postgres', 'cluster'), { recursive: true });
      await writeFile(join(dataDir, 'postgres', 'cluster', 'postmaster.pid'), `${rows[0]!.pid}\n`);
      await expect(openImportDatabase(dataDir, {})).rejects.toThrow(
        'The embedded database in .data is in use by a running `npm start`: stop `npm start`, or set DATABASE_URL to import into a PostgreSQL server.',
      );
    } finally {
      await client.end();
    }
  });

  it('opens DATABASE_URL and migrates it, so a fresh database can take an import', async () => {
    const scratch = await createScratchDatabase();
    try {
      const database = await openImportDatabase('/nonexistent', { DATABASE_URL: scratch.url });
      expect(database).toMatchObject({ url: scratch.url, isEmbedded: false });
      const client = new pg.Client({ connectionString: scratch.url });
      await client.connect();
      const { rows } = await client.query<{ name: string | null }>("SELECT to_regclass('import_items')::text AS name");
      await client.end();
      expect(rows).toEqual([{ name: 'import_items' }]);
      await database.stop();
    } finally {
      await scratch.drop();
    }
  });

  it('refuses a DATABASE_URL that is not PostgreSQL', async () => {
    await expect(openImportDatabase('/nonexistent', { DATABASE_URL: 'mysql://localhost/x' })).rejects.toThrow('DATABASE_URL must start with postgres:// or postgresql://');
  });
});
