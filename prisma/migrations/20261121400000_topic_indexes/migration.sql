-- A topic's articles as an index-only scan in article-id order (the primary key leads with
-- article_id, so it cannot serve a lookup by tag); it replaces the tag_id-only index.
DROP INDEX "article_tags_tag_id_idx";

CREATE INDEX "article_tags_tag_id_article_id_idx" ON "article_tags"("tag_id", "article_id");
