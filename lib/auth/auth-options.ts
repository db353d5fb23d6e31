import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { getPrisma } from '@/lib/db/client';
import { authenticate } from './authenticate';

const eightHours = 8 * 60 * 60;

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: eightHours },
  pages: { signIn: '/login' },
  providers: [
    CredentialsProvider({
      name: 'email',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      authorize: (credentials) => authenticate(credentials),
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) return { ...token, uid: user.id, role: user.role, sv: user.sessionVersion };
      if (!token.uid) return token;
      // JWTs are stateless: re-check the account so disabling or a session-version bump ends it at once.
      const current = await getPrisma().user.findUnique({
        where: { id: token.uid },
        select: { role: true, disabled: true, sessionVersion: true, name: true, email: true },
      });
      if (!current || current.disabled || current.sessionVersion !== token.sv) {
        return { sub: token.sub };
      }
      return { ...token, role: current.role, name: current.name, email: current.email };
    },
    session({ session, token }) {
      if (!token.uid || !token.role) return { expires: session.expires };
      return {
        expires: session.expires,
        user: { id: token.uid, role: token.role, name: token.name ?? '', email: token.email ?? '' },
      };
    },
  },
};
