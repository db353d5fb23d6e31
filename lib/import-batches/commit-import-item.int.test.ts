import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { getPrisma } from '@/lib/db/client';
import { resetDatabase } from '@/lib/db/test-database';
import { stopJobQueue } from '@/lib/jobs/get-job-queue';
import { addImportItem } from './add-import-item';
import { analyseImportItem } from './analyse-import-item';
import { commitImportItem, internalCommitError } from './commit-import-item';
import { findImportItemForArticle } from './find-import-item-for-article';
import { getImportItem } from './get-import-item';
import { consumerNews, createEditor, createWebBatch, hubeiNews } from './import-test-fixtures';
import { queueImportItems } from './queue-import-items';

describe('committing import items', () => {
  let editor: Awaited<ReturnType<typeof createEditor>>;

  beforeEach(async () => {
    await resetDatabase(getPrisma());
    editor = await createEditor();
    await getPrisma().tag.createMany({ data: [{ name: '知识产权', slug: 'zhi-shi-chan-quan' }, { name: '体育', slug: 'ti-yu' }] });
  });

  afterAll(() => stopJobQueue());

  async function analysedItems() {
    const batch = await createWebBatch(editor.id);
    const draft = await addImportItem(batch.id, { name: '000.txt', bytes: consumerNews });
    const published = await addImportItem(batch.id, { name: '003.txt', bytes: hubeiNews });
    await analyseImportItem(draft.id);
    await analyseImportItem(published.id);
    return { batch, draft, published };
  }

  it('creates a draft or a published article with its tags, fingerprints, revision, audit entry and link back', async () => {
    const { batch, draft, published } = await analysedItems();
    expect(await commitImportItem(draft.id, { actorId: editor.id, publish: false })).toBe('CREATED');
    expect(await commitImportItem(published.id, { actorId: editor.id, publish: true })).toBe('CREATED');

    const prisma = getPrisma();
    const articles = await prisma.article.findMany({
      orderBy: { title: 'asc' },
      include: { tags: { include: { tag: true } }, revisions: true, importItem: { select: { id: true } } },
    });
    const byItem = new Map(articles.map((article) => [article.importItem?.id, article]));
    const draftArticle = byItem.get(draft.id);
    const publishedArticle = byItem.get(published.id);
    expect(draftArticle).toMatchObject({ title: '武漢市全面啟動國家知識產權保護示范區建設', status: 'DRAFT', publishedAt: null, needsReview: true, createdById: editor.id });
    expect(publishedArticle).toMatchObject({ title: '湖北:砥礪“三牛精神”奮進新征程', status: 'PUBLISHED', createdById: editor.id });
    expect(publishedArticle?.publishedAt).toBeInstanceOf(Date);

    for (const article of articles) {
      expect(article.tags.map((link) => [link.tag.name, link.position])).toEqual([['知识产权', 0]]);
      expect(article.revisions.map((revision) => [revision.reason, revision.version, revision.authorId])).toEqual([['import', 1, editor.id]]);
      expect(article.contentHash).toMatch(/^[0-9a-f]{64}$/);
      expect(typeof article.simhash).toBe('bigint');
      expect(article.simhashBands.length).toBeGreaterThan(0);
    }
    const audits = await prisma.auditLog.findMany({ where: { targetType: 'article' }, orderBy: { action: 'asc' } });
    expect(audits.map((entry) => [entry.action, entry.targetId, (entry.data as { importItemId?: string }).importItemId])).toEqual([
      ['article.import', draftArticle?.id, draft.id],
      ['article.import_publish', publishedArticle?.id, published.id],
    ]);

    expect(await getImportItem(draft.id)).toMatchObject({ status: 'CREATED', publish: false, article: { id: draftArticle?.id, slug: draftArticle?.slug } });
    expect(await findImportItemForArticle(draftArticle?.id ?? '')).toEqual({ batchId: batch.id, itemId: draft.id });
    expect(await findImportItemForArticle('6f1c3c8e-0000-4000-8000-000000000000')).toBeNull();

    // Committing again creates nothing new.
    expect(await commitImportItem(draft.id, { actorId: editor.id, publish: true })).toBe('CREATED');
    expect(await prisma.article.count()).toBe(2);
  });

  it('leaves nothing behind and fails the item with a reason when creating the article fails', async () => {
    const { draft } = await analysedItems();
    const prisma = getPrisma();
    // A failure after the article row is written: its revision cannot be stored.
    await prisma.$executeRawUnsafe(`CREATE FUNCTION refuse_revision() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'revision store is down'; END $$`);
    await prisma.$executeRawUnsafe('CREATE TRIGGER refuse_revision BEFORE INSERT ON revisions FOR EACH ROW EXECUTE FUNCTION refuse_revision()');
    try {
      expect(await commitImportItem(draft.id, { actorId: editor.id, publish: false })).toBe('FAILED');
    } finally {
      await prisma.$executeRawUnsafe('DROP TRIGGER refuse_revision ON revisions');
      await prisma.$executeRawUnsafe('DROP FUNCTION refuse_revision()');
    }
    expect(await getImportItem(draft.id)).toMatchObject({ status: 'FAILED', error: internalCommitError, article: null });
    expect(await prisma.article.count()).toBe(0);
    expect(await prisma.articleTag.count()).toBe(0);
    expect(await prisma.auditLog.count({ where: { targetType: 'article' } })).toBe(0);
  });

  it('commits an item whose text became an article meanwhile as a duplicate', async () => {
    const first = await analysedItems();
    const second = await analysedItems();
    expect((await getImportItem(second.draft.id))?.status).toBe('READY');
    await commitImportItem(first.draft.id, { actorId: editor.id, publish: false });
    expect(await commitImportItem(second.draft.id, { actorId: editor.id, publish: false })).toBe('DUPLICATE');
    const article = await getPrisma().article.findFirstOrThrow({ select: { id: true } });
    expect(await getImportItem(second.draft.id)).toMatchObject({ status: 'DUPLICATE', duplicateOf: { id: article.id }, article: null });
    expect(await getPrisma().article.count()).toBe(1);
  });

  it('converts a Traditional article to Simplified when asked', async () => {
    const { published } = await analysedItems();
    expect(await commitImportItem(published.id, { actorId: editor.id, publish: false, toSimplified: true })).toBe('CREATED');
    const article = await getPrisma().article.findFirstOrThrow();
    expect(article.script).toBe('HANS');
    expect(article.title).toBe('湖北:砥砺“三牛精神”奋进新征程');
    expect(await getImportItem(published.id)).toMatchObject({ toSimplified: true, summary: { script: 'HANS' } });
  });

  it('queues only READY items of the batch, and refuses bad input and actors without the right', async () => {
    const { batch, draft, published } = await analysedItems();
    const other = await analysedItems();
    const failed = await addImportItem(batch.id, { name: 'bad.zip', error: 'This zip is damaged.' });
    const actor = { id: editor.id, role: editor.role };

    const queued = await queueImportItems({ batchId: batch.id, itemIds: [draft.id, failed.id, other.draft.id], publish: false, actor });
    expect(queued).toBe(1);
    const statuses = await getPrisma().importItem.findMany({ where: { id: { in: [draft.id, published.id, failed.id, other.draft.id] } }, select: { id: true, status: true } });
    expect(Object.fromEntries(statuses.map((item) => [item.id, item.status]))).toEqual({
      [draft.id]: 'QUEUED',
      [published.id]: 'READY',
      [failed.id]: 'FAILED',
      [other.draft.id]: 'READY',
    });
    expect(await getPrisma().auditLog.count({ where: { action: 'import.queue', targetId: batch.id, actorId: editor.id } })).toBe(1);

    await expect(queueImportItems({ batchId: batch.id, itemIds: ['not-a-uuid'], publish: false, actor })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(queueImportItems({ batchId: batch.id, itemIds: [], publish: false, actor })).rejects.toMatchObject({ code: 'VALIDATION' });
    await expect(queueImportItems({ batchId: batch.id, itemIds: [published.id], publish: true, actor: { ...actor, disabled: true } })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect((await getImportItem(published.id))?.status).toBe('READY');
  });
});
