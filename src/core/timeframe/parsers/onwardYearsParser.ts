// Năm 2027 và những năm tiếp theo | 2025 và những năm tiếp theo | năm 2025 và các năm tiếp theo | Từ năm 2026 trở đi
// | Tháng 12/2025 và các năm tiếp theo
// Work that recurs every year from a year on (NQ 03/NQ-CP, Phụ lục II, writes "2025 và những năm tiếp theo"): yearly
// occurrences from that year, due at the end of each year (or in the month written), never one deadline at the end
// of the first year. They run to the programme's last year when it is known, else with no end.
import type { RecurringTimeframe } from "../../model/Timeframe";
import { firstMatch, isYear, WORD_END, WORD_START, YEAR, YEAR_AFTER } from "../patterns";
import type { TimeframeParser } from "../TimeframeParser";

const ONWARD =
  `${WORD_START}(?:(?:tu|bat dau tu)\\s+)?(?:thang\\s*(\\d{1,2})\\s*[/.-]\\s*${YEAR_AFTER}|(?:nam\\s+)?${YEAR})\\s*,?\\s*` +
  `(?:va\\s+(?:nhung|cac)\\s+nam\\s+(?:tiep theo|sau|ke tiep)|tro\\s+(?:di|ve sau))${WORD_END}`;

export const onwardYearsParser: TimeframeParser = {
  name: "onwardYears",
  extract(text, ctx, note) {
    const f = text.folded;
    const m = f.includes("nam") || f.includes("tro") ? firstMatch(ONWARD, f) : null;
    if (!m) {
      note?.("no year followed by 'và những năm tiếp theo' or 'trở đi'");
      return null;
    }
    const firstYear = Number(m[2] ?? m[3]);
    const month = m[1] === undefined ? 12 : Number(m[1]);
    if (!isYear(firstYear) || month < 1 || month > 12) {
      note?.(`"${m[0]}" has no year in 1990–2100 or no real month`);
      return null;
    }
    const tf: RecurringTimeframe = { kind: "recurring", text: text.original, period: "year", month, firstYear };
    const end = ctx.programPeriod?.end;
    if (end !== undefined && end >= firstYear) tf.lastYear = end;
    return tf;
  },
};
