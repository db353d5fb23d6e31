import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { SetPasswordPanel } from '@/components/admin/users/set-password-panel';
import { findUsableUserToken } from '@/lib/users/find-usable-user-token';
import { userTokenSchema } from '@/lib/users/user-input-schema';
import { redeemInviteAction } from '../actions';

// The token is in the address: no Referer may carry it to another site.
export const metadata: Metadata = { title: 'Invitation', referrer: 'no-referrer' };

/** Open to visitors who are not signed in: the link's token is the permission. */
export default async function InvitePage({ params }: { params: Promise<{ token: string }> }) {
  const { token } = await params;
  const t = await getTranslations('account.setPassword');
  const parsed = userTokenSchema.safeParse(token);
  const holder = parsed.success ? await findUsableUserToken(parsed.data, 'INVITE') : null;
  const account = holder ? { token, email: holder.email, intro: t('inviteIntro', { name: holder.name, email: holder.email }) } : null;
  return <SetPasswordPanel title={t('inviteTitle')} account={account} action={redeemInviteAction} />;
}
