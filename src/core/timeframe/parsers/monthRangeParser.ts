// Tháng 6 - 12/2026 | từ tháng 3 đến tháng 6/2026 | tháng 10/2025 - tháng 3/2026 | Tháng 9 - 12 năm 2025
// Several months: the span from the first month's first day to the last month's last day.
import { isoDate } from "../../date/calendar";
import { firstMatch, isYear, WORD_START, YEAR_AFTER } from "../patterns";
import { monthSpan } from "../periods";
import type { TimeframeParser } from "../TimeframeParser";

const JOIN = "\\s*(?:-|den|toi)\\s*";
const YEAR_SEP = "(?:\\s*[/.,-]\\s*|\\s*(?:,\\s*)?nam\\s*|\\s+)";
// One year for both months: "tháng 6 - 12/2026".
const SAME_YEAR = `${WORD_START}thang\\s*(\\d{1,2})${JOIN}(?:thang\\s*)?(\\d{1,2})(?!\\p{N})${YEAR_SEP}${YEAR_AFTER}`;
// A year for each: "tháng 10/2025 - tháng 3/2026".
const TWO_YEARS =
  `${WORD_START}thang\\s*(\\d{1,2})${YEAR_SEP}${YEAR_AFTER}${JOIN}(?:thang\\s*)?(\\d{1,2})(?!\\p{N})` +
  `${YEAR_SEP}${YEAR_AFTER}`;

export const monthRangeParser: TimeframeParser = {
  name: "monthRange",
  extract(text, _ctx, note) {
    const f = text.folded;
    let from: [number, number] | null = null;
    let to: [number, number] | null = null;
    const two = firstMatch(TWO_YEARS, f);
    const same = two ? null : firstMatch(SAME_YEAR, f);
    if (two) {
      from = [Number(two[2]), Number(two[1])];
      to = [Number(two[4]), Number(two[3])];
    } else if (same) {
      from = [Number(same[3]), Number(same[1])];
      to = [Number(same[3]), Number(same[2])];
    }
    if (!from || !to) {
      note?.("no two months joined by a dash or 'đến'");
      return null;
    }
    if (!isYear(from[0]) || !isYear(to[0])) {
      note?.("a year outside 1990–2100");
      return null;
    }
    if ([from[1], to[1]].some((m) => m < 1 || m > 12)) {
      return { kind: "unparsed", text: text.original, reason: "invalid-date" };
    }
    const start = isoDate(from[0], from[1], 1);
    const due = monthSpan(to[0], to[1]).due;
    if (start > due) return { kind: "unparsed", text: text.original, reason: "ambiguous" };
    return { kind: "range", text: text.original, start, due };
  },
};
