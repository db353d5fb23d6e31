-- Every tag carries its article counts, kept by the database itself so that no write path (the
-- editor, scheduled publication, the trash, imports, merges, raw SQL) can forget them:
--   article_count   articles outside the trash, whatever their status;
--   published_count articles readers see in the topic (PUBLISHED and not in the trash).
-- Topic pages, /topics and the admin tag list read them instead of counting on every request.
ALTER TABLE "tags" ADD COLUMN "article_count" INTEGER NOT NULL DEFAULT 0;
ALTER TABLE "tags" ADD COLUMN "published_count" INTEGER NOT NULL DEFAULT 0;

UPDATE "tags" AS t
SET "article_count" = c.total, "published_count" = c.public
FROM (
  SELECT l.tag_id, count(*)::int AS total, (count(*) FILTER (WHERE a.status = 'PUBLISHED'))::int AS public
  FROM "article_tags" AS l JOIN "articles" AS a ON a.id = l.article_id AND a.deleted_at IS NULL
  GROUP BY l.tag_id
) AS c
WHERE t.id = c.tag_id;

CREATE INDEX "tags_published_count_idx" ON "tags"("published_count" DESC);
CREATE INDEX "tags_article_count_idx" ON "tags"("article_count" DESC);

-- Adds per-tag deltas to the counts. The rows are locked in id order first, so transactions
-- changing the counts of the same tags wait for each other instead of deadlocking; NO KEY UPDATE
-- (what the UPDATE takes anyway) does not conflict with the KEY SHARE locks that inserting a link
-- takes on its tag.
CREATE FUNCTION "apply_tag_count_deltas"(ids UUID[], totals INTEGER[], publics INTEGER[]) RETURNS VOID
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM 1 FROM "tags" WHERE id = ANY(ids) ORDER BY id FOR NO KEY UPDATE;
  UPDATE "tags" AS t
  SET "article_count" = t."article_count" + d.total, "published_count" = t."published_count" + d.public
  FROM unnest(ids, totals, publics) AS d(id, total, public)
  WHERE t.id = d.id AND (d.total <> 0 OR d.public <> 0);
END $$;

-- Links added (sign 1) or removed (sign -1): each counts 1 in article_count while its article is
-- outside the trash, and 1 in published_count while the article is also PUBLISHED. Links of an
-- article being deleted are not found here; the articles trigger below counts those.
CREATE FUNCTION "apply_tag_link_deltas"(article_ids UUID[], tag_ids UUID[], signs INTEGER[]) RETURNS VOID
LANGUAGE plpgsql AS $$
DECLARE
  ids UUID[];
  totals INTEGER[];
  publics INTEGER[];
BEGIN
  SELECT array_agg(tag_id), array_agg(total), array_agg(public) INTO ids, totals, publics FROM (
    SELECT l.tag_id, sum(l.sign)::int AS total, coalesce(sum(l.sign) FILTER (WHERE a.status = 'PUBLISHED'), 0)::int AS public
    FROM unnest(article_ids, tag_ids, signs) AS l(article_id, tag_id, sign)
    JOIN "articles" AS a ON a.id = l.article_id AND a.deleted_at IS NULL
    GROUP BY l.tag_id
  ) AS deltas;
  IF ids IS NOT NULL THEN
    PERFORM "apply_tag_count_deltas"(ids, totals, publics);
  END IF;
END $$;

CREATE FUNCTION "count_inserted_tag_links"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "apply_tag_link_deltas"(array_agg(article_id), array_agg(tag_id), array_agg(1)) FROM new_links;
  RETURN NULL;
END $$;

CREATE FUNCTION "count_deleted_tag_links"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "apply_tag_link_deltas"(array_agg(article_id), array_agg(tag_id), array_agg(-1)) FROM old_links;
  RETURN NULL;
END $$;

-- Renumbering positions changes no count: only links whose tag or article changed are counted.
CREATE FUNCTION "count_updated_tag_links"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  PERFORM "apply_tag_link_deltas"(array_agg(article_id), array_agg(tag_id), array_agg(sign)) FROM (
    (SELECT article_id, tag_id, 1 AS sign FROM new_links EXCEPT ALL SELECT article_id, tag_id, 1 FROM old_links)
    UNION ALL
    (SELECT article_id, tag_id, -1 FROM old_links EXCEPT ALL SELECT article_id, tag_id, -1 FROM new_links)
  ) AS changed;
  RETURN NULL;
END $$;

CREATE TRIGGER "article_tags_count_insert" AFTER INSERT ON "article_tags"
  REFERENCING NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION "count_inserted_tag_links"();
CREATE TRIGGER "article_tags_count_delete" AFTER DELETE ON "article_tags"
  REFERENCING OLD TABLE AS old_links FOR EACH STATEMENT EXECUTE FUNCTION "count_deleted_tag_links"();
CREATE TRIGGER "article_tags_count_update" AFTER UPDATE ON "article_tags"
  REFERENCING OLD TABLE AS old_links NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION "count_updated_tag_links"();

-- An article entering or leaving the trash or PUBLISHED moves the counts of all its tags.
CREATE FUNCTION "count_article_state_changes"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
DECLARE
  ids UUID[];
  totals INTEGER[];
  publics INTEGER[];
BEGIN
  SELECT array_agg(tag_id), array_agg(total), array_agg(public) INTO ids, totals, publics FROM (
    SELECT l.tag_id,
           sum((n.deleted_at IS NULL)::int - (o.deleted_at IS NULL)::int)::int AS total,
           sum((n.deleted_at IS NULL AND n.status = 'PUBLISHED')::int - (o.deleted_at IS NULL AND o.status = 'PUBLISHED')::int)::int AS public
    FROM new_articles AS n
    JOIN old_articles AS o ON o.id = n.id
    JOIN "article_tags" AS l ON l.article_id = n.id
    WHERE n.status IS DISTINCT FROM o.status OR n.deleted_at IS DISTINCT FROM o.deleted_at
    GROUP BY l.tag_id
  ) AS deltas;
  IF ids IS NOT NULL THEN PERFORM "apply_tag_count_deltas"(ids, totals, publics); END IF;
  RETURN NULL;
END $$;

CREATE TRIGGER "articles_count_tags_update" AFTER UPDATE ON "articles"
  REFERENCING OLD TABLE AS old_articles NEW TABLE AS new_articles FOR EACH STATEMENT EXECUTE FUNCTION "count_article_state_changes"();

-- A deleted article's links go with it (ON DELETE CASCADE) after the article row is gone, so
-- its counts are taken back here, while its links can still be read.
CREATE FUNCTION "uncount_deleted_article"() RETURNS TRIGGER
LANGUAGE plpgsql AS $$
BEGIN
  IF OLD.deleted_at IS NULL THEN
    PERFORM "apply_tag_count_deltas"(
      array_agg(tag_id ORDER BY tag_id),
      array_agg(-1 ORDER BY tag_id),
      array_agg(-(OLD.status = 'PUBLISHED')::int ORDER BY tag_id))
    FROM "article_tags" WHERE article_id = OLD.id;
  END IF;
  RETURN OLD;
END $$;

CREATE TRIGGER "articles_count_tags_delete" BEFORE DELETE ON "articles"
  FOR EACH ROW EXECUTE FUNCTION "uncount_deleted_article"();
