-- When what readers see of an article last changed. "updated_at" cannot say: editor-lock
-- heartbeats, lock claims, trash bookkeeping and search backfills move it too.
ALTER TABLE "articles" ADD COLUMN "content_updated_at" TIMESTAMPTZ(3);

-- Existing articles: the history cannot tell reliably which later writes changed content
-- (revisions also record status-only changes, and "updated_at" moves with every heartbeat), so a
-- public article counts as unchanged since its publication, the last time its content is known
-- to have been set for readers; a draft since it was created. The next edit sets the real time.
UPDATE "articles" SET "content_updated_at" = coalesce("published_at", "created_at");
