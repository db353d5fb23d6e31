import 'server-only';
import { z } from 'zod';
import { getPrisma } from '@/lib/db/client';

const inputSchema = z.object({
  actorId: z.uuid().nullable(),
  origin: z.enum(['WEB', 'CLI']),
});

/** Opens a new batch that uploads (web) or files named on the command line (CLI) are added to. */
export async function createImportBatch(input: { actorId: string | null; origin: 'WEB' | 'CLI' }): Promise<{ id: string }> {
  const { actorId, origin } = inputSchema.parse(input);
  return getPrisma().importBatch.create({ data: { origin, createdById: actorId }, select: { id: true } });
}
