import { randomUUID } from 'node:crypto';
import { hashPassword } from '../../lib/auth/password';
import { database } from './database';

export interface TestUser {
  id: string;
  email: string;
  password: string;
}

export async function createUser(role: 'ADMIN' | 'EDITOR', options: { disabled?: boolean } = {}): Promise<TestUser> {
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

export async function createArticle(options: { status: 'DRAFT' | 'PUBLISHED'; title?: string; tagSlug?: string }): Promise<TestArticle> {
  const id = randomUUID();
  const slug = `e2e-${id.slice(0, 8)}`;
  const title = options.title ?? `测试文章 ${id.slice(0, 8)}`;
  const body = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: `${title}的正文。` }] }] };
  await database().query(
    `INSERT INTO articles (id, title, slug, body, body_text, status, published_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, now())`,
    [id, title, slug, JSON.stringify(body), `${title}的正文。`, options.status, options.status === 'PUBLISHED' ? new Date() : null],
  );
  if (options.tagSlug) {
    await database().query(
      `INSERT INTO article_tags (article_id, tag_id, position) SELECT $1, id, 0 FROM tags WHERE slug = $2`,
      [id, options.tagSlug],
    );
  }
  return { id, slug, title };
}

export async function findArticleIdBySlug(slug: string): Promise<string> {
  const { rows } = await database().query<{ id: string }>('SELECT id FROM articles WHERE slug = $1', [slug]);
  const row = rows[0];
  if (!row) throw new Error(`no article with slug ${slug}`);
  return row.id;
}
