import 'server-only';
import { getPrisma } from '@/lib/db/client';
import { suggestTags } from '@/lib/import/suggest-tags';
import { foldTerm } from '@/lib/import/suggest-tags/prepare-vocabulary';
import { foldTagName } from './fold-tag-name';

export interface ArticleTagSuggestionInput {
  title: string;
  bodyText: string;
  /** The names of the tags the article has now; they are not suggested again. */
  currentTags: readonly string[];
}

export interface ArticleTagSuggestion {
  name: string;
  slug: string;
  /** 'alias' when the text matched one of the tag's aliases (named in `via`), not its name. */
  reason: 'tag' | 'alias';
  via?: string;
}

/**
 * Existing tags for an article, from its text, the way the importer matches them (keywords by
 * TF-IDF, and tag names or aliases in the title or repeated in the body, script-blind), so an
 * editor sees what an import of the same text would have applied. The whole vocabulary is read:
 * matching mentions needs every name, and 10,000 tags with their aliases are a small read.
 */
export async function suggestTagsForArticle(
  input: ArticleTagSuggestionInput,
  options: { limit?: number } = {},
): Promise<ArticleTagSuggestion[]> {
  const tags = await getPrisma().tag.findMany({
    select: { name: true, slug: true, nameKey: true, aliases: { select: { name: true }, orderBy: { name: 'asc' } } },
    orderBy: { name: 'asc' },
  });
  const vocabulary = tags.map((tag) => ({ name: tag.name, aliases: tag.aliases.map((alias) => alias.name) }));
  const tagByName = new Map(tags.map((tag) => [tag.name, tag]));
  const current = new Set(input.currentTags.map(foldTagName));

  const { matched } = suggestTags({ title: input.title, bodyText: input.bodyText, pageTags: [] }, vocabulary);
  const suggestions: ArticleTagSuggestion[] = [];
  for (const { tag: name, term } of matched) {
    const tag = tagByName.get(name);
    if (!tag || current.has(tag.nameKey ?? foldTagName(tag.name))) continue;
    if (foldTerm(tag.name) === term) {
      suggestions.push({ name: tag.name, slug: tag.slug, reason: 'tag' });
    } else {
      const via = tag.aliases.find((alias) => foldTerm(alias.name) === term)?.name;
      suggestions.push({ name: tag.name, slug: tag.slug, reason: 'alias', ...(via === undefined ? {} : { via }) });
    }
    if (suggestions.length === (options.limit ?? 8)) break;
  }
  return suggestions;
}
