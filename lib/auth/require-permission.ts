import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { can, type Action, type Resource } from './can';
import { getCurrentUser, type CurrentUser } from './get-current-user';

/**
 * For admin pages and layouts: anonymous visitors go to the login page, others without the right
 * (to `resource`, when given) get 403.
 */
export async function requirePermission(action: Action, returnTo = '/admin', resource?: Resource): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(user, action, resource)) forbidden();
  return user;
}
