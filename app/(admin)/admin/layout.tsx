import Link from 'next/link';
import { getTranslations } from 'next-intl/server';
import { LocaleSwitcher } from '@/components/admin/locale-switcher';
import { SignOutButton } from '@/components/admin/sign-out-button';
import { can } from '@/lib/auth/can';
import { requirePermission } from '@/lib/auth/require-permission';

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const user = await requirePermission('admin:enter');
  const t = await getTranslations();
  return (
    <div className="admin-shell">
      <header className="admin-header">
        <Link href="/admin" className="brand">{t('common.appName')}</Link>
        <nav aria-label={t('nav.main')}>
          <Link href="/admin">{t('nav.articles')}</Link>
          {can(user, 'article:import') ? <Link href="/admin/import">{t('import.nav')}</Link> : null}
          {can(user, 'tag:manage') ? <Link href="/admin/tags">{t('nav.tags')}</Link> : null}
          {can(user, 'user:manage') ? <Link href="/admin/users">{t('nav.users')}</Link> : null}
          {can(user, 'article:delete') ? <Link href="/admin/trash">{t('trash.nav')}</Link> : null}
          {can(user, 'audit:view') ? <Link href="/admin/audit">{t('audit.nav')}</Link> : null}
        </nav>
        <div className="admin-header-end">
          <span>{t('common.signedInAs', { name: user.name })}</span>
          <Link href="/admin/account">{t('account.nav')}</Link>
          <Link href="/">{t('common.viewSite')}</Link>
          <LocaleSwitcher />
          <SignOutButton label={t('common.signOut')} />
        </div>
      </header>
      <main className="admin-main">{children}</main>
    </div>
  );
}
