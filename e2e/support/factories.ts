import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../lib/auth/password';
import { articleSearchColumns } from '../../lib/search/article-search-columns';
import { database } from './database';

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

export async function createUser(role: 'ADMIN' | 'EDITOR' | 'CONTRIBUTOR', options: { disabled?: boolean } = {}): Promise<TestUser> {
  const id = randomUUID();
  const email = `${role.toLowerCase()}-${id.slice(0, 8)}@e2e.test`;
  const password = `pw-${randomUUID()}`;
  await database().query(
    `INSERT INTO users (id, email, name, password_hash, role, disabled, updated_at) VALUES ($1, $2, $3, $4, $5, $6, now())`,
    [id, email, `测试${role === 'ADMIN' ? '管理员' : '编辑'}`, await hashPassword(password), role, options.disabled ?? false],
  );
  return { id, email, password };
}

export interface TestArticle {
  id: string;
  slug: string;
  title: string;
}

export interface ArticleOptions {
  status: 'DRAFT' | 'SCHEDULED' | 'PUBLISHED' | 'ARCHIVED';
  title?: string;
  /** The body's one paragraph; by default a sentence about the title. */
  bodyText?: string;
  tagSlug?: string;
  script?: 'HANS' | 'HANT';
  /** When a SCHEDULED article is due. */
  scheduledAt?: Date;
  needsReview?: boolean;
  /** In the trash. */
  isTrashed?: boolean;
  /** Who wrote it (a contributor sees only their own articles); nobody by default. */
  createdById?: string;
}

export async function createArticle(options: ArticleOptions): Promise<TestArticle> {
  const id = randomUUID();
  const slug = `e2e-${id.slice(0, 8)}`;
  const title = options.title ?? `测试文章 ${id.slice(0, 8)}`;
  const text = options.bodyText ?? `${title}的正文。`;
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] };
  const isPublic = options.status === 'PUBLISHED' || options.status === 'ARCHIVED';
  // The search columns as the editor's save stores them, so every test article can be searched for.
  const search = articleSearchColumns({ title, excerpt: '', bodyText: text });
  await database().query(
    `INSERT INTO articles (id, title, slug, body, body_text, status, script, published_at, scheduled_at, needs_review, deleted_at, updated_at,
       search_title, search_excerpt, search_body, title_folded, created_by_id)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, now(), $12, $13, $14, $15, $16)`,
    [
      id, title, slug, JSON.stringify(body), text, options.status, options.script ?? 'HANS',
      isPublic ? new Date() : null, options.scheduledAt ?? null, options.needsReview ?? false, options.isTrashed ? new Date() : null,
      search.searchTitle, search.searchExcerpt, search.searchBody, search.titleFolded, options.createdById ?? null,
    ],
  );
  if (options.tagSlug) {
    await database().query(
      `INSERT INTO article_tags (article_id, tag_id, position) SELECT $1, id, 0 FROM tags WHERE slug = $2`,
      [id, options.tagSlug],
    );
  }
  return { id, slug, title };
}

/** Records `oldSlug` as a former slug of the article, as a slug change of a public article does. */
export async function addSlugRedirect(oldSlug: string, articleId: string): Promise<void> {
  await database().query(`INSERT INTO article_slug_redirects (slug, article_id) VALUES ($1, $2)`, [oldSlug, articleId]);
}

export async function findArticleIdBySlug(slug: string): Promise<string> {
  const { rows } = await database().query<{ id: string }>('SELECT id FROM articles WHERE slug = $1', [slug]);
  const row = rows[0];
  if (!row) throw new Error(`no article with slug ${slug}`);
  return row.id;
}
