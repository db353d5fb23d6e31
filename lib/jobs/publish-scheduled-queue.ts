import type PgBoss from 'pg-boss';

export const publishScheduledQueue = 'publish-scheduled';

// Every minute: the safety net that publishes whatever is due, also after downtime.
export const publishScheduledCron = '* * * * *';

/**
 * `short`: at most one waiting job per singletonKey. Wake-ups for a scheduled minute share the key
 * of that minute, cron runs share none, so a burst of schedules queues one job per minute.
 * Two jobs running at once are harmless: publishDueArticles locks rows with SKIP LOCKED.
 */
export const publishScheduledQueueOptions: PgBoss.Queue = {
  name: publishScheduledQueue,
  policy: 'short',
  retryLimit: 3,
  retryDelay: 10,
  expireInSeconds: 5 * 60,
  retentionMinutes: 60,
};
