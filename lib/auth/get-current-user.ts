import 'server-only';
import { getServerSession } from 'next-auth';
import { authOptions } from './auth-options';
import type { Actor, Role } from './can';

export interface CurrentUser extends Actor {
  name: string;
  email: string;
  role: Role;
}

export async function getCurrentUser(): Promise<CurrentUser | null> {
  const session = await getServerSession(authOptions);
  return session?.user ?? null;
}
