import { NextResponse, type NextRequest } from 'next/server';

const sessionCookies = ['next-auth.session-token', '__Secure-next-auth.session-token'];

// Convenience only: sends visitors without a session cookie to the login page before rendering.
// The real check is requirePermission() in every admin layout, page and action.
export function proxy(request: NextRequest) {
  if (sessionCookies.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL('/login', request.url);
  login.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export const config = { matcher: ['/admin', '/admin/:path*'] };
