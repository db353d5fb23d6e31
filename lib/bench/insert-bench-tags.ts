import 'server-only';
import type pg from 'pg';
import type { BenchTag } from './build-bench-tags';

/** Inserts the tags in one statement (arrays unnested server-side); returns how many. */
export async function insertBenchTags(client: pg.ClientBase, tags: readonly BenchTag[]): Promise<number> {
  const result = await client.query(
    `INSERT INTO tags (id, name, name_key, slug, description, updated_at)
     SELECT gen_random_uuid(), t.name, t.name_key, t.slug, t.description, now()
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[]) AS t(name, name_key, slug, description)`,
    [tags.map((tag) => tag.name), tags.map((tag) => tag.nameKey), tags.map((tag) => tag.slug), tags.map((tag) => tag.description)],
  );
  return result.rowCount ?? 0;
}
