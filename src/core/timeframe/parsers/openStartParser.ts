// Từ tháng 3/2024 | Từ Quý II/2025 | Từ năm 2027 | Từ tháng 9/2025, thường xuyên | Từ ngày 01/7/2025 | Bắt đầu từ năm 2026
// | Tháng 9/2025 đến nay | Từ năm 2024 đến nay
// An open-ended start: the work goes on from that date with no end written (a "từ … đến …" was read before by the
// span parsers). Continuous from the start of the period named: not yet begun before it, ongoing after.
import type { TimeframeParser } from "../TimeframeParser";
import { firstMatch, WORD_END, WORD_START } from "../patterns";
import { readSinglePeriod } from "../singlePeriod";
import { sliceText } from "../textSlices";

// "từ" right before a date or period word (or a digit): "từ đó", "từ nguồn vốn" are not starts.
const FROM = `${WORD_START}(?:bat dau\\s+)?tu\\s+(?=(?:ngay|thang|quy|q|nam|nua|6\\s*thang|\\d))`;
// "… đến nay": from that period until now, still going on.
const UNTIL_NOW = `${WORD_START}(?:den|toi)\\s+(?:nay|hien nay|hien tai)${WORD_END}`;

export const openStartParser: TimeframeParser = {
  name: "openStart",
  extract(text, ctx, note) {
    const f = text.folded;
    if (!f.includes("tu") && !f.includes("nay") && !f.includes("hien tai")) {
      note?.("no 'từ' and no 'đến nay'");
      return null;
    }
    const m = firstMatch(FROM, f);
    if (!m) {
      const now = firstMatch(UNTIL_NOW, f);
      const since = now && readSinglePeriod(sliceText(text, f.lastIndexOf(";", now.index) + 1, now.index), ctx);
      if (since) return { kind: "continuous", text: text.original, start: since.start ?? since.due };
      note?.("no 'từ' before a date or period, nor a period 'đến nay'");
      return null;
    }
    // The period is what follows "từ" up to the next clause ("Từ tháng 9/2025, thường xuyên").
    const from = m.index + m[0].length;
    const stop = f.slice(from).search(/[,;(]/u);
    const period = readSinglePeriod(sliceText(text, from, stop < 0 ? f.length : from + stop), ctx);
    if (!period) {
      note?.("the words after 'từ' are not one date or period");
      return null;
    }
    return { kind: "continuous", text: text.original, start: period.start ?? period.due };
  },
};
