// Tháng 6/2026 | Tháng 02/2026 | tháng 12 năm 2025 | trước tháng 6/2026 | Kỳ họp chuyên đề tháng 5/2026 | 06/2026 | Tháng 12 (the plan's year)
import { addDays } from "../../date/calendar";
import { firstMatch, hasBeforePrefix, hasByPrefix, isYear, WORD_START, YEAR_AFTER } from "../patterns";
import { makeDeadline } from "../makeDeadline";
import { monthSpan } from "../periods";
import type { TimeframeParser } from "../TimeframeParser";

const WITH_YEAR = `${WORD_START}thang\\s*(\\d{1,2})(?!\\p{N})(?:\\s*[/.,-]\\s*|\\s*(?:,\\s*)?nam\\s*|\\s+)${YEAR_AFTER}`;
// "06/2026" alone, possibly after "trước"/"đến"/"hạn": only when it is the whole cell, so that a number
// such as "số 1/2026" inside free text is not read as January.
const BARE = "^(?:(?:truoc|den|han|trong|vao|cham nhat)[\\s:]+)?(\\d{1,2})\\s*[/.-]\\s*(\\d{4})[\\s.;,]*$";
const WITHOUT_YEAR = `${WORD_START}thang\\s*(\\d{1,2})(?![\\p{N}]|\\s*[/.,-]\\s*\\d)`;

export const monthParser: TimeframeParser = {
  name: "month",
  extract(text, ctx, note) {
    const f = text.folded;
    const m = firstMatch(WITH_YEAR, f) ?? firstMatch(BARE, f);
    if (m) {
      const month = Number(m[1]);
      const year = Number(m[2]);
      if (!isYear(year)) {
        note?.(`${year} is not a year`);
        return null;
      }
      if (month < 1 || month > 12) return { kind: "unparsed", text: text.original, reason: "invalid-date" };
      const span = monthSpan(year, month);
      const byPrefix = hasByPrefix(f, m.index) || /^(?:truoc|den|han|cham nhat)/u.test(f.slice(m.index));
      return makeDeadline(
        text.original,
        hasBeforePrefix(f, m.index) ? addDays(span.start, -1) : span.due,
        { year: true, month: true, day: false },
        byPrefix ? undefined : span.start,
      );
    }
    const bare = firstMatch(WITHOUT_YEAR, f);
    if (!bare) {
      note?.("no 'tháng' with a number, and the cell is not 'mm/yyyy'");
      return null;
    }
    const month = Number(bare[1]);
    if (month < 1 || month > 12) return { kind: "unparsed", text: text.original, reason: "invalid-date" };
    // "Tháng 12" alone: the plan's year when known. Without it the cell says nothing checkable; a yearly
    // recurrence would be a guess ("Tháng 12 hằng năm" says so explicitly and is read by the recurring parser).
    if (ctx.planYear === undefined) return { kind: "unparsed", text: text.original, reason: "no-date" };
    const span = monthSpan(ctx.planYear, month);
    return makeDeadline(
      text.original,
      hasBeforePrefix(f, bare.index) ? addDays(span.start, -1) : span.due,
      { year: false, month: true, day: false },
      hasByPrefix(f, bare.index) ? undefined : span.start,
    );
  },
};
