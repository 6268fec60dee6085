// 6 tháng đầu năm 2024 | 6 tháng cuối năm 2025 | nửa đầu năm 2026 | 6 tháng đầu năm (the plan's year, else each year)
import { firstMatch, isYear, WORD_START, YEAR_AFTER } from "../patterns";
import { makeDeadline } from "../makeDeadline";
import { halfSpan } from "../periods";
import { recurrenceYears } from "../recurrenceYears";
import type { TimeframeParser } from "../TimeframeParser";

const HALF = `${WORD_START}(?:(?:6|sau)\\s*thang|nua)\\s*(dau|cuoi)\\s*nam(?:\\s*,?\\s*${YEAR_AFTER})?`;

export const halfParser: TimeframeParser = {
  name: "half",
  extract(text, ctx, note) {
    const m = firstMatch(HALF, text.folded);
    if (!m) {
      note?.("no '6 tháng đầu/cuối năm'");
      return null;
    }
    const half = m[1] === "dau" ? 1 : 2;
    const written = m[2] === undefined ? undefined : Number(m[2]);
    if (written !== undefined && !isYear(written)) {
      note?.(`${written} is not a year`);
      return null;
    }
    const year = written ?? ctx.planYear;
    if (year === undefined) {
      // Domain: an expression without a year recurs each year of the programme.
      return {
        kind: "recurring",
        text: text.original,
        period: "year",
        month: half === 1 ? 6 : 12,
        ...recurrenceYears(text.folded, ctx),
      };
    }
    const span = halfSpan(year, half);
    return makeDeadline(
      text.original,
      span.due,
      { year: written !== undefined, month: false, day: false },
      span.start,
    );
  },
};
