import 'server-only';
import { getPrisma } from '@/lib/db/client';
import type { TagVocabularyEntry } from './run-import-pipeline';

/** The existing tags, with their aliases, that suggestions are matched against. */
export async function loadTagVocabulary(): Promise<TagVocabularyEntry[]> {
  const tags = await getPrisma().tag.findMany({
    select: { name: true, aliases: { select: { name: true }, orderBy: { name: 'asc' } } },
    orderBy: { name: 'asc' },
  });
  return tags.map((tag) => ({ name: tag.name, aliases: tag.aliases.map((alias) => alias.name) }));
}
