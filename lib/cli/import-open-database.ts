// Opens the database the import command writes to: DATABASE_URL, or else the embedded PostgreSQL
// in .data that `npm start` keeps, which only one process may run at a time. Migrations are
// applied, so importing into a fresh checkout works.
import { join } from 'node:path';
import { applyMigrations } from '@/lib/db/migrate';
import { openDatabase, type OpenDatabase } from '@/lib/db/open-database';
import { removeStalePostmasterPid } from '@/lib/db/remove-stale-postmaster-pid';

export async function openImportDatabase(dataDir: string, env: Record<string, string | undefined>): Promise<OpenDatabase> {
  const databaseUrl = env.DATABASE_URL?.trim() || undefined;
  if (databaseUrl && !/^postgres(ql)?:\/\//u.test(databaseUrl)) throw new Error('DATABASE_URL must start with postgres:// or postgresql://');
  if (!databaseUrl) {
    try {
      // The same check the embedded server makes before it starts, with advice for this command.
      await removeStalePostmasterPid(join(dataDir, 'postgres', 'cluster'));
    } catch {
      throw new Error('The embedded database in .data is in use by a running `npm start`: stop `npm start`, or set DATABASE_URL to import into a PostgreSQL server.');
    }
  }
  const database = await openDatabase({ databaseUrl, dataDir });
  try {
    await applyMigrations(database.url);
  } catch (error) {
    await database.stop();
    throw error;
  }
  return database;
}
