// Calendar dates as ISO strings "YYYY-MM-DD" and as day numbers (days since 1970-01-01) for arithmetic.
// Pure: no clock, no time zones (Date is used only through its UTC functions).

export type IsoDate = string;

export function isoDate(year: number, month: number, day: number): IsoDate {
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || !Number.isInteger(month) || !Number.isInteger(day)) return false;
  if (year < 1900 || year > 2200 || month < 1 || month > 12 || day < 1) return false;
  return day <= daysInMonth(year, month);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return MONTH_DAYS[month - 1] ?? 30;
}

export function endOfMonth(year: number, month: number): IsoDate {
  return isoDate(year, month, daysInMonth(year, month));
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

export function parseIso(date: IsoDate): { year: number; month: number; day: number } | null {
  const m = ISO_DATE.exec(date);
  if (!m) return null;
  const year = Number(m[1]);
  const month = Number(m[2]);
  const day = Number(m[3]);
  return isValidDate(year, month, day) ? { year, month, day } : null;
}

export function toDayNumber(date: IsoDate): number {
  // Digits read in place: classifying a large plan computes two day numbers per task, and a regular expression
  // match per date was a good part of that work. Anything not plainly "dddd-dd-dd" goes through parseIso.
  const year = digits(date, 0, 4);
  const month = digits(date, 5, 2);
  const day = digits(date, 8, 2);
  if (date.length === 10 && date.charCodeAt(4) === 45 && date.charCodeAt(7) === 45 && year >= 0 && month >= 0 && day >= 0) {
    if (isValidDate(year, month, day)) return Math.round(Date.UTC(year, month - 1, day) / 86_400_000);
  }
  const p = parseIso(date);
  if (!p) throw new RangeError(`calendar: not an ISO date: ${date}`);
  return Math.round(Date.UTC(p.year, p.month - 1, p.day) / 86_400_000);
}

/** The number written by `length` ASCII digits from `from`, or -1 when one of them is not a digit. */
function digits(text: string, from: number, length: number): number {
  let n = 0;
  for (let i = from; i < from + length; i++) {
    const c = text.charCodeAt(i) - 48;
    if (!(c >= 0 && c <= 9)) return -1;
    n = n * 10 + c;
  }
  return n;
}

export function fromDayNumber(days: number): IsoDate {
  const d = new Date(days * 86_400_000);
  return isoDate(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return fromDayNumber(toDayNumber(date) + days);
}

/** b − a in days. */
export function diffDays(a: IsoDate, b: IsoDate): number {
  return toDayNumber(b) - toDayNumber(a);
}

export function yearOf(date: IsoDate): number {
  return Number(date.slice(0, 4));
}

export function monthOf(date: IsoDate): number {
  return Number(date.slice(5, 7));
}

/** "2026-11-30" → "30/11/2026", the way Vietnamese documents write dates. */
export function formatVnDate(date: IsoDate): string {
  const p = parseIso(date);
  return p ? `${String(p.day).padStart(2, "0")}/${String(p.month).padStart(2, "0")}/${p.year}` : date;
}

/**
 * Excel serial date (1900 system, with its fictitious 29/02/1900) to ISO.
 * Serial 1 = 1900-01-01; 60 = the non-existent 1900-02-29, read as 1900-02-28.
 */
export function excelSerialToIso(serial: number, date1904 = false): IsoDate | null {
  if (!Number.isFinite(serial)) return null;
  const whole = Math.floor(serial);
  if (date1904) return whole >= 0 ? fromDayNumber(whole - 24107) : null;
  if (whole < 1 || whole > 2_958_465) return null;
  const adjusted = whole < 60 ? whole + 1 : whole === 60 ? 60 : whole;
  // 25569 = serial of 1970-01-01
  return fromDayNumber(adjusted - 25569);
}

export function isoToExcelSerial(date: IsoDate): number {
  const days = toDayNumber(date) + 25569;
  return days <= 60 ? days - 1 : days;
}
