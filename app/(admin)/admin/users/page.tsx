import type { Metadata } from 'next';
import Link from 'next/link';
import { getFormatter, getTranslations } from 'next-intl/server';
import { InviteUserForm } from '@/components/admin/users/invite-user-form';
import { UserRowActions } from '@/components/admin/users/user-row-actions';
import { requirePermission } from '@/lib/auth/require-permission';
import { getSiteTimeZone } from '@/lib/format/site-time-zone';
import { listUsers, type UserListItem } from '@/lib/users/list-users';
import './users.css';

export const metadata: Metadata = { title: 'Users' };

function stateOf(user: UserListItem): 'active' | 'disabled' | 'invited' {
  if (user.disabled) return 'disabled';
  return user.isInvitePending ? 'invited' : 'active';
}

export default async function AdminUsersPage() {
  const actor = await requirePermission('user:manage', '/admin/users');
  const [t, format, users] = await Promise.all([getTranslations('userAdmin'), getFormatter(), listUsers()]);
  const timeZone = getSiteTimeZone();
  return (
    <div className="user-admin">
      <h1>{t('title')}</h1>
      <InviteUserForm />
      <table className="data-table">
        <caption className="visually-hidden">{t('caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columnName')}</th>
            <th scope="col">{t('columnEmail')}</th>
            <th scope="col">{t('columnRole')}</th>
            <th scope="col">{t('columnState')}</th>
            <th scope="col">{t('columnCreated')}</th>
            <th scope="col">{t('columnActions')}</th>
          </tr>
        </thead>
        <tbody>
          {users.map((user) => (
            <tr key={user.id}>
              <th scope="row">{user.name}{user.id === actor.id ? <span className="badge">{t('you')}</span> : null}</th>
              <td>{user.email}</td>
              <td>{t(`role.${user.role}`)}</td>
              <td>{t(`state.${stateOf(user)}`)}</td>
              <td><time dateTime={user.createdAt.toISOString()}>{format.dateTime(user.createdAt, { dateStyle: 'medium', timeZone })}</time></td>
              <td>
                {user.id === actor.id
                  ? <Link href="/admin/account">{t('ownAccountLink')}</Link>
                  : <UserRowActions user={{ id: user.id, name: user.name, role: user.role, disabled: user.disabled }} />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
