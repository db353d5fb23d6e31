const dateTimeFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'Asia/Shanghai' });
const dateFormat = new Intl.DateTimeFormat('zh-CN', { dateStyle: 'long', timeZone: 'UTC' });

/** A publication instant as a Beijing-time calendar date, e.g. 2024年7月31日. */
export function formatChineseDate(value: Date): string {
  return dateTimeFormat.format(value);
}

/** A calendar date stored without time (a DATE column) — formatted as is, with no time-zone shift. */
export function formatCalendarDate(value: Date): string {
  return dateFormat.format(value);
}
