import 'server-only';
import { getPrisma } from '@/lib/db/client';

export async function listUsers() {
  return getPrisma().user.findMany({
    orderBy: { createdAt: 'asc' },
    select: { id: true, name: true, email: true, role: true, disabled: true },
  });
}
