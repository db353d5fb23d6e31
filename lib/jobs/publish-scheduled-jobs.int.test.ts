import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { enqueueScheduledPublish } from './enqueue-scheduled-publish';
import { getJobQueue } from './get-job-queue';
import { publishScheduledQueue } from './publish-scheduled-queue';
import { runPublishScheduledJob } from './run-publish-scheduled-job';
import { startJobWorkers, stopJobWorkers } from './start-job-workers';

const doc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '正文。' }] }] };

async function waitForStatus(id: string, status: string): Promise<void> {
  for (let attempt = 0; attempt < 150; attempt++) {
    const article = await getPrisma().article.findUniqueOrThrow({ where: { id }, select: { status: true } });
    if (article.status === status) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`article ${id} never became ${status}`);
}

async function waitingWakeUps(): Promise<string[]> {
  const boss = await getJobQueue();
  const { rows } = await boss.getDb().executeSql(
    `SELECT singleton_key FROM pgboss.job WHERE name = $1 AND state = 'created' AND singleton_key LIKE 'at:%' ORDER BY singleton_key`,
    [publishScheduledQueue],
  );
  return rows.map((row: { singleton_key: string }) => row.singleton_key);
}

describe('scheduled publishing jobs (pg-boss)', () => {
  beforeEach(() => resetDatabase(getPrisma()));
  afterAll(() => stopJobWorkers());

  it('queues one wake-up per scheduled minute however many schedules fall in it', async () => {
    const boss = await getJobQueue();
    await boss.purgeQueue(publishScheduledQueue);
    const minute = Date.UTC(2099, 0, 1, 8, 30);
    await enqueueScheduledPublish(new Date(minute));
    await enqueueScheduledPublish(new Date(minute + 20_000));
    await enqueueScheduledPublish(new Date(minute + 60_000));
    expect(await waitingWakeUps()).toEqual(['at:2099-01-01T08:30:00.000Z', 'at:2099-01-01T08:31:00.000Z']);
    await boss.purgeQueue(publishScheduledQueue);
  });

  it('after a run, wakes the queue when the next article falls due within minutes, however it was scheduled', async () => {
    const boss = await getJobQueue();
    await boss.purgeQueue(publishScheduledQueue);
    const create = (slug: string, scheduledAt: Date) =>
      getPrisma().article.create({ data: { title: slug, slug, body: doc, bodyText: '正文。', status: 'SCHEDULED', scheduledAt } });
    const minute = Math.ceil(Date.now() / 60_000) * 60_000 + 60_000;
    await create('hou-tian', new Date(minute + 30 * 60_000));
    await create('ma-shang', new Date(minute + 15_000));
    await create('zai-hou', new Date(minute + 20_000));

    await runPublishScheduledJob();

    expect(await waitingWakeUps()).toEqual([`at:${new Date(minute).toISOString()}`]);
    await boss.purgeQueue(publishScheduledQueue);
  });

  it('starts a worker and one cron schedule, and publishes a due article when woken', { timeout: 60_000 }, async () => {
    // Due while no worker ran (as after a restart): the run at start publishes it.
    const missed = await getPrisma().article.create({
      data: { title: '错过的', slug: 'cuo-guo-de', body: doc, bodyText: '正文。', status: 'SCHEDULED', scheduledAt: new Date(Date.now() - 3_600_000) },
    });
    await startJobWorkers();
    await waitForStatus(missed.id, 'PUBLISHED');

    const boss = await getJobQueue();
    const schedules = await boss.getSchedules();
    expect(schedules.filter((schedule) => schedule.name === publishScheduledQueue)).toMatchObject([{ cron: '* * * * *' }]);

    const soon = await getPrisma().article.create({
      data: { title: '马上', slug: 'ma-shang', body: doc, bodyText: '正文。', status: 'SCHEDULED', scheduledAt: new Date(Date.now() + 1_000) },
    });
    await enqueueScheduledPublish(new Date(Date.now() + 1_000));
    await waitForStatus(soon.id, 'PUBLISHED');
    expect(await getPrisma().revision.count({ where: { reason: 'scheduled-publish' } })).toBe(2);
  });
});
