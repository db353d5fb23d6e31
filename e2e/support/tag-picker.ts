import { randomUUID } from 'node:crypto';
import type { Page } from '@playwright/test';
import { database } from './database';

/** A tag with this (already Simplified) name, made now unless an earlier test made it. */
export async function ensureTag(name: string): Promise<{ id: string; slug: string }> {
  const id = randomUUID();
  await database().query(
    `INSERT INTO tags (id, name, name_key, slug, updated_at) VALUES ($1, $2, $3, $4, now()) ON CONFLICT (name) DO NOTHING`,
    [id, name, name.toLowerCase(), `e2e-tag-${id.slice(0, 8)}`],
  );
  const { rows } = await database().query<{ id: string; slug: string }>('SELECT id, slug FROM tags WHERE name = $1', [name]);
  const row = rows[0];
  if (!row) throw new Error(`no tag named ${name}`);
  return row;
}

/** The article's tag names as stored, primary topic first. */
export async function storedTagNames(articleId: string): Promise<string[]> {
  const { rows } = await database().query<{ name: string }>(
    `SELECT t.name FROM article_tags at JOIN tags t ON t.id = at.tag_id WHERE at.article_id = $1 ORDER BY at.position`,
    [articleId],
  );
  return rows.map((row) => row.name);
}

export async function storedSlug(articleId: string): Promise<string> {
  const { rows } = await database().query<{ slug: string }>('SELECT slug FROM articles WHERE id = $1', [articleId]);
  const row = rows[0];
  if (!row) throw new Error(`no article ${articleId}`);
  return row.slug;
}

/** The parts of the editor's tag picker. */
export function tagPicker(page: Page) {
  return {
    input: page.getByRole('combobox', { name: '标签' }),
    options: page.getByRole('listbox', { name: '匹配的标签' }).getByRole('option'),
    chips: page.getByRole('list', { name: '已选标签' }).getByRole('listitem'),
    suggestions: page.getByRole('group', { name: '建议标签' }),
  };
}
