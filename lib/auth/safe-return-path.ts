/** Where to go after login: only a path inside this site's admin, never another origin. */
export function safeReturnPath(value: unknown): string {
  if (typeof value !== 'string') return '/admin';
  let path = value;
  try {
    const url = new URL(value, 'http://inkstone.invalid');
    if (url.origin !== 'http://inkstone.invalid') return '/admin';
    path = `${url.pathname}${url.search}`;
  } catch {
    return '/admin';
  }
  return path === '/admin' || path.startsWith('/admin/') || path.startsWith('/admin?') ? path : '/admin';
}
