import 'server-only';
import type { Prisma } from '@/lib/db/generated/client';

/**
 * Locks every active admin's row for the rest of the transaction (in id order, so concurrent
 * callers queue rather than deadlock) and returns their ids. Under READ COMMITTED a waiting caller
 * re-reads the rows once it gets them, so it sees an admin that a demotion just committed away.
 */
export async function lockActiveAdmins(tx: Prisma.TransactionClient): Promise<string[]> {
  const rows = await tx.$queryRaw<{ id: string }[]>`
    SELECT id::text AS id FROM users WHERE role = 'ADMIN' AND NOT disabled ORDER BY id FOR UPDATE`;
  return rows.map((row) => row.id);
}
