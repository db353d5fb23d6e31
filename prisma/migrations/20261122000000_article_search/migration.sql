-- Reader search. PostgreSQL cannot segment Chinese, so the application stores each article's
-- title, excerpt and body text already normalised (Simplified, NFKC, lower case) and cut into
-- words joined by spaces; the 'simple' configuration then takes each word as one lexeme.
-- NULL means not computed yet: the start-up backfill fills those rows.
CREATE EXTENSION IF NOT EXISTS pg_trgm;

ALTER TABLE "articles" ADD COLUMN "search_title" TEXT,
ADD COLUMN "search_excerpt" TEXT,
ADD COLUMN "search_body" TEXT,
ADD COLUMN "title_folded" TEXT;

-- The weighted document (title A, excerpt B, body C) of public articles only; queries repeat this
-- expression word for word so the planner matches the index.
CREATE INDEX "articles_search_document_idx" ON "articles" USING GIN ((
  setweight(to_tsvector('simple'::regconfig, coalesce("search_title", '')), 'A')
  || setweight(to_tsvector('simple'::regconfig, coalesce("search_excerpt", '')), 'B')
  || setweight(to_tsvector('simple'::regconfig, coalesce("search_body", '')), 'C')
)) WHERE "status" = 'PUBLISHED' AND "deleted_at" IS NULL;

-- Partial and misspelt title queries (substring LIKE and word similarity).
CREATE INDEX "articles_title_folded_idx" ON "articles" USING GIN ("title_folded" gin_trgm_ops);
