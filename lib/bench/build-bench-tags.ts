import { makeSlug } from '@/lib/slug/make-slug';
import { foldTagName } from '@/lib/tags/fold-tag-name';
import { tagAspects, tagFields, tagRegions } from './bench-vocabulary';

export interface BenchTag { name: string; nameKey: string; slug: string; description: string }

export const maxBenchTags = tagFields.length * (1 + tagRegions.length * (1 + tagAspects.length));

/** The name of the tag at `index`: the fields first, then region + field, then region + field + aspect. */
function benchTagName(index: number): string {
  const fields = tagFields.length;
  if (index < fields) return tagFields[index]!;
  const pairs = fields * tagRegions.length;
  const pair = (index - fields) % pairs;
  const name = `${tagRegions[Math.floor(pair / fields)]}${tagFields[pair % fields]}`;
  if (index < fields + pairs) return name;
  return `${name}${tagAspects[Math.floor((index - fields - pairs) / pairs)]}`;
}

/**
 * Tags `from` (inclusive) to `to` (exclusive) of the bench vocabulary, in popularity order (the
 * broad fields first). Names, name keys and slugs are unique across the whole range 0…maxBenchTags.
 */
export function buildBenchTags(from: number, to: number): BenchTag[] {
  if (from < 0 || to > maxBenchTags || from > to) throw new RangeError(`bench tags ${from}…${to} are outside 0…${maxBenchTags}`);
  const tags: BenchTag[] = [];
  for (let index = from; index < to; index++) {
    const name = benchTagName(index);
    // The index keeps slugs unique where two names share their pinyin.
    tags.push({ name, nameKey: foldTagName(name), slug: `${makeSlug(name)}-${index + 1}`, description: `关于${name}的报道、评论和数据。` });
  }
  return tags;
}
