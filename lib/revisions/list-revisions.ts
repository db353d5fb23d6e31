import 'server-only';
import { getPrisma } from '@/lib/db/client';

export interface RevisionSummary {
  id: string;
  version: number;
  /** autosave | save | publish | unpublish | schedule | archive | import | restore | conflict | scheduled-publish | convert */
  reason: string;
  authorName: string | null;
  /** ISO times: when the revision was written, and its last write (autosaves coalesce). */
  createdAt: string;
  updatedAt: string;
  title: string;
  /** For 'restore' revisions: the version that was brought back. */
  restoredVersion: number | null;
}

interface RevisionRow {
  id: string;
  version: number;
  reason: string;
  author_name: string | null;
  created_at: Date;
  updated_at: Date;
  title: string;
  restored_version: string | null;
}

export const revisionListLimit = 200;

/** The article's revisions, newest first (at most the latest 200). */
export async function listRevisions(articleId: string): Promise<RevisionSummary[]> {
  // Raw SQL to read one key of the snapshot without loading it: snapshots carry the whole text.
  const rows = await getPrisma().$queryRaw<RevisionRow[]>`
    SELECT r.id, r.version, r.reason, u.name AS author_name, r.created_at, r.updated_at, r.title,
           r.snapshot -> 'restoredFrom' ->> 'version' AS restored_version
    FROM revisions r LEFT JOIN users u ON u.id = r.author_id
    WHERE r.article_id = ${articleId}::uuid
    ORDER BY r.created_at DESC, r.version DESC
    LIMIT ${revisionListLimit}`;
  return rows.map((row) => ({
    id: row.id,
    version: row.version,
    reason: row.reason,
    authorName: row.author_name,
    createdAt: row.created_at.toISOString(),
    updatedAt: row.updated_at.toISOString(),
    title: row.title,
    restoredVersion: row.restored_version && /^\d+$/.test(row.restored_version) ? Number(row.restored_version) : null,
  }));
}
