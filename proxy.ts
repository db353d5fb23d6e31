import { NextResponse, type NextRequest } from 'next/server';
import { routeReaderRequest } from '@/lib/site/route-reader-request';

const sessionCookies = ['next-auth.session-token', '__Secure-next-auth.session-token'];
export const variantCookie = 'site_variant';

// Convenience only: sends visitors without a session cookie to the login page before rendering.
// The real check is requirePermission() in every admin layout, page and action.
function guardAdmin(request: NextRequest): NextResponse {
  if (sessionCookies.some((name) => request.cookies.has(name))) return NextResponse.next();
  const login = new URL('/login', request.url);
  login.searchParams.set('callbackUrl', `${request.nextUrl.pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(login);
}

export function proxy(request: NextRequest) {
  const { pathname, searchParams } = request.nextUrl;
  if (pathname === '/admin' || pathname.startsWith('/admin/')) return guardAdmin(request);
  const route = routeReaderRequest(pathname, searchParams, request.cookies.get(variantCookie)?.value);
  if (route.type === 'pass') return NextResponse.next();
  if (route.type === 'redirect') return NextResponse.redirect(new URL(route.location, request.url), route.permanent ? 308 : 307);
  return NextResponse.rewrite(new URL(route.path, request.url));
}

// Everything but Next's own files, the API, uploads, login and the editor's preview.
export const config = { matcher: ['/((?!_next/|api/|uploads/|login|preview/).*)'] };
