// 2023 - 2025 và 2026 -2030 | giai đoạn 2023-2025; giai đoạn 2026-2030
// Consecutive phases written as year ranges: each range is a milestone due at the end of its last year, so the
// mid-programme review at the end of 2025 is not lost in one 2023–2030 span.
import { isoDate } from "../../date/calendar";
import type { Milestone } from "../../model/Timeframe";
import { allMatches, isYear, YEAR_RANGE } from "../patterns";
import type { TimeframeParser } from "../TimeframeParser";

export const rangeSequenceParser: TimeframeParser = {
  name: "rangeSequence",
  extract(text, _ctx, note) {
    const ranges = allMatches(YEAR_RANGE, text.folded);
    if (ranges.length < 2) {
      note?.("fewer than two year ranges");
      return null;
    }
    const milestones: Milestone[] = [];
    for (const m of ranges) {
      const from = Number(m[1]);
      const to = Number(m[2]);
      if (!isYear(from) || !isYear(to) || from > to) {
        note?.(`"${m[0]}" is not a range of years`);
        return null;
      }
      milestones.push({
        label: `${from} - ${to}`,
        due: isoDate(to, 12, 31),
        certain: { year: true, month: false, day: false },
      });
    }
    return { kind: "milestones", text: text.original, milestones };
  },
};
