import 'server-only';
import type { NextAuthOptions } from 'next-auth';
import CredentialsProvider from 'next-auth/providers/credentials';
import { authCookies, isSecureSite } from './auth-cookies';
import { authorizeLogin } from './authorize-login';
import { throttledErrorCode, unavailableErrorCode } from './login-error-code';
import { resolveUserSession } from './resolve-user-session';
import { sessionLifetimeMs } from './session-limits';
import { signOutSession } from './sign-out-session';

declare module 'next-auth' {
  interface User {
    /** The user_sessions row opened by this sign-in. */
    sessionId?: string;
  }
}

const isSecure = isSecureSite();

export const authOptions: NextAuthOptions = {
  session: { strategy: 'jwt', maxAge: sessionLifetimeMs / 1000 },
  // A refused sign-in without JavaScript lands on the login page with `?error=<code>`.
  pages: { signIn: '/login', error: '/login' },
  useSecureCookies: isSecure,
  cookies: authCookies(isSecure),
  providers: [
    CredentialsProvider({
      name: 'email',
      credentials: { email: { type: 'email' }, password: { type: 'password' } },
      async authorize(credentials, request) {
        let outcome;
        try {
          outcome = await authorizeLogin(credentials, request.headers ?? {});
        } catch (error) {
          console.error('sign-in failed', error);
          throw new Error(unavailableErrorCode);
        }
        // next-auth hands a thrown message to the login page as its error code.
        if (outcome.status === 'throttled') throw new Error(throttledErrorCode(outcome.retryAfterMinutes));
        return outcome.status === 'signedIn' ? outcome.user : null;
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) return { ...token, uid: user.id, role: user.role, sv: user.sessionVersion, sid: user.sessionId };
      if (!token.uid) return token;
      // The JWT only names a server-side session: each request checks that it still stands.
      const current = await resolveUserSession({ sessionId: token.sid, userId: token.uid, sessionVersion: token.sv });
      if (!current) return { sub: token.sub };
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
  events: {
    async signOut({ token }) {
      if (token?.uid) await signOutSession({ sessionId: token.sid, userId: token.uid });
    },
  },
};
