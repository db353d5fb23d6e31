import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requirePermission } from '@/lib/auth/require-permission';
import { listUsers } from '@/lib/users/list-users';

export const metadata: Metadata = { title: 'Users' };

export default async function AdminUsersPage() {
  await requirePermission('user:manage', '/admin/users');
  const [t, users] = await Promise.all([getTranslations('users'), listUsers()]);
  return (
    <>
      <h1>{t('title')}</h1>
      <table className="data-table">
        <thead>
          <tr>
            <th scope="col">{t('columnName')}</th><th scope="col">{t('columnEmail')}</th>
            <th scope="col">{t('columnRole')}</th><th scope="col">{t('columnState')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <td>{user.name}</td>
              <td>{user.email}</td>
              <td>{t(`role.${user.role}`)}</td>
              <td>{user.disabled ? t('disabled') : t('active')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}
