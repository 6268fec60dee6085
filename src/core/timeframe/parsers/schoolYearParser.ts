// Năm học 2025-2026 | năm học 2025 – 2026 | trong năm học 2024-2025
// In education plans "năm học 2025-2026" is a school year, not two calendar years: it starts in September and
// the Ministry's yearly calendar decision ends it by 31 May ("kết thúc năm học trước ngày 31/5").
import { isoDate } from "../../date/calendar";
import { firstMatch, isYear, RANGE_JOINER, WORD_START, YEAR_AFTER } from "../patterns";
import type { TimeframeParser } from "../TimeframeParser";

const SCHOOL_YEAR = `${WORD_START}nam\\s+hoc\\s*${YEAR_AFTER}${RANGE_JOINER}${YEAR_AFTER}`;

export const schoolYearParser: TimeframeParser = {
  name: "schoolYear",
  extract(text, _ctx, note) {
    const m = firstMatch(SCHOOL_YEAR, text.folded);
    if (!m) {
      note?.("no 'năm học' followed by two years");
      return null;
    }
    const from = Number(m[1]);
    const to = Number(m[2]);
    if (!isYear(from) || to !== from + 1) {
      note?.(`"${m[0]}" is not two consecutive years`);
      return null;
    }
    return { kind: "range", text: text.original, start: isoDate(from, 9, 1), due: isoDate(to, 5, 31) };
  },
};
