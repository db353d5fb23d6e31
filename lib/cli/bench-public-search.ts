// The search function of bench:public, timed in this process against the bench database.
import { tagFields, tagRegions, titleEvents, titleSubjects } from '@/lib/bench/bench-vocabulary';
import { getPrisma } from '@/lib/db/client';
import { searchArticles } from '@/lib/search/search-articles';
import { convertToTraditional } from '@/lib/text/convert-to-traditional';

/**
 * About 200 varied queries: topic words common and rare, Traditional spellings, two-word queries,
 * title fragments, a misspelt Latin name, words no article has, deeper pages.
 */
export function benchSearchQueries(): { q: string; page: number }[] {
  const queries: { q: string; page: number }[] = [];
  const add = (q: string, page = 1) => queries.push({ q, page });
  tagFields.forEach((field, at) => add(field, 1 + (at % 3)));
  tagFields.slice(0, 25).forEach((field) => add(convertToTraditional(field)));
  tagRegions.forEach((region, at) => add(`${region} ${tagFields[at % tagFields.length] ?? ''}`));
  titleSubjects.forEach((subject) => add(subject.slice(1, 5)));
  titleEvents.forEach((event) => add(event));
  titleEvents.forEach((event, at) => add(`${titleSubjects[at % titleSubjects.length] ?? ''}${event}`, 2));
  for (const q of ['记者', '负责人表示', '数字化转型', '个人信息', '中小企业', '一刀切', '百分之十二', '发布会', '专项整治', '白皮书']) add(q);
  for (const q of ['Zuckerburg', 'openai', '量子纠缠', '火星基地', '不存在的词语', '&|!', "' OR 1=1 --", '知识 & 产权']) add(q);
  while (queries.length < 200) add(tagFields[queries.length % tagFields.length] ?? '专利', 1 + (queries.length % 5));
  return queries;
}

export async function timeSearchQueries(): Promise<{ timingsMs: number[]; slowest: { q: string; ms: number } }> {
  await getPrisma().$queryRaw`SELECT 1`;
  await searchArticles({ q: '预热', page: 1 });
  const timingsMs: number[] = [];
  let slowest = { q: '', ms: 0 };
  for (const query of benchSearchQueries()) {
    const started = performance.now();
    await searchArticles(query);
    const ms = performance.now() - started;
    timingsMs.push(ms);
    if (ms > slowest.ms) slowest = { q: query.q, ms };
  }
  return { timingsMs, slowest };
}
