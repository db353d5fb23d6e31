import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { AccountNameForm } from '@/components/admin/users/account-name-form';
import { AccountPasswordForm } from '@/components/admin/users/account-password-form';
import { requirePermission } from '@/lib/auth/require-permission';
import './account.css';

export const metadata: Metadata = { title: 'My account' };

export default async function AccountPage() {
  const user = await requirePermission('admin:enter', '/admin/account');
  const [t, tUsers] = await Promise.all([getTranslations('account'), getTranslations('userAdmin')]);
  return (
    <div className="account-page">
      <h1>{t('title')}</h1>
      <p>{t('summary', { email: user.email, role: tUsers(`role.${user.role}`) })}</p>
      <section className="account-page__section" aria-labelledby="account-name-title">
        <h2 id="account-name-title">{t('name.title')}</h2>
        <AccountNameForm name={user.name} />
      </section>
      <section className="account-page__section" aria-labelledby="account-password-title">
        <h2 id="account-password-title">{t('password.title')}</h2>
        <p>{t('password.intro')}</p>
        <AccountPasswordForm email={user.email} />
      </section>
    </div>
  );
}
