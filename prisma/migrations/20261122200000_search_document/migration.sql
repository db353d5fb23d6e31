-- Reader search reads a stored, weighted document instead of an expression index: with the
-- expression index every matching row's tsvector was rebuilt at query time (for ranking and for
-- rechecking lossy matches), about 200 µs a row, seconds for a common word.
DROP INDEX IF EXISTS "articles_search_document_idx";

-- Keep the articles heap narrow, so that scans over many matches read few pages: long texts go out
-- of line (the weighted document uncompressed, as a tsvector barely compresses and is read whole),
-- while the short columns that searches and lists test or show stay in the row.
ALTER TABLE "articles" SET (toast_tuple_target = 256);
ALTER TABLE "articles" ALTER COLUMN "title" SET STORAGE MAIN,
  ALTER COLUMN "slug" SET STORAGE MAIN,
  ALTER COLUMN "excerpt" SET STORAGE MAIN,
  ALTER COLUMN "title_folded" SET STORAGE MAIN,
  ALTER COLUMN "search_title" SET STORAGE MAIN;

ALTER TABLE "articles" ADD COLUMN "search_document" tsvector GENERATED ALWAYS AS (
  setweight(to_tsvector('simple'::regconfig, coalesce("search_title", '')), 'A')
  || setweight(to_tsvector('simple'::regconfig, coalesce("search_excerpt", '')), 'B')
  || setweight(to_tsvector('simple'::regconfig, coalesce("search_body", '')), 'C')
) STORED;
ALTER TABLE "articles" ALTER COLUMN "search_document" SET STORAGE EXTERNAL;

-- Public articles only, the rows search returns.
CREATE INDEX "articles_search_document_idx" ON "articles" USING GIN ("search_document")
  WHERE "status" = 'PUBLISHED' AND "deleted_at" IS NULL;

-- Public articles newest first with their folded titles: a title fragment's newest matches are
-- found by reading this index alone (an index-only scan), and a common word's newest matches by
-- walking it.
CREATE INDEX "articles_public_title_idx" ON "articles" ("published_at" DESC, "id" DESC, "title_folded")
  WHERE "status" = 'PUBLISHED' AND "deleted_at" IS NULL;
