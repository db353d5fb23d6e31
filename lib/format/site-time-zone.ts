import 'server-only';

export const defaultSiteTimeZone = 'Asia/Shanghai';

/** The IANA zone schedules are entered and shown in: INKSTONE_TIME_ZONE, else Asia/Shanghai. */
export function getSiteTimeZone(): string {
  const configured = process.env.INKSTONE_TIME_ZONE?.trim();
  if (!configured) return defaultSiteTimeZone;
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone: configured }).resolvedOptions().timeZone;
  } catch {
    throw new Error(`INKSTONE_TIME_ZONE is not a valid IANA time zone name (got "${configured}"), e.g. Asia/Shanghai`);
  }
}
