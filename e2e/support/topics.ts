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
