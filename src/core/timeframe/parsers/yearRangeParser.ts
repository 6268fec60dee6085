// 2023 – 2030 | 2025 - 2030 | 2024-2030 | 2016-–2025 | giai đoạn 2026-2030 | Giai đoạn 2023 - 2025 | từ năm 2023 đến năm 2025
import { isoDate } from "../../date/calendar";
import { firstMatch, isYear, YEAR_RANGE } from "../patterns";
import type { TimeframeParser } from "../TimeframeParser";

export const yearRangeParser: TimeframeParser = {
  name: "yearRange",
  extract(text, _ctx, note) {
    const m = firstMatch(YEAR_RANGE, text.folded);
    if (!m) {
      note?.("no two years joined by a dash or 'đến'");
      return null;
    }
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (!isYear(from) || !isYear(to)) {
      note?.(`"${m[0]}" has a number outside 1990–2100`);
      return null;
    }
    // "2030 - 2025": which year was meant cannot be told.
    if (from > to) return { kind: "unparsed", text: text.original, reason: "ambiguous" };
    return { kind: "range", text: text.original, start: isoDate(from, 1, 1), due: isoDate(to, 12, 31) };
  },
};
