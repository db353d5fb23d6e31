import 'server-only';
import { createHash } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { createImportedArticle } from '@/lib/articles/create-imported-article';
import { importTextDump } from '@/lib/import/import-text-dump';

const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));

const manifestSchema = z.object({
  articles: z.array(z.object({ file: z.string().regex(/^[\w/.-]+$/), tags: z.array(z.string().min(1)) })),
});

export interface SeedOutcome {
  file: string;
  created: boolean;
  slug: string;
}

/** Imports, tags and publishes the sample articles listed in content/seed.json; safe to run again. */
export async function seedSampleArticles(actorId: string | null): Promise<SeedOutcome[]> {
  const manifest = manifestSchema.parse(JSON.parse(await readFile(`${contentDir}seed.json`, 'utf8')));
  const outcomes: SeedOutcome[] = [];
  for (const entry of manifest.articles) {
    const bytes = await readFile(`${contentDir}${entry.file}`);
    const result = importTextDump(new Uint8Array(bytes), entry.file);
    const sourceHash = createHash('sha256').update(bytes).digest('hex');
    const { created, slug } = await createImportedArticle({ actorId, result, sourceHash, tags: entry.tags, publish: true });
    outcomes.push({ file: entry.file, created, slug });
  }
  return outcomes;
}
