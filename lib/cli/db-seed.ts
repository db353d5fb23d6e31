// `npm run db:seed`: creates the first admin (ADMIN_EMAIL / ADMIN_PASSWORD) if there is none and
// imports and publishes the sample articles; running it again creates nothing new.
import { getPrisma } from '@/lib/db/client';
import { seedSampleArticles } from '@/lib/seed/seed-sample-articles';
import { ensureAdmin } from '@/lib/users/ensure-admin';
import { errorMessage, exitWithError } from './exit-with-error';
import { requireDatabaseUrl } from './require-database-url';
import { parseServeOptions } from './serve-options';

async function main(): Promise<void> {
  requireDatabaseUrl();
  const parsed = parseServeOptions(process.env);
  if (!parsed.ok) exitWithError(parsed.error);
  const admin = await ensureAdmin({ email: parsed.options.ADMIN_EMAIL, password: parsed.options.ADMIN_PASSWORD });
  if (admin.generatedPassword) process.stdout.write(`Admin created: ${admin.email} / ${admin.generatedPassword} (shown once)\n`);
  for (const outcome of await seedSampleArticles(admin.id)) {
    process.stdout.write(`${outcome.created ? 'published' : 'already present'}: /articles/${outcome.slug} (${outcome.file})\n`);
  }
  await getPrisma().$disconnect();
}

main().catch((error: unknown) => exitWithError(errorMessage(error)));
