// 2026 | Năm 2026 | Đến năm 2030 | Phấn đấu đến năm 2025 | Trong năm 2026 | đến hết năm 2025 | Đến 2030
import { addDays, isoDate } from "../../date/calendar";
import { allMatches, hasBeforePrefix, hasByPrefix, isYear, WORD_START, YEAR, YEAR_AFTER } from "../patterns";
import { makeDeadline } from "../makeDeadline";
import type { TimeframeParser } from "../TimeframeParser";

const AFTER_NAM = `${WORD_START}nam\\s*${YEAR_AFTER}`;

export const yearParser: TimeframeParser = {
  name: "year",
  extract(text, _ctx, note) {
    const f = text.folded;
    const candidates = allMatches(AFTER_NAM, f).filter((m) => isYear(Number(m[1])));
    // A bare year counts only when it is the cell's one number: "2026", "Đến 2030", "2026 (sơ kết)";
    // in "Theo QĐ 1609 năm 2022" the year is found after "năm" instead.
    if (candidates.length === 0 && (f.match(/\p{N}+/gu) ?? []).length === 1) {
      candidates.push(...allMatches(YEAR, f).filter((m) => isYear(Number(m[1]))));
    }
    const m = candidates[0];
    if (!m) {
      note?.("no year in 1990–2100 after 'năm', nor a lone year");
      return null;
    }
    const year = Number(m[1]);
    const start = hasByPrefix(f, m.index) ? undefined : isoDate(year, 1, 1);
    return makeDeadline(
      text.original,
      hasBeforePrefix(f, m.index) ? addDays(isoDate(year, 1, 1), -1) : isoDate(year, 12, 31),
      { year: true, month: false, day: false },
      start,
    );
  },
};
