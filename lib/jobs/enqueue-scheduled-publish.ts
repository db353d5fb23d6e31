import 'server-only';
import { getJobQueue } from './get-job-queue';
import { publishScheduledQueue } from './publish-scheduled-queue';

/**
 * Asks for a publishing run at `at` (the scheduled time), so a due article appears within seconds
 * rather than at the next cron minute. Best effort: the cron run publishes it anyway.
 */
export async function enqueueScheduledPublish(at: Date): Promise<void> {
  const boss = await getJobQueue();
  const minute = new Date(Math.floor(at.getTime() / 60_000) * 60_000);
  await boss.send(publishScheduledQueue, {}, { startAfter: at, singletonKey: `at:${minute.toISOString()}` });
}
