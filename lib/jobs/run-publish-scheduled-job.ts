import 'server-only';
import { publishDueArticles } from '@/lib/articles/publish-due-articles';
import { invalidateArticlePagesFromJob } from '@/lib/cache/invalidate-article-pages-from-job';
import { enqueueScheduledPublish } from './enqueue-scheduled-publish';
import { findNextScheduledTime } from './find-next-scheduled-time';

// A run wakes the queue for anything due before the next cron minutes, so articles scheduled by
// any path (not only the editor, which enqueues its own wake-up) appear on time, not at the cron's next tick.
const lookAheadMs = 3 * 60_000;

/** The pg-boss handler of the publish-scheduled queue (cron and wake-ups alike): publish what is due. */
export async function runPublishScheduledJob(): Promise<void> {
  const published = await publishDueArticles();
  if (published.length > 0) {
    console.info(`scheduled publishing: published ${published.map((article) => article.slug).join(', ')}`);
    try {
      await invalidateArticlePagesFromJob(published.map((article) => article.invalidation));
    } catch (error) {
      // The articles are published; failing the job would retry a run that finds nothing due.
      console.error('scheduled publishing: expiring reader pages failed', error);
    }
  }
  const next = await findNextScheduledTime(lookAheadMs);
  if (next) await enqueueScheduledPublish(next);
}
