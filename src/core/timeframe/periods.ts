// Calendar spans of the periods time expressions name: a year, a half, a quarter, a month.
import { daysInMonth, endOfMonth, isoDate, type IsoDate } from "../date/calendar";

export interface Span {
  start: IsoDate;
  due: IsoDate;
}

export function yearSpan(year: number): Span {
  return { start: isoDate(year, 1, 1), due: isoDate(year, 12, 31) };
}

export function monthSpan(year: number, month: number): Span {
  return { start: isoDate(year, month, 1), due: endOfMonth(year, month) };
}

/** quarter 1–4. */
export function quarterSpan(year: number, quarter: number): Span {
  return { start: isoDate(year, quarter * 3 - 2, 1), due: endOfMonth(year, quarter * 3) };
}

/** half 1 (January–June) or 2 (July–December). */
export function halfSpan(year: number, half: 1 | 2): Span {
  return half === 1
    ? { start: isoDate(year, 1, 1), due: isoDate(year, 6, 30) }
    : { start: isoDate(year, 7, 1), due: isoDate(year, 12, 31) };
}

/** The given day of a month, or its last day when absent or past the month's end (29/02 in 2026). */
export function dayInMonth(year: number, month: number, day?: number): IsoDate {
  const last = daysInMonth(year, month);
  return isoDate(year, month, day === undefined ? last : Math.min(Math.max(day, 1), last));
}
