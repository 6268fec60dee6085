// Quý I/2026 | quý II năm 2024 | Q3/2025 | Quý 4/2025 | QUÝ III/2024 | quý 3 năm 2025 | Quý I (the plan's year)
import { addDays } from "../../date/calendar";
import {
  firstMatch,
  hasBeforePrefix,
  hasByPrefix,
  isYear,
  QUARTER_TOKEN,
  quarterNumber,
  WORD_END,
  WORD_START,
  YEAR_AFTER,
} from "../patterns";
import { makeDeadline } from "../makeDeadline";
import { quarterSpan } from "../periods";
import type { TimeframeParser } from "../TimeframeParser";

const WITH_YEAR = `${WORD_START}(?:quy|q)\\s*${QUARTER_TOKEN}${WORD_END}\\s*(?:[/.,-]\\s*|(?:nam\\s*))?${YEAR_AFTER}`;
// Without a year only the full word counts: a lone "Q1" is too likely to be something else.
const WITHOUT_YEAR = `${WORD_START}quy\\s*${QUARTER_TOKEN}${WORD_END}`;

export const quarterParser: TimeframeParser = {
  name: "quarter",
  extract(text, ctx, note) {
    const f = text.folded;
    const m = firstMatch(WITH_YEAR, f);
    if (m) {
      const year = Number(m[2]);
      const quarter = quarterNumber(m[1] ?? "");
      if (quarter !== null && isYear(year)) {
        const span = quarterSpan(year, quarter);
        const start = hasByPrefix(f, m.index) ? undefined : span.start;
        const due = hasBeforePrefix(f, m.index) ? addDays(span.start, -1) : span.due;
        return makeDeadline(text.original, due, { year: true, month: false, day: false }, start);
      }
    }
    const bare = firstMatch(WITHOUT_YEAR, f);
    if (!bare) {
      note?.("no 'quý'/'Q' with I–IV or 1–4");
      return null;
    }
    const quarter = quarterNumber(bare[1] ?? "");
    if (quarter === null) return null;
    if (ctx.planYear === undefined) return { kind: "unparsed", text: text.original, reason: "no-date" };
    const span = quarterSpan(ctx.planYear, quarter);
    const start = hasByPrefix(f, bare.index) ? undefined : span.start;
    const due = hasBeforePrefix(f, bare.index) ? addDays(span.start, -1) : span.due;
    return makeDeadline(text.original, due, { year: false, month: false, day: false }, start);
  },
};
