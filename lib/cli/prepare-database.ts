import { applyMigrations } from '@/lib/db/migrate';
import { ensureAdmin, type EnsureAdminResult } from '@/lib/users/ensure-admin';
import { backfillArticleSearch } from '@/lib/search/backfill-article-search';
import { seedOnce } from '@/lib/seed/seed-once';
import { backfillTagNameKeys } from '@/lib/tags/backfill-tag-name-keys';
import type { SeedOutcome } from '@/lib/seed/seed-sample-articles';

export interface PreparedDatabase {
  migrations: string[];
  admin: EnsureAdminResult;
  seeded: SeedOutcome[] | null;
}

/** Everything a start needs from the database: schema migrated (and its data filled in), a first admin, the sample content. */
export async function prepareDatabase(url: string, admin: { email?: string; password?: string }): Promise<PreparedDatabase> {
  const { applied } = await applyMigrations(url);
  await backfillTagNameKeys();
  const ensured = await ensureAdmin(admin);
  const seeded = await seedOnce(ensured.id);
  await backfillArticleSearch();
  return { migrations: applied, admin: ensured, seeded };
}
