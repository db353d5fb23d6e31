const filterKeys = ['category', 'action', 'actor', 'target', 'from', 'to', 'before'] as const;

/** The audit page's URL with `changes` applied to its current filters (undefined removes one); a new filter starts at the newest page. */
export function auditQuery(params: Record<string, string | string[] | undefined>, changes: Partial<Record<(typeof filterKeys)[number], string | undefined>>): string {
  const query = new URLSearchParams();
  for (const key of filterKeys) {
    const current = params[key];
    const value = key in changes ? changes[key] : Array.isArray(current) ? current[0] : current;
    if (value && !(key === 'before' && !('before' in changes))) query.set(key, value);
  }
  const text = query.toString();
  return text ? `/admin/audit?${text}` : '/admin/audit';
}
