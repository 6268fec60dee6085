// Từ quý I/2026 đến quý IV/2028 | Từ tháng 10/2025 đến hết năm 2026 | Từ năm 2025 đến quý II/2026 | từ 01/7/2025 đến
// tháng 12/2025 | Quý I/2026 đến Quý IV/2028 | Quý I/2026 - Quý II/2026 | Năm 2025 - Quý II/2026
// "từ … đến …" over any two single forms (a date, month, quarter, half or year on each side): a range from the first
// one's start to the second one's end. The same-form ranges ("Tháng 6 - 12/2026", "2023 - 2030") have their own
// parsers, tried before this one.
import type { TimeframeParser } from "../TimeframeParser";
import { allMatches, WORD_END, WORD_START } from "../patterns";
import { readSinglePeriod } from "../singlePeriod";
import { sliceText } from "../textSlices";

const JOINER = `${WORD_START}(?:den|toi)(?:\\s+het)?${WORD_END}|-`;
// A dash joins two periods only when each side states its year and the dash stands right between them: "Tháng 6 -
// 2026" is June 2026, and in "- Quý I/2026: dự thảo - Quý IV/2026: ban hành" the dashes are bullets.
const DASH_LEFT = /\d\s*$/u;
const DASH_RIGHT = /^\s*(?:quy|q|thang|nam|ngay|nua|\d)/u;
/** Joiners looked at: a deadline cell has one or two. */
const MAX_JOINERS = 8;

export const spanParser: TimeframeParser = {
  name: "span",
  extract(text, ctx, note) {
    const f = text.folded;
    if (!f.includes("den") && !f.includes("toi") && !f.includes("-")) {
      note?.("no 'đến', 'tới' or dash");
      return null;
    }
    for (const joiner of allMatches(JOINER, f).slice(0, MAX_JOINERS)) {
      // Each side stops at a ";" (the next item of a list), so only the words next to "đến" count.
      const leftStart = f.lastIndexOf(";", joiner.index) + 1;
      const after = joiner.index + joiner[0].length;
      const semicolon = f.indexOf(";", after);
      const rightEnd = semicolon < 0 ? f.length : semicolon;
      const dash = joiner[0] === "-";
      if (dash && !(DASH_LEFT.test(f.slice(leftStart, joiner.index)) && DASH_RIGHT.test(f.slice(after, rightEnd)))) continue;
      const from = readSinglePeriod(sliceText(text, leftStart, joiner.index), ctx);
      const to = from && readSinglePeriod(sliceText(text, after, rightEnd), ctx);
      if (!from || !to || (dash && !(from.certain.year && to.certain.year))) continue;
      const start = from.start ?? from.due;
      if (start > to.due) return { kind: "unparsed", text: text.original, reason: "ambiguous" };
      return { kind: "range", text: text.original, start, due: to.due };
    }
    note?.("no date or period on both sides of 'đến' or a dash");
    return null;
  },
};
