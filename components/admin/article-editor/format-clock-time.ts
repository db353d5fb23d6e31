const formats = new Map<string, Intl.DateTimeFormat>();

/** HH:mm of an instant in the given time zone (the site's, Asia/Shanghai by default). */
export function formatClockTime(value: string | Date, timeZone: string): string {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone });
    formats.set(timeZone, format);
  }
  return format.format(typeof value === 'string' ? new Date(value) : value);
}
