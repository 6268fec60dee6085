// Từ 01/01/2024 đến 30/6/2024 | 1/3/2026 - 30/6/2026 | từ ngày 1.3.2026 đến ngày 30.6.2026
import { isoDate } from "../../date/calendar";
import { findDates } from "../findDates";
import type { TimeframeParser } from "../TimeframeParser";

const JOINER = /^\s*(?:-|den|toi)\s*(?:ngay\s*)?$/u;

export const dateRangeParser: TimeframeParser = {
  name: "dateRange",
  extract(text, _ctx, note) {
    const dates = findDates(text.folded);
    for (let i = 0; i + 1 < dates.length; i++) {
      const a = dates[i];
      const b = dates[i + 1];
      if (!a || !b || !JOINER.test(text.folded.slice(a.end, b.index))) continue;
      if (!a.valid || !b.valid) return { kind: "unparsed", text: text.original, reason: "invalid-date" };
      const start = isoDate(a.year, a.month, a.day);
      const due = isoDate(b.year, b.month, b.day);
      if (start > due) return { kind: "unparsed", text: text.original, reason: "ambiguous" };
      return { kind: "range", text: text.original, start, due };
    }
    note?.(dates.length < 2 ? "fewer than two full dates" : "no dash or 'đến' between two dates");
    return null;
  },
};
