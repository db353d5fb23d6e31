import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';
import { fromSigned64, hammingDistance, nearDuplicateMaxDistance } from '@/lib/import/fingerprint/simhash';
import type { ArticleFingerprint } from './fingerprint-article';
import type { NearDuplicate } from './import-batch-types';

export function nearDuplicateWarning(title: string): string {
  return `Possible duplicate of «${title}»`;
}

// Far more than any real cluster of near copies; only guards against a pathological band value.
const maxCandidates = 1000;

/**
 * Articles whose SimHash is within nearDuplicateMaxDistance of the fingerprint, closest first.
 * Two hashes that close share at least one band key (lib/import/fingerprint/simhash), so the
 * GIN-indexed overlap (`&&`) finds every candidate without scanning the table.
 */
export async function findNearDuplicates(
  db: Pick<Prisma.TransactionClient, '$queryRaw'>,
  fingerprint: Pick<ArticleFingerprint, 'simhash' | 'simhashBands'>,
  limit = 5,
): Promise<NearDuplicate[]> {
  if (fingerprint.simhash === null || fingerprint.simhashBands.length === 0) return [];
  const candidates = await db.$queryRaw<{ id: string; title: string; slug: string; simhash: bigint }[]>`
    SELECT id, title, slug, simhash FROM articles
    WHERE simhash_bands && ${fingerprint.simhashBands}::int[] AND simhash IS NOT NULL
    LIMIT ${maxCandidates}`;
  const target = fromSigned64(fingerprint.simhash);
  return candidates
    .map((candidate) => ({
      articleId: candidate.id,
      title: candidate.title,
      slug: candidate.slug,
      distance: hammingDistance(target, fromSigned64(BigInt(candidate.simhash))),
    }))
    .filter((candidate) => candidate.distance <= nearDuplicateMaxDistance)
    .sort((a, b) => a.distance - b.distance || a.slug.localeCompare(b.slug))
    .slice(0, limit);
}
