import 'server-only';
import { forbidden, redirect } from 'next/navigation';
import { can, type Action } from './can';
import { getCurrentUser, type CurrentUser } from './get-current-user';

/** For admin pages and layouts: anonymous visitors go to the login page, others without the right get 403. */
export async function requirePermission(action: Action, returnTo = '/admin'): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/login?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!can(user, action)) forbidden();
  return user;
}
