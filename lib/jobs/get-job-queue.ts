import 'server-only';
import PgBoss from 'pg-boss';
import { importBatchQueue, importBatchQueueOptions } from './import-batch-queue';
import { publishScheduledQueue, publishScheduledQueueOptions } from './publish-scheduled-queue';

// pg-boss keeps its tables in a schema of its own, apart from the application's.
export const jobSchema = 'pgboss';

// On globalThis: Next loads instrumentation and route handlers as separate bundles, and dev
// reloads modules; all of them must share one queue connection per process.
const globalForJobs = globalThis as typeof globalThis & { inkstoneJobQueue?: Promise<PgBoss> };

async function startJobQueue(): Promise<PgBoss> {
  const connectionString = process.env.DATABASE_URL;
  if (!connectionString) throw new Error('DATABASE_URL is not set: background jobs need the database');
  // Cron schedules are checked every 10 s (default 30 s), so a per-minute cron runs close to its minute.
  const boss = new PgBoss({ connectionString, schema: jobSchema, application_name: 'inkstone-jobs', max: 4, cronMonitorIntervalSeconds: 10 });
  boss.on('error', (error) => console.error('background jobs:', error));
  await boss.start();
  // pg-boss 10 needs a queue to exist before jobs are sent to it or worked; creating is idempotent.
  await boss.createQueue(importBatchQueue, importBatchQueueOptions);
  await boss.createQueue(publishScheduledQueue, publishScheduledQueueOptions);
  return boss;
}

/** The process-wide pg-boss instance, started on first use against DATABASE_URL. */
export function getJobQueue(): Promise<PgBoss> {
  globalForJobs.inkstoneJobQueue ??= startJobQueue().catch((error: unknown) => {
    globalForJobs.inkstoneJobQueue = undefined;
    throw error;
  });
  return globalForJobs.inkstoneJobQueue;
}

/** Stops the queue: running jobs get `timeoutMs` to finish, then count as failed and are retried. */
export async function stopJobQueue(timeoutMs = 10_000): Promise<void> {
  const starting = globalForJobs.inkstoneJobQueue;
  if (!starting) return;
  globalForJobs.inkstoneJobQueue = undefined;
  const boss = await starting.catch(() => null);
  await boss?.stop({ graceful: true, timeout: timeoutMs });
}
