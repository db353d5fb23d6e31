// `npm run db:migrate`: applies pending migrations to the server at DATABASE_URL, then fills in
// data the migrations cannot compute in SQL (tag name keys).
import { getPrisma } from '@/lib/db/client';
import { applyMigrations } from '@/lib/db/migrate';
import { backfillTagNameKeys } from '@/lib/tags/backfill-tag-name-keys';
import { errorMessage, exitWithError } from './exit-with-error';
import { requireDatabaseUrl } from './require-database-url';

const url = requireDatabaseUrl();
applyMigrations(url)
  .then(async ({ applied }) => {
    await backfillTagNameKeys();
    await getPrisma().$disconnect();
    process.stdout.write(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n` : 'The database is up to date.\n');
  })
  .catch((error: unknown) => exitWithError(errorMessage(error)));
