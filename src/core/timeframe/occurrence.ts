// The occurrences of a recurring timeframe ("Hằng quý" in 2026: four, due 31/3, 30/6, 30/9, 31/12), and the one
// that is current at a reporting date.
import { parseIso, type IsoDate } from "../date/calendar";
import type { RecurringTimeframe, TimeframeContext } from "../model/Timeframe";
import { dayInMonth, halfSpan, monthSpan, quarterSpan, yearSpan, type Span } from "./periods";
import { YEAR_MAX, YEAR_MIN } from "./patterns";

/** The years the recurrence runs in: as written, else the programme's, else unknown. */
export function recurrenceBounds(
  tf: RecurringTimeframe,
  ctx: TimeframeContext = {},
): { firstYear?: number; lastYear?: number } {
  const bounds: { firstYear?: number; lastYear?: number } = {};
  const first = tf.firstYear ?? ctx.programPeriod?.start;
  const last = tf.lastYear ?? ctx.programPeriod?.end;
  if (first !== undefined) bounds.firstYear = first;
  if (last !== undefined) bounds.lastYear = last;
  return bounds;
}

/** The occurrences falling in one year, in order. */
function occurrencesInYear(tf: RecurringTimeframe, year: number): Span[] {
  switch (tf.period) {
    case "year": {
      const month = tf.month !== undefined && tf.month >= 1 && tf.month <= 12 ? tf.month : 12;
      return [{ start: yearSpan(year).start, due: dayInMonth(year, month, tf.day) }];
    }
    case "half":
      return ([1, 2] as const).map((h) => ({
        start: halfSpan(year, h).start,
        due: dayInMonth(year, h * 6, tf.day),
      }));
    case "quarter":
      return [1, 2, 3, 4].map((q) => ({
        start: quarterSpan(year, q).start,
        due: dayInMonth(year, q * 3, tf.day),
      }));
    case "month":
      return Array.from({ length: 12 }, (_, i) => ({
        start: monthSpan(year, i + 1).start,
        due: dayInMonth(year, i + 1, tf.day),
      }));
  }
}

/**
 * Every occurrence in the years fromYear..toYear, kept within the recurrence's own years when known
 * (the timeline marks each one). Years are clamped to 1990–2100, so a stray argument cannot loop for long.
 */
export function occurrences(
  tf: RecurringTimeframe,
  ctx: TimeframeContext,
  fromYear: number,
  toYear: number,
): Span[] {
  const { firstYear, lastYear } = recurrenceBounds(tf, ctx);
  const from = Math.max(fromYear, firstYear ?? YEAR_MIN, YEAR_MIN);
  const to = Math.min(toYear, lastYear ?? YEAR_MAX, YEAR_MAX);
  const list: Span[] = [];
  for (let year = from; year <= to; year++) list.push(...occurrencesInYear(tf, year));
  return list;
}

/**
 * The occurrence current at `date`: the first one due on or after it, within the recurrence's years when known.
 * After the last year it is the last occurrence (still owed); before the first year, the first one.
 * Null when `date` is not a date or the recurrence's years are empty.
 */
export function currentOccurrence(
  tf: RecurringTimeframe,
  date: IsoDate,
  ctx: TimeframeContext = {},
): Span | null {
  const parsed = parseIso(date);
  if (!parsed) return null;
  const { firstYear, lastYear } = recurrenceBounds(tf, ctx);
  // An occurrence of year y is due in y, so only years y and y+1 can hold the first one due on or after `date`.
  let from = parsed.year;
  let to = parsed.year + 1;
  if (firstYear !== undefined && from < firstYear) from = to = firstYear;
  if (lastYear !== undefined && to > lastYear) {
    to = lastYear;
    from = Math.min(from, lastYear);
  }
  const list = occurrences(tf, ctx, from, to);
  return list.find((o) => o.due >= date) ?? list[list.length - 1] ?? null;
}
