export const defaultSiteTimeZone = 'Asia/Shanghai';

/** The IANA zone named by `configured` (blank: Asia/Shanghai); an unknown name throws a clear error. */
export function resolveSiteTimeZone(configured: string | undefined): string {
  const name = configured?.trim();
  if (!name) return defaultSiteTimeZone;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: name }).resolvedOptions().timeZone;
  } catch {
    throw new Error(`INKSTONE_TIME_ZONE is not a valid IANA time zone name (got "${name}"), e.g. Asia/Shanghai`);
  }
}

/** The zone schedules are entered and shown in: INKSTONE_TIME_ZONE, else Asia/Shanghai. */
export function getSiteTimeZone(): string {
  return resolveSiteTimeZone(process.env.INKSTONE_TIME_ZONE);
}
