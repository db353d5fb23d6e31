import 'server-only';
import { getPrisma } from '@/lib/db/client';
import type { TagVocabularyEntry } from './run-import-pipeline';

/** The existing tags that suggestions are matched against (tags have no aliases yet). */
export async function loadTagVocabulary(): Promise<TagVocabularyEntry[]> {
  return getPrisma().tag.findMany({ select: { name: true }, orderBy: { name: 'asc' } });
}
