import { getTranslations } from 'next-intl/server';
import type { ActionResult } from '@/lib/actions/action-result';
import { SetPasswordForm } from './set-password-form';

interface SetPasswordPanelProps {
  title: string;
  /** The account the link sets a password for; null when the link is unusable (unknown, used or expired). */
  account: { token: string; email: string; intro: string } | null;
  action: (input: unknown) => Promise<ActionResult<null>>;
}

/** The invite and reset pages: the set-password form, or one message for every kind of bad link. */
export async function SetPasswordPanel({ title, account, action }: SetPasswordPanelProps) {
  const t = await getTranslations('account.setPassword');
  return (
    <main className="centered-panel">
      <h1>{title}</h1>
      {account ? (
        <>
          <p>{account.intro}</p>
          <SetPasswordForm token={account.token} email={account.email} action={action} />
        </>
      ) : (
        <p role="alert" className="form-error">{t('invalidLink')}</p>
      )}
    </main>
  );
}
