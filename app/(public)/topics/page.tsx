import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { z } from 'zod';
import { TopicTree } from '@/components/public/topic-tree';
import { arrangeTopics } from '@/lib/site/arrange-topics';
import { pageTopicTree } from '@/lib/site/page-topic-tree';
import { listTopics } from '@/lib/tags/list-topics';

type Props = { searchParams: Promise<{ page?: string | string[] }> };

// Absent means page 1; anything but a plain page number is a 404, like a page past the last.
const pageParamSchema = z.union([z.undefined(), z.string().regex(/^[1-9]\d{0,3}$/).transform(Number)]);

const topicsPath = (page: number) => (page === 1 ? '/topics' : `/topics?page=${page}`);

export async function generateMetadata({ searchParams }: Props): Promise<Metadata> {
  const parsed = pageParamSchema.safeParse((await searchParams).page);
  const page = parsed.success ? (parsed.data ?? 1) : 1;
  return {
    title: page === 1 ? '主题' : `主题（第 ${page} 页）`,
    description: '按主题浏览墨石新闻的报道：精选主题与全部主题，及各主题的文章数。',
    alternates: { canonical: topicsPath(page) },
  };
}

export default async function TopicsPage({ searchParams }: Props) {
  await connection();
  const parsed = pageParamSchema.safeParse((await searchParams).page);
  if (!parsed.success) notFound();
  const { featured, tree } = arrangeTopics(await listTopics());
  const paged = pageTopicTree(tree, { page: parsed.data ?? 1 });
  if (!paged) notFound();
  const { nodes, page, pageCount } = paged;
  return (
    <div lang="zh-Hans" className="topic-index">
      <h1 className="page-title">主题</h1>
      {tree.length === 0 ? <p>还没有可浏览的主题。</p> : null}
      {page === 1 && featured.length > 0 ? (
        <section aria-labelledby="featured-topics">
          <h2 id="featured-topics">精选主题</h2>
          <TopicTree nodes={featured} className="topic-featured" />
        </section>
      ) : null}
      {nodes.length > 0 ? (
        <section aria-labelledby="all-topics">
          <h2 id="all-topics">全部主题</h2>
          <TopicTree nodes={nodes} />
        </section>
      ) : null}
      {pageCount > 1 ? (
        <nav aria-label="分页" className="pagination">
          {page > 1 ? <Link href={topicsPath(page - 1)} rel="prev">上一页</Link> : null}
          <span>第 {page} / {pageCount} 页</span>
          {page < pageCount ? <Link href={topicsPath(page + 1)} rel="next">下一页</Link> : null}
        </nav>
      ) : null}
    </div>
  );
}
