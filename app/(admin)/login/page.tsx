import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LoginForm } from '@/components/admin/login-form';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { safeReturnPath } from '@/lib/auth/safe-return-path';

export const metadata: Metadata = { title: 'Login' };

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string | string[] }> }) {
  const returnTo = safeReturnPath((await searchParams).callbackUrl);
  if (await getCurrentUser()) redirect(returnTo);
  const t = await getTranslations('login');
  return (
    <main className="centered-panel">
      <h1>{t('title')}</h1>
      <LoginForm returnTo={returnTo} />
    </main>
  );
}
