import 'server-only';
import { z } from 'zod';
import { getPrisma } from '@/lib/db/client';

/** A tag with what its edit page shows; null when `id` is not a tag's id (or not a uuid at all). */
export async function getTagForAdmin(id: string) {
  if (!z.uuid().safeParse(id).success) return null;
  return getPrisma().tag.findUnique({
    where: { id },
    select: {
      id: true,
      name: true,
      slug: true,
      description: true,
      featured: true,
      seoTitle: true,
      seoDescription: true,
      updatedAt: true,
      parent: { select: { id: true, name: true } },
      aliases: { select: { id: true, name: true }, orderBy: { name: 'asc' } },
      slugRedirects: { select: { slug: true }, orderBy: { slug: 'asc' } },
    },
  });
}

export type AdminTagDetail = NonNullable<Awaited<ReturnType<typeof getTagForAdmin>>>;
