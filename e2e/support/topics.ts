import { randomUUID } from 'node:crypto';
import { database } from './database';

export interface TestTopic {
  id: string;
  name: string;
  slug: string;
}

/** A tag of its own for one test; `parentId` makes it a child topic. */
export async function createTopic(options: { name?: string; parentId?: string } = {}): Promise<TestTopic> {
  const id = randomUUID();
  const slug = `e2e-topic-${id.slice(0, 8)}`;
  const name = options.name ?? `测试主题${id.slice(0, 8)}`;
  await database().query(
    `INSERT INTO tags (id, name, name_key, slug, parent_id, updated_at) VALUES ($1, $2, $3, $4, $5, now())`,
    [id, name, name.toLowerCase(), slug, options.parentId ?? null],
  );
  return { id, name, slug };
}

/** Records `oldSlug` as a former slug of the tag, as a rename or a merge does. */
export async function addTopicSlugRedirect(oldSlug: string, tagId: string): Promise<void> {
  await database().query(`INSERT INTO tag_slug_redirects (slug, tag_id) VALUES ($1, $2)`, [oldSlug, tagId]);
}

export interface TestTopicArticle {
  id: string;
  slug: string;
  title: string;
}

/**
 * `count` published articles in the topic, an hour apart, plus a draft and a trashed article
 * that must never show. Returned newest first, as readers see them.
 */
export async function createTopicArticles(topic: TestTopic, count: number): Promise<TestTopicArticle[]> {
  const body = JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: '正文。' }] }] });
  const tag = topic.id.slice(0, 8);
  const { rows } = await database().query<TestTopicArticle>(
    `WITH created AS (
       INSERT INTO articles (id, title, slug, excerpt, body, body_text, status, published_at, deleted_at, updated_at)
       SELECT gen_random_uuid(), '主题文章' || $1 || '-' || lpad(n::text, 2, '0'), 'e2e-' || $1 || '-' || n, '摘要 ' || n, $2::jsonb, '正文。',
              (CASE WHEN n > $3 + 1 THEN 'DRAFT' ELSE 'PUBLISHED' END)::"ArticleStatus",
              CASE WHEN n > $3 + 1 THEN NULL ELSE now() - n * interval '1 hour' END,
              CASE WHEN n = $3 + 1 THEN now() ELSE NULL END, now()
       FROM generate_series(1, $3 + 2) AS n
       RETURNING id, slug, title, published_at, deleted_at, status
     ), tagged AS (
       INSERT INTO article_tags (article_id, tag_id, position) SELECT id, $4, 0 FROM created
     )
     SELECT id, slug, title FROM created WHERE status = 'PUBLISHED' AND deleted_at IS NULL ORDER BY published_at DESC`,
    [tag, body, count, topic.id],
  );
  return rows;
}
