'use server';

import { cookies } from 'next/headers';
import { isSecureSite } from '@/lib/auth/auth-cookies';
import { getCurrentUser } from '@/lib/auth/get-current-user';
import { isLocale, localeCookie } from '@/i18n/locales';

/** Stores the signed-in user's interface language; unknown values change nothing. */
export async function setAdminLocale(locale: unknown): Promise<void> {
  if (!(await getCurrentUser()) || !isLocale(locale)) return;
  (await cookies()).set(localeCookie, locale, { path: '/', sameSite: 'lax', httpOnly: true, secure: isSecureSite(), maxAge: 60 * 60 * 24 * 365 });
}
