import 'server-only';
import type pg from 'pg';
import { segmentSearchText } from '@/lib/search/segment-search-text';
import { bodySentences, titleEvents, titlePlaces, titleSubjects } from './bench-vocabulary';

// One statement per chunk: articles generated in SQL from the word lists, then three distinct tags
// each, drawn log-uniformly over the tag ranks (≈ Zipf: rank 1 lands on about a quarter of the
// articles, most tags on a few dozen). About 2% drafts, 1.5% archived, 1.5% in the trash.
// Search columns: the same picks from the word lists segmented in advance ($8…$11, in the order
// of $3…$6), joined with spaces, as lib/search/article-search-columns.ts would store them.
const insertChunk = `
WITH generated AS (
  SELECT g.i, random() AS r, random() AS age FROM generate_series($1::int, $2::int) AS g(i) OFFSET 0
), texts AS (
  SELECT i, r, age,
    ($4::text[])[1 + (i * 7) % cardinality($4::text[])] || ($5::text[])[1 + (i * 13) % cardinality($5::text[])]
      || ($6::text[])[1 + (i * 5) % cardinality($6::text[])] AS title,
    ($3::text[])[1 + (i * 3) % cardinality($3::text[])] || ($3::text[])[1 + (i * 5 + 1) % cardinality($3::text[])]
      || ($3::text[])[1 + (i * 11 + 2) % cardinality($3::text[])] AS lead,
    ($3::text[])[1 + (i + 3) % cardinality($3::text[])] || ($3::text[])[1 + (i * 17 + 4) % cardinality($3::text[])]
      || ($3::text[])[1 + (i * 19 + 5) % cardinality($3::text[])] AS rest,
    ($9::text[])[1 + (i * 7) % cardinality($9::text[])] || ' ' || ($10::text[])[1 + (i * 13) % cardinality($10::text[])]
      || ' ' || ($11::text[])[1 + (i * 5) % cardinality($11::text[])] AS search_title,
    ($8::text[])[1 + (i * 3) % cardinality($8::text[])] || ' ' || ($8::text[])[1 + (i * 5 + 1) % cardinality($8::text[])]
      || ' ' || ($8::text[])[1 + (i * 11 + 2) % cardinality($8::text[])] AS search_lead,
    ($8::text[])[1 + (i + 3) % cardinality($8::text[])] || ' ' || ($8::text[])[1 + (i * 17 + 4) % cardinality($8::text[])]
      || ' ' || ($8::text[])[1 + (i * 19 + 5) % cardinality($8::text[])] AS search_rest
  FROM generated
), inserted AS (
  INSERT INTO articles (id, title, slug, slug_auto, excerpt, body, body_text, status, published_at, deleted_at, byline, source_name, created_at, updated_at,
    search_title, search_excerpt, search_body, title_folded)
  SELECT gen_random_uuid(), title, 'bench-article-' || i, false, left(lead, 120),
    jsonb_build_object('type', 'doc', 'content', jsonb_build_array(
      jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', lead))),
      jsonb_build_object('type', 'paragraph', 'content', jsonb_build_array(jsonb_build_object('type', 'text', 'text', rest))))),
    lead || E'\\n\\n' || rest,
    (CASE WHEN r < 0.02 THEN 'DRAFT' WHEN r < 0.035 THEN 'ARCHIVED' ELSE 'PUBLISHED' END)::"ArticleStatus",
    CASE WHEN r < 0.02 THEN NULL ELSE now() - age * interval '3 years' END,
    CASE WHEN r >= 0.035 AND r < 0.05 THEN now() END,
    '本报记者', '新华社', now() - age * interval '3 years', now() - age * interval '3 years',
    search_title, search_lead, search_lead || ' ' || search_rest, title
  FROM texts
  RETURNING id
), draws AS (
  SELECT inserted.id AS article_id, d.ord, least($7::int, floor(exp(random() * ln($7::int + 1)))::int) AS rank
  FROM inserted CROSS JOIN generate_series(1, 6) AS d(ord)
), picks AS (
  SELECT article_id, rank, row_number() OVER (PARTITION BY article_id ORDER BY min(ord)) - 1 AS position
  FROM draws GROUP BY article_id, rank
)
INSERT INTO article_tags (article_id, tag_id, position)
SELECT picks.article_id, bench_tag_rank.id, picks.position
FROM picks JOIN bench_tag_rank USING (rank) WHERE picks.position < 3`;

/**
 * Inserts articles `from`…`to` (inclusive, numbering their slugs) with their tags; needs the
 * session's temporary table bench_tag_rank(rank, id) for tag ranks 1…tagCount.
 */
export async function insertBenchArticles(client: pg.ClientBase, range: { from: number; to: number; tagCount: number }): Promise<void> {
  const segmented = (texts: readonly string[]) => texts.map((text) => segmentSearchText(text).join(' '));
  await client.query(insertChunk, [
    range.from, range.to, bodySentences, titlePlaces, titleSubjects, titleEvents, range.tagCount,
    segmented(bodySentences), segmented(titlePlaces), segmented(titleSubjects), segmented(titleEvents),
  ]);
}
