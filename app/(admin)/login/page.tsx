import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { safeReturnPath } from '@/lib/auth/safe-return-path';
import { LoginForm } from './login-form';

export const metadata: Metadata = { title: 'Login' };

interface LoginSearchParams {
  callbackUrl?: string | string[];
  error?: string | string[];
  notice?: string | string[];
}

// Pages that end in a new password send the person here with one of these notices.
const notices = ['passwordSet', 'passwordChanged'] as const;
const isNotice = (value: unknown): value is (typeof notices)[number] => notices.includes(value as (typeof notices)[number]);

export default async function LoginPage({ searchParams }: { searchParams: Promise<LoginSearchParams> }) {
  const params = await searchParams;
  const returnTo = safeReturnPath(params.callbackUrl);
  if (await getCurrentUser()) redirect(returnTo);
  const [t, tAccount] = await Promise.all([getTranslations('login'), getTranslations('account')]);
  // next-auth sends a sign-in refused outside the form's own request here with `?error=<code>`.
  const error = typeof params.error === 'string' ? params.error.slice(0, 40) : undefined;
  return (
    <main className="centered-panel">
      <h1>{t('title')}</h1>
      {isNotice(params.notice) ? <p role="status" className="notice-success">{tAccount(`loginNotice.${params.notice}`)}</p> : null}
      <LoginForm returnTo={returnTo} initialError={error} />
    </main>
  );
}
