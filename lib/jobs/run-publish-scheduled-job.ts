import 'server-only';
import { publishDueArticles } from '@/lib/articles/publish-due-articles';
import { invalidateArticlePagesFromJob } from '@/lib/cache/invalidate-article-pages-from-job';

/** The pg-boss handler of the publish-scheduled queue (cron and wake-ups alike): publish what is due. */
export async function runPublishScheduledJob(): Promise<void> {
  const published = await publishDueArticles();
  if (published.length === 0) return;
  console.info(`scheduled publishing: published ${published.map((article) => article.slug).join(', ')}`);
  try {
    await invalidateArticlePagesFromJob(published.map((article) => article.invalidation));
  } catch (error) {
    // The articles are published; failing the job would retry a run that finds nothing due.
    console.error('scheduled publishing: expiring reader pages failed', error);
  }
}
