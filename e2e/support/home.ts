import { database } from './database';

/** Marks a topic as featured, as an editor does in the tag admin. */
export async function featureTopic(tagId: string): Promise<void> {
  await database().query(`UPDATE tags SET featured = true, updated_at = now() WHERE id = $1`, [tagId]);
}
