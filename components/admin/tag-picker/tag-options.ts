import type { TagSearchHit } from '@/lib/tags/search-tags';
import { includesTagName, tagNameKey } from './tag-names';

export type TagOption = { kind: 'tag'; hit: TagSearchHit } | { kind: 'create'; name: string };

interface TagOptionsInput {
  query: string;
  hits: readonly TagSearchHit[];
  /** The hits answer `query` as typed now (not an earlier query still on screen). */
  isCurrent: boolean;
  chosen: readonly string[];
}

/**
 * The picker's options: the tags found, minus those already chosen, then "create" for the typed
 * name unless a tag of that name (or alias, in either script) exists or it is already chosen.
 */
export function tagOptions({ query, hits, isCurrent, chosen }: TagOptionsInput): TagOption[] {
  const options: TagOption[] = hits.filter((hit) => !includesTagName(chosen, hit.name)).map((hit) => ({ kind: 'tag', hit }));
  const name = query.trim().replace(/\s+/gu, ' ');
  const key = tagNameKey(name);
  if (key === '' || includesTagName(chosen, name)) return options;
  const exists = hits.some(
    (hit) => (isCurrent && hit.isExactName) || tagNameKey(hit.name) === key || (hit.matchedAlias !== null && tagNameKey(hit.matchedAlias) === key),
  );
  return exists ? options : [...options, { kind: 'create', name }];
}

/** The option Enter takes before any arrow key is pressed: a tag whose name is what was typed. */
export function defaultOptionIndex(options: readonly TagOption[], isCurrent: boolean): number {
  const first = options[0];
  return isCurrent && first?.kind === 'tag' && first.hit.isExactName ? 0 : -1;
}
