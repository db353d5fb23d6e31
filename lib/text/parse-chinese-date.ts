export interface PartialDate {
  year: number | null; // null when the text gives only month and day (7月31日)
  month: number;
  day: number;
}

export interface ChineseDateOptions {
  // Read two- and three-digit years (105年7月1日, 105-07-01) as Republic of China years, as
  // Taiwanese pages write them. 民國 years always are; without this, such years are no date.
  rocYears?: boolean;
}

const rocYearOffset = 1911;
const datePattern = String.raw`(民[國国]\s*)?(\d{2,4})\s*(?:[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})(?!\d)|年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*[日號号]?)`;
const fullDate = new RegExp(`^${datePattern}$`, 'u');
const dateInText = new RegExp(`(?<!\\d)${datePattern}`, 'gu');
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

function toYear(digits: string, isRoc: boolean, { rocYears = false }: ChineseDateOptions): number | null {
  const value = Number(digits);
  if (isRoc || (digits.length < 4 && rocYears)) return value >= 1 && value <= 200 ? value + rocYearOffset : null;
  return digits.length === 4 ? value : null;
}

function fromMatch(match: RegExpExecArray, options: ChineseDateOptions): PartialDate | null {
  const year = toYear(match[2] ?? '', match[1] !== undefined, options);
  const month = Number(match[3] ?? match[5]);
  const day = Number(match[4] ?? match[6]);
  return year !== null && isValidDay(year, month, day) ? { year, month, day } : null;
}

// Parses 2024-07-10, 2024/7/10, 2024年7月31日, 7月31日 and ROC dates (民國105年7月1日; with
// `rocYears`, 105年7月1日 and 105-07-01), the whole input, surrounding space allowed.
export function parseChineseDate(text: string, options: ChineseDateOptions = {}): PartialDate | null {
  const normalized = toAsciiDigits(text.trim());
  const full = fullDate.exec(normalized);
  if (full) return fromMatch(full, options);
  const short = monthDay.exec(normalized);
  if (!short) return null;
  const [month, day] = [Number(short[1]), Number(short[2])];
  return isValidDay(null, month, day) ? { year: null, month, day } : null;
}

// The first full date (with a year) anywhere in the text: 发布时间：2024-07-10 09:30, an ISO
// timestamp, 發佈日期：民國105年7月1日.
export function findChineseDate(text: string, options: ChineseDateOptions = {}): PartialDate | null {
  for (const match of toAsciiDigits(text).matchAll(dateInText)) {
    const date = fromMatch(match, options);
    if (date) return date;
  }
  return null;
}

export function formatDate({ year, month, day }: { year: number; month: number; day: number }): string {
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
