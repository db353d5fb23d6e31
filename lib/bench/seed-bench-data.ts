import 'server-only';
import pg from 'pg';
import { buildBenchTags } from './build-bench-tags';
import { insertBenchArticles } from './insert-bench-articles';
import { insertBenchTags } from './insert-bench-tags';

export interface BenchSeedFigures { seconds: number; articles: number; publicArticles: number; tags: number; articleTags: number }

const chunkSize = 10_000;
// Tag ranks marked featured (the broad, popular topics plus a couple of smaller ones).
const featuredRanks = [1, 2, 4, 7, 12, 30];

/**
 * Fills an empty, migrated database: `tags` tags (rank 1 the most used), some of ranks 51–400
 * children of a broad topic, a few featured; `articles` articles with three tags each, generated
 * in SQL in chunks so memory stays flat. Runs VACUUM ANALYZE at the end, as autovacuum would.
 */
export async function seedBenchData(databaseUrl: string, counts: { articles: number; tags: number }, log: (line: string) => void): Promise<BenchSeedFigures> {
  const started = performance.now();
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('SELECT setseed(0.5)');
    const tags = buildBenchTags(0, counts.tags);
    await insertBenchTags(client, tags);
    await client.query(
      `CREATE TEMP TABLE bench_tag_rank AS
       SELECT r.rank::int AS rank, t.id FROM unnest($1::text[]) WITH ORDINALITY AS r(slug, rank) JOIN tags t USING (slug)`,
      [tags.map((tag) => tag.slug)],
    );
    await client.query('ALTER TABLE bench_tag_rank ADD PRIMARY KEY (rank)');
    await client.query(
      `UPDATE tags SET parent_id = parent.id
       FROM bench_tag_rank child JOIN bench_tag_rank parent ON parent.rank = (child.rank - 51) % 50 + 1
       WHERE tags.id = child.id AND child.rank BETWEEN 51 AND 400`,
    );
    await client.query('UPDATE tags SET featured = true FROM bench_tag_rank r WHERE tags.id = r.id AND r.rank = ANY($1::int[])', [featuredRanks]);
    for (let from = 1; from <= counts.articles; from += chunkSize) {
      const to = Math.min(counts.articles, from + chunkSize - 1);
      await insertBenchArticles(client, { from, to, tagCount: counts.tags });
      log(`seeded ${to.toLocaleString('en')} / ${counts.articles.toLocaleString('en')} articles`);
    }
    await client.query('VACUUM ANALYZE');
    const { rows } = await client.query<{ articles: string; public: string; tags: string; links: string }>(
      `SELECT (SELECT count(*) FROM articles) AS articles,
              (SELECT count(*) FROM articles WHERE status = 'PUBLISHED' AND deleted_at IS NULL) AS public,
              (SELECT count(*) FROM tags) AS tags, (SELECT count(*) FROM article_tags) AS links`,
    );
    const row = rows[0]!;
    return { seconds: (performance.now() - started) / 1000, articles: Number(row.articles), publicArticles: Number(row.public), tags: Number(row.tags), articleTags: Number(row.links) };
  } finally {
    await client.end();
  }
}

/** Adds bench tags up to `total` (no articles use them), for the admin tag list timing. */
export async function topUpBenchTags(databaseUrl: string, from: number, total: number): Promise<number> {
  if (total <= from) return 0;
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    const added = await insertBenchTags(client, buildBenchTags(from, total));
    await client.query('ANALYZE tags');
    return added;
  } finally {
    await client.end();
  }
}
