// GĐ1: 2025; GĐ2: 2030 | GĐ1: 2025;⏎⏎GĐ2: 2030 | Giai đoạn 1: 2025, giai đoạn 2: 2030 | GĐ1: 2023-2025; GĐ2: 2026-2030
// The seed's last task reads "GĐ1: 2025;\n\nGĐ2: 2030": GĐ1 is the mid-term review (sơ kết), GĐ2 the final one (tổng kết).
import { isoDate } from "../../date/calendar";
import type { Milestone } from "../../model/Timeframe";
import { allMatches, isYear, RANGE_JOINER, WORD_END, WORD_START, YEAR_AFTER } from "../patterns";
import type { TimeframeParser } from "../TimeframeParser";

// A numbered phase label, then its year or year range: "gđ1: 2025", "giai doan ii (2026 - 2030)".
// The label's number must stand alone, so "giai đoạn 2026-2030" (a range, not phase 2) is not read here.
const PHASE =
  `${WORD_START}((?:gd|giai doan)\\s*(?:\\d{1,2}|iv|i{1,3}))${WORD_END}` +
  `\\s*[:.)-]?\\s*\\(?\\s*(?:(?:den|truoc)\\s+)?(?:(?:het\\s+)?nam\\s+)?${YEAR_AFTER}(?:${RANGE_JOINER}${YEAR_AFTER})?`;

export const phasesParser: TimeframeParser = {
  name: "phases",
  extract(text, _ctx, note) {
    const matches = allMatches(PHASE, text.folded);
    if (matches.length === 0) {
      note?.("no phase label (GĐ1, giai đoạn 1) followed by a year");
      return null;
    }
    const milestones: Milestone[] = [];
    for (const m of matches) {
      const year = Number(m[3] ?? m[2]);
      if (!isYear(Number(m[2])) || !isYear(year)) {
        note?.(`"${m[0]}" has no year in 1990–2100`);
        return null;
      }
      milestones.push({
        label: text.dashed.slice(m.index, m.index + (m[1] ?? "").length),
        due: isoDate(year, 12, 31),
        certain: { year: true, month: false, day: false },
      });
    }
    return { kind: "milestones", text: text.original, milestones };
  },
};
