import { NextResponse, type NextRequest } from 'next/server';
import { adminContentSecurityPolicy, createCspNonce } from '@/lib/http/content-security-policy';

const sessionCookies = ['next-auth.session-token', '__Secure-next-auth.session-token'];

const isAdminPath = (pathname: string) => pathname === '/admin' || pathname.startsWith('/admin/');

/**
 * Two things, and never a rewrite (the reader site's rewrites are in next.config.ts; rewriting here
 * too would route requests twice):
 * - Convenience only: sends visitors without a session cookie to the login page before rendering.
 *   The real check is requirePermission() in every admin layout, page and action.
 * - A Content-Security-Policy with a fresh script nonce for the pages rendered per request. Next
 *   reads it from the request header and puts the nonce on its own scripts.
 */
export function proxy(request: NextRequest) {
  if (isAdminPath(request.nextUrl.pathname) && !sessionCookies.some((name) => request.cookies.has(name))) {
    const login = new URL('/login', request.url);
    login.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
    return NextResponse.redirect(login);
  }
  const policy = adminContentSecurityPolicy(createCspNonce(), { isDevelopment: process.env.NODE_ENV === 'development' });
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set('content-security-policy', policy);
  const response = NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set('content-security-policy', policy);
  return response;
}

// The same first segments as perRequestPolicyPaths in lib/http/security-headers.ts.
export const config = {
  matcher: ['/admin/:path*', '/login/:path*', '/preview/:path*', '/invite/:path*', '/reset-password/:path*'],
};
