import 'server-only';
import { getPrisma } from '@/lib/db/client';

export type UserListItem = Awaited<ReturnType<typeof listUsers>>[number];

/** Every account, oldest first; `isInvitePending` while an invited person has set no password yet. */
export async function listUsers() {
  const users = await getPrisma().user.findMany({
    orderBy: { createdAt: 'asc' },
    select: {
      id: true, name: true, email: true, role: true, disabled: true, createdAt: true,
      tokens: { select: { purpose: true, usedAt: true } },
    },
  });
  return users.map(({ tokens, ...user }) => ({
    ...user,
    isInvitePending: tokens.some((token) => token.purpose === 'INVITE') && tokens.every((token) => token.usedAt === null),
  }));
}
