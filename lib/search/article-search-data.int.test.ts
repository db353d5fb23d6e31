import { beforeEach, describe, expect, it } from 'vitest';
import { saveArticle } from '@/lib/articles/save-article';
import { createTestArticle, createTestUser } from '@/lib/articles/test-article-fixtures';
import { paragraphs, saveInput } from '@/lib/articles/test-save-input';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { backfillArticleSearch } from './backfill-article-search';
import { searchArticles } from './search-articles';

const titlesOf = async (q: string) => (await searchArticles({ q, page: 1 })).items.map((item) => item.title);

describe('article search data', () => {
  beforeEach(() => resetDatabase(getPrisma()));

  it('follows a save: a published article is found by its new title and no longer by its old one', async () => {
    const user = await createTestUser();
    const actor = { id: user.id, role: user.role };
    const article = await createTestArticle();
    await saveArticle(actor, saveInput(article.id, { intent: 'publish', title: '恩施茶叶丰收', body: paragraphs('今年产量创新高。'), tags: '茶叶' }));
    expect(await titlesOf('恩施')).toEqual(['恩施茶叶丰收']);
    await saveArticle(actor, saveInput(article.id, { baseVersion: 2, title: '宜昌柑橘上市', body: paragraphs('今年产量创新高。'), tags: '茶叶' }));
    expect(await titlesOf('恩施')).toEqual([]);
    expect(await titlesOf('柑橘')).toEqual(['宜昌柑橘上市']);
  });

  it('is filled in by the backfill for rows without it, without touching updatedAt', async () => {
    const article = await createTestArticle({ title: '知識產權局掛牌', bodyText: '正文。', status: 'PUBLISHED', publishedAt: new Date() });
    expect(article.searchTitle).toBeNull();
    expect(await titlesOf('知识产权')).toEqual([]);
    expect(await backfillArticleSearch()).toBe(1);
    expect(await backfillArticleSearch()).toBe(0);
    const stored = await getPrisma().article.findUniqueOrThrow({ where: { id: article.id } });
    expect(stored).toMatchObject({ searchTitle: '知识 产权 产权局 知识产权局 挂牌', titleFolded: '知识产权局挂牌', updatedAt: article.updatedAt });
    expect(await titlesOf('知识产权')).toEqual(['知識產權局掛牌']);
    // The body alone (no title fragment) finds it too.
    expect(await titlesOf('产权 正文')).toEqual(['知識產權局掛牌']);
  });

  it('is served by the indexes, and pg_trgm sees Han characters in this cluster', async () => {
    const prisma = getPrisma();
    // With a C LC_CTYPE pg_trgm would see no word characters in Chinese at all.
    expect(await prisma.$queryRaw`SELECT cardinality(show_trgm('知识产权')) AS n, similarity('知识产权局', '知识产权') > 0.3 AS similar`).toEqual([{ n: 5, similar: true }]);
    await prisma.$executeRaw`
      INSERT INTO articles (id, title, slug, body, body_text, status, published_at, search_title, search_excerpt, search_body, title_folded, updated_at)
      SELECT gen_random_uuid(), '标题' || i, 'a-' || i, '{}'::jsonb, '', 'PUBLISHED', now(), '标题 ' || i, '', '记者 报道 ' || i, '标题' || i, now()
      FROM generate_series(1, 5000) AS i`;
    await prisma.$executeRawUnsafe('VACUUM ANALYZE articles');
    // A few thousand rows still fit a sequential scan; what matters is that the indexes can serve.
    const plans = await prisma.$transaction(async (tx) => {
      await tx.$executeRawUnsafe('SET LOCAL enable_seqscan = off');
      const plan = async (sql: string) => (await tx.$queryRawUnsafe<{ 'QUERY PLAN': string }[]>(`EXPLAIN ${sql}`)).map((row) => row['QUERY PLAN']).join('\n');
      const published = `a.status = 'PUBLISHED' AND a.deleted_at IS NULL`;
      return [
        await plan(`SELECT id FROM articles a WHERE ${published} AND a.search_document @@ to_tsquery('simple', '''恩施''')`),
        await plan(`SELECT id FROM articles a WHERE a.title_folded LIKE '%湖示范%'`),
        await plan(`SELECT id FROM articles a WHERE 'zuckerburg' <% a.title_folded`),
      ];
    });
    expect(plans[0]).toContain('articles_search_document_idx');
    expect(plans[1]).toContain('articles_title_folded_idx');
    expect(plans[2]).toContain('articles_title_folded_idx');
    // PostgreSQL keeps the weighted document current from the three columns.
    const [row] = await prisma.$queryRaw<{ document: string }[]>`SELECT search_document::text AS document FROM articles WHERE slug = 'a-7'`;
    expect(row?.document).toBe("'7':2A,5C '报道':4C '标题':1A '记者':3C");
  });
});
