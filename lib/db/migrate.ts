import { createHash, randomUUID } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const defaultMigrationsDir = fileURLToPath(new URL('../../prisma/migrations/', import.meta.url));
// Prisma Migrate's own advisory lock key: this migrator and `prisma migrate deploy` exclude each other.
const advisoryLockKey = 72707369;

const createMigrationsTable = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

export interface ApplyMigrationsOptions {
  log?: (line: string) => void;
  /** Defaults to the project's prisma/migrations. */
  migrationsDir?: string;
}

interface LocalMigration {
  name: string;
  sql: string;
  checksum: string;
}

interface MigrationRow {
  id: string;
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
  logs: string | null;
}

async function readLocalMigrations(migrationsDir: string): Promise<LocalMigration[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true });
  const names = entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name);
  return Promise.all(
    names.sort().map(async (name) => {
      const content = await readFile(join(migrationsDir, name, 'migration.sql'));
      return { name, sql: content.toString('utf8'), checksum: createHash('sha256').update(content).digest('hex') };
    }),
  );
}

function assertHistoryIsSound(local: LocalMigration[], rows: MigrationRow[]): void {
  for (const row of rows) {
    if (row.finished_at === null) {
      throw new Error(
        `Migration ${row.migration_name} failed before (row ${row.id} has no finished_at). ` +
          `Its transaction was rolled back if this migrator ran it; once the database is known to be clean, ` +
          `mark it with \`prisma migrate resolve --rolled-back ${row.migration_name}\` ` +
          `or UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE id = '${row.id}'. ` +
          `Logs: ${row.logs ?? '(none)'}`,
      );
    }
    const migration = local.find((candidate) => candidate.name === row.migration_name);
    if (migration && migration.checksum !== row.checksum) {
      throw new Error(
        `Migration ${row.migration_name} was changed after it was applied (checksum ${row.checksum} in the ` +
          `database, ${migration.checksum} on disk). Never edit an applied migration: restore it and add a new one.`,
      );
    }
  }
}

async function applyOne(client: pg.Client, migration: LocalMigration): Promise<void> {
  const id = randomUUID();
  await client.query(
    'INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())',
    [id, migration.checksum, migration.name],
  );
  try {
    await client.query('BEGIN');
    await client.query(migration.sql);
    await client.query(
      'UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1',
      [id],
    );
    await client.query('COMMIT');
  } catch (error) {
    await client.query('ROLLBACK');
    const message = error instanceof Error ? error.message : String(error);
    await client.query('UPDATE "_prisma_migrations" SET logs = $2 WHERE id = $1', [id, message]);
    throw new Error(`Migration ${migration.name} failed and was rolled back: ${message}`, { cause: error });
  }
}

/** Applies pending migrations from prisma/migrations and records them the way Prisma Migrate does. */
export async function applyMigrations(
  databaseUrl: string,
  options: ApplyMigrationsOptions = {},
): Promise<{ applied: string[] }> {
  const { log, migrationsDir = defaultMigrationsDir } = options;
  const local = await readLocalMigrations(migrationsDir);
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [advisoryLockKey]);
    await client.query(createMigrationsTable);
    const { rows } = await client.query<MigrationRow>(
      'SELECT id, migration_name, checksum, finished_at, logs FROM "_prisma_migrations" WHERE rolled_back_at IS NULL',
    );
    assertHistoryIsSound(local, rows);
    const appliedNames = new Set(rows.map((row) => row.migration_name));
    for (const name of appliedNames) {
      if (!local.some((migration) => migration.name === name)) log?.(`Applied migration ${name} is not on disk`);
    }
    const applied: string[] = [];
    for (const migration of local.filter((candidate) => !appliedNames.has(candidate.name))) {
      await applyOne(client, migration);
      applied.push(migration.name);
      log?.(`Applied migration ${migration.name}`);
    }
    return { applied };
  } finally {
    await client.end();
  }
}
