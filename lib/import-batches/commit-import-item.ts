import 'server-only';
import { createImportedArticle } from '@/lib/articles/create-imported-article';
import { getPrisma } from '@/lib/db/client';
import type { Prisma } from '@/lib/db/generated/client';
import { AppError, isAppError } from '@/lib/errors/app-error';
import type { ImportItemResult, ImportItemStatus } from './import-batch-types';
import { rebuildInSimplified } from './rebuild-in-simplified';
import { summariseImportResult } from './summarise-import-result';

export interface CommitImportItemOptions {
  actorId: string | null;
  publish: boolean;
  // Convert a Traditional article to Simplified on import; defaults to the item's stored choice.
  toSimplified?: boolean;
}

export const internalCommitError = 'Inkstone could not create the article (internal error); it has been logged. Nothing was saved.';

const committable: readonly ImportItemStatus[] = ['READY', 'QUEUED'];

function matchedTagNames(result: ImportItemResult): string[] {
  return [...new Set(result.suggestedTags.matched.map((match) => match.tag))];
}

async function commitInTransaction(tx: Prisma.TransactionClient, itemId: string, options: CommitImportItemOptions): Promise<ImportItemStatus> {
  // The row lock makes a second commit of the same item wait, then see CREATED and stop.
  const [locked] = await tx.$queryRaw<{ status: ImportItemStatus }[]>`
    SELECT status FROM import_items WHERE id = ${itemId}::uuid FOR UPDATE`;
  if (!locked) throw new AppError('NOT_FOUND', 'This import item does not exist.');
  if (!committable.includes(locked.status)) return locked.status;
  const item = await tx.importItem.findUniqueOrThrow({
    where: { id: itemId },
    select: { fileName: true, sourceHash: true, result: true, toSimplified: true },
  });
  const stored = item.result as unknown as ImportItemResult | null;
  if (!stored || !item.sourceHash) throw new Error(`import item ${itemId} is ${locked.status} but has no analysis`);
  const toSimplified = options.toSimplified ?? item.toSimplified;
  const result = toSimplified && stored.article.script === 'HANT' ? await rebuildInSimplified(tx, itemId, item.fileName, stored) : stored;

  // Matched tags existed at analysis; apply those that still do, rather than re-create deleted ones.
  const matched = matchedTagNames(result);
  const existing = new Set((await tx.tag.findMany({ where: { name: { in: matched } }, select: { name: true } })).map((tag) => tag.name));
  const outcome = await createImportedArticle(
    {
      actorId: options.actorId,
      result,
      sourceHash: item.sourceHash,
      tags: matched.filter((name) => existing.has(name)),
      publish: options.publish,
      importItemId: itemId,
    },
    tx,
  );
  const converted = result === stored ? {} : { result: result as unknown as Prisma.InputJsonValue, summary: summariseImportResult(result) as unknown as Prisma.InputJsonValue };
  await tx.importItem.update({
    where: { id: itemId },
    data: outcome.created
      ? { status: 'CREATED', articleId: outcome.id, publish: options.publish, toSimplified, error: null, ...converted }
      : { status: 'DUPLICATE', duplicateOfId: outcome.id, error: null },
  });
  return outcome.created ? 'CREATED' : 'DUPLICATE';
}

/**
 * Turns a READY or QUEUED item into an article (draft, or published) in one transaction: the
 * article with its fingerprints, matched tags, first revision and audit entry, and the item marked
 * CREATED and linked to it. If the file or its text became an article meanwhile, the item is
 * DUPLICATE instead; if anything fails, nothing is saved and the item is FAILED with a reason.
 * Other statuses are returned unchanged, so committing twice creates nothing new.
 */
export async function commitImportItem(itemId: string, options: CommitImportItemOptions): Promise<ImportItemStatus> {
  const prisma = getPrisma();
  try {
    return await prisma.$transaction((tx) => commitInTransaction(tx, itemId, options), { maxWait: 10_000, timeout: 60_000 });
  } catch (error) {
    if (isAppError(error)) throw error;
    console.error(`import: committing item ${itemId} failed`, error);
    const { count } = await prisma.importItem.updateMany({
      where: { id: itemId, status: { in: [...committable] } },
      data: { status: 'FAILED', error: internalCommitError },
    });
    if (count === 0) throw error;
    return 'FAILED';
  }
}
