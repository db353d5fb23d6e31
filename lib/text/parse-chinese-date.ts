export interface PartialDate {
  year: number | null; // null when the text gives only month and day (7月31日)
  month: number;
  day: number;
}

const fullDate = /^(\d{4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日號号]?)$/u;
const monthDay = /^(\d{1,2})\s*月\s*(\d{1,2})\s*[日號号]$/u;

function toAsciiDigits(text: string): string {
  return text.replace(/[０-９]/gu, (digit) => String.fromCharCode(digit.charCodeAt(0) - 0xfee0));
}

function isValidDay(year: number | null, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  // A leap year when the year is unknown, so 2月29日 is not rejected for lack of one.
  const daysInMonth = new Date(Date.UTC(year ?? 2000, month, 0)).getUTCDate();
  return day <= daysInMonth;
}

// Parses 2024-07-10, 2024/7/10, 2024年7月31日 and 7月31日 (whole input, surrounding space allowed).
export function parseChineseDate(text: string): PartialDate | null {
  const normalized = toAsciiDigits(text.trim());
  const full = fullDate.exec(normalized);
  const short = full ? null : monthDay.exec(normalized);
  const [year, month, day] = full
    ? [Number(full[1]), Number(full[2] ?? full[4]), Number(full[3] ?? full[5])]
    : short
      ? [null, Number(short[1]), Number(short[2])]
      : [null, 0, 0];
  return isValidDay(year, month, day) ? { year, month, day } : null;
}
