import { connection } from 'next/server';
import { ArticleList } from '@/components/public/article-list';
import { listPublishedArticles } from '@/lib/articles/list-published-articles';

export default async function HomePage() {
  await connection();
  const articles = await listPublishedArticles({ limit: 30 });
  return (
    <>
      <h1 className="page-title" lang="zh-Hans">最新文章</h1>
      {articles.length === 0 ? <p lang="zh-Hans">还没有发布的文章。</p> : <ArticleList articles={articles} />}
    </>
  );
}
