// `npm run db:migrate`: applies pending migrations to the server at DATABASE_URL.
import { applyMigrations } from '@/lib/db/migrate';
import { errorMessage, exitWithError } from './exit-with-error';
import { requireDatabaseUrl } from './require-database-url';

const url = requireDatabaseUrl();
applyMigrations(url).then(
  ({ applied }) => {
    process.stdout.write(applied.length ? `Applied ${applied.length} migration(s): ${applied.join(', ')}\n` : 'The database is up to date.\n');
  },
  (error: unknown) => exitWithError(errorMessage(error)),
);
