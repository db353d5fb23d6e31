// RSS dates are RFC 822 ("Wed, 10 Jul 2024 09:30:00 +0800"). Rewritten as ISO with the same
// wall-clock time and offset, so the day the publisher printed is the day an importer reads: a
// conversion to UTC would move a Beijing morning story to the previous day.
const months = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const rfc822 = /^(?:[a-z]{3},?\s*)?(\d{1,2})\s+([a-z]{3})[a-z]*\.?\s+(\d{2}|\d{4})\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*([+-]\d{4}|[a-z]{1,4})?/iu;

const pad = (value: number | string) => String(value).padStart(2, '0');

function toZone(zone: string | undefined): string {
  if (!zone) return '';
  if (/^[+-]\d{4}$/u.test(zone)) return `${zone.slice(0, 3)}:${zone.slice(3)}`;
  // Named zones other than UTC are ambiguous (CST is China, Central and Cuba): keep the time as written.
  return /^(?:gmt|ut|utc|z)$/iu.test(zone) ? 'Z' : '';
}

export function toIsoDate(raw: string | null): string | null {
  const value = raw?.trim();
  if (!value) return null;
  const match = rfc822.exec(value);
  if (!match) return value;
  const [, day = '', monthName = '', yearText = '', hour = '', minute = '', second = '00', zone] = match;
  const month = months.indexOf(monthName.toLowerCase()) + 1;
  if (month === 0) return value;
  const shortYear = Number(yearText);
  const year = yearText.length === 2 ? (shortYear < 50 ? 2000 + shortYear : 1900 + shortYear) : shortYear;
  return `${year}-${pad(month)}-${pad(day)}T${pad(hour)}:${minute}:${second}${toZone(zone)}`;
}
