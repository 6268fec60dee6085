// Full dates written in a cell, day first always: "30/6/2026", "30.6.2026", "30-6-2026", "ngày 15 tháng 12 năm 2016",
// and the ISO form a spreadsheet may leave behind ("2026-06-30").
import { isValidDate } from "../date/calendar";
import { allMatches, isYear } from "./patterns";

export interface FoundDate {
  /** Index of the match in the folded text, and the index just after it. */
  index: number;
  end: number;
  year: number;
  month: number;
  day: number;
  /** A real calendar day with a year in 1990–2100 ("31/2/2026" is not). */
  valid: boolean;
}

const NUMERIC = "(?<![\\p{N}.,/])(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})\\s*[/.-]\\s*(\\d{4})(?![\\p{N}]|[.,]\\d)";
const WORDED = "ngay\\s*(\\d{1,2})\\s*,?\\s*thang\\s*(\\d{1,2})\\s*,?\\s*(?:nam\\s*)?(\\d{4})(?!\\p{N})";
const ISO = "(?<![\\p{N}.,/-])(\\d{4})-(\\d{2})-(\\d{2})(?!\\p{N})";

/** Every full date in `folded`, in reading order, overlapping matches dropped. */
export function findDates(folded: string): FoundDate[] {
  const found: FoundDate[] = [];
  const add = (m: RegExpExecArray, year: number, month: number, day: number): void => {
    const index = m.index;
    const end = index + m[0].length;
    if (found.some((f) => index < f.end && f.index < end)) return;
    found.push({ index, end, year, month, day, valid: isYear(year) && isValidDate(year, month, day) });
  };
  for (const m of allMatches(WORDED, folded)) add(m, Number(m[3]), Number(m[2]), Number(m[1]));
  for (const m of allMatches(ISO, folded)) add(m, Number(m[1]), Number(m[2]), Number(m[3]));
  for (const m of allMatches(NUMERIC, folded)) add(m, Number(m[3]), Number(m[2]), Number(m[1]));
  return found.sort((a, b) => a.index - b.index);
}
