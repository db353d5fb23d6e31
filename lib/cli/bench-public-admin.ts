// The admin tag list queries of bench:public, timed in this process against the bench database.
import { getPrisma } from '@/lib/db/client';
import { listTagsForAdmin } from '@/lib/tags/list-tags-for-admin';

// Called loosely typed: the admin tag list's options are being reworked ({ sort, page, q });
// options a version does not know are ignored.
const listTags = listTagsForAdmin as unknown as (options: Record<string, unknown>) => Promise<unknown>;

const queries = [
  { name: "{ sort: 'articles', page: 1 }", options: { sort: 'articles', page: 1 } },
  { name: "{ q: '知识' }", options: { q: '知识' } },
];

export async function timeAdminTagList(runs: number): Promise<{ name: string; timingsMs: number[] }[]> {
  await getPrisma().$queryRaw`SELECT 1`;
  const timings = [];
  for (const query of queries) {
    const timingsMs: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      await listTags(query.options);
      timingsMs.push(performance.now() - started);
    }
    timings.push({ name: query.name, timingsMs });
  }
  return timings;
}
