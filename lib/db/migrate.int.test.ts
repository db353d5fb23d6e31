import { createHash } from 'node:crypto';
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations } from './migrate';
import { createScratchDatabase } from './test-database';

const migrationsDir = fileURLToPath(new URL('../../prisma/migrations/', import.meta.url));

async function listMigrationNames(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  return entries.filter((entry) => entry.isDirectory()).map((entry) => entry.name).sort();
}

describe('applyMigrations', () => {
  let database: Awaited<ReturnType<typeof createScratchDatabase>>;
  let client: pg.Client;

  beforeEach(async () => {
    database = await createScratchDatabase();
    client = new pg.Client({ connectionString: database.url });
    await client.connect();
  });
  afterEach(async () => {
    await client.end();
    await database.drop();
  });

  it('applies every migration in order, then does nothing on a second run', async () => {
    const names = await listMigrationNames(migrationsDir);
    expect(names.length).toBeGreaterThan(0);
    expect(await applyMigrations(database.url)).toEqual({ applied: names });
    expect(await applyMigrations(database.url)).toEqual({ applied: [] });
    const { rows } = await client.query('SELECT count(*)::int AS count FROM "_prisma_migrations"');
    expect(rows[0].count).toBe(names.length);
  });

  it('records each migration the way Prisma Migrate does', async () => {
    await applyMigrations(database.url);
    const { rows } = await client.query(
      `SELECT id, migration_name, checksum, finished_at, started_at, logs, rolled_back_at, applied_steps_count
       FROM "_prisma_migrations" ORDER BY migration_name`,
    );
    for (const row of rows) {
      const content = await readFile(join(migrationsDir, row.migration_name, 'migration.sql'));
      expect(row.checksum).toBe(createHash('sha256').update(content).digest('hex'));
      expect(row.id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
      expect(row.finished_at).toBeInstanceOf(Date);
      expect(row.finished_at.getTime()).toBeGreaterThanOrEqual(row.started_at.getTime());
      expect(row).toMatchObject({ logs: null, rolled_back_at: null, applied_steps_count: 1 });
    }
  });

  it('refuses to run when an applied migration was edited afterwards', async () => {
    await applyMigrations(database.url);
    await client.query(`UPDATE "_prisma_migrations" SET checksum = repeat('0', 64)`);
    await expect(applyMigrations(database.url)).rejects.toThrow(/was changed after it was applied/);
  });

  it('rolls back a failing migration, records the failure and refuses to continue until it is resolved', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'inkstone-migrations-'));
    try {
      await cp(migrationsDir, dir, { recursive: true });
      const broken = join(dir, '29991231000000_broken');
      await cp(join(migrationsDir, (await listMigrationNames(migrationsDir))[0] ?? ''), broken, { recursive: true });
      await writeFile(join(broken, 'migration.sql'), 'CREATE TABLE "half_done" ("id" INTEGER);\nSELECT 1 / 0;\n');

      const run = () => applyMigrations(database.url, { migrationsDir: dir });
      await expect(run()).rejects.toThrow(/29991231000000_broken failed and was rolled back: division by zero/);
      const tables = await client.query(`SELECT to_regclass('half_done') AS half_done`);
      expect(tables.rows[0].half_done).toBeNull();
      const failed = await client.query(
        `SELECT finished_at, logs FROM "_prisma_migrations" WHERE migration_name = '29991231000000_broken'`,
      );
      expect(failed.rows).toEqual([{ finished_at: null, logs: 'division by zero' }]);

      await writeFile(join(broken, 'migration.sql'), 'CREATE TABLE "half_done" ("id" INTEGER);\n');
      await expect(run()).rejects.toThrow(/failed before/);
      await client.query(`UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE finished_at IS NULL`);
      expect(await run()).toEqual({ applied: ['29991231000000_broken'] });
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('applies each migration once when two instances start at the same time', async () => {
    const names = await listMigrationNames(migrationsDir);
    const [first, second] = await Promise.all([applyMigrations(database.url), applyMigrations(database.url)]);
    expect([...(first?.applied ?? []), ...(second?.applied ?? [])]).toEqual(names);
    const { rows } = await client.query('SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name');
    expect(rows.map((row) => row.migration_name)).toEqual(names);
  });
});
