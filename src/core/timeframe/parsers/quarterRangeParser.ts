// Quý III - IV/2026 | quý I đến quý II năm 2026 | Q1-Q2/2025 | Quý III và IV/2026
// Several quarters of one year: the span from the first quarter's start to the last quarter's end.
import {
  firstMatch,
  isYear,
  QUARTER_TOKEN,
  quarterNumber,
  WORD_END,
  WORD_START,
  YEAR_AFTER,
} from "../patterns";
import { quarterSpan } from "../periods";
import type { TimeframeParser } from "../TimeframeParser";

const QUARTERS =
  `${WORD_START}(?:quy|q)\\s*${QUARTER_TOKEN}${WORD_END}\\s*(?:-|den|toi|va)\\s*(?:(?:quy|q)\\s*)?` +
  `${QUARTER_TOKEN}${WORD_END}\\s*(?:[/.,-]\\s*|nam\\s*)?${YEAR_AFTER}`;

export const quarterRangeParser: TimeframeParser = {
  name: "quarterRange",
  extract(text, _ctx, note) {
    const m = firstMatch(QUARTERS, text.folded);
    if (!m) {
      note?.("no two quarters joined by a dash, 'đến' or 'và'");
      return null;
    }
    const first = quarterNumber(m[1] ?? "");
    const last = quarterNumber(m[2] ?? "");
    const year = Number(m[3]);
    if (first === null || last === null || !isYear(year)) {
      note?.(`"${m[0]}" is not two quarters of a year`);
      return null;
    }
    if (first > last) return { kind: "unparsed", text: text.original, reason: "ambiguous" };
    return {
      kind: "range",
      text: text.original,
      start: quarterSpan(year, first).start,
      due: quarterSpan(year, last).due,
    };
  },
};
