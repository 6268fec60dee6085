// Hằng năm | Hàng năm | HẰNG NĂM | Tháng 12 hằng năm | Trước 15/12 hằng năm | Quý IV hằng năm | Hằng quý | Định kỳ hằng quý | Hằng tháng | Định kỳ 6 tháng | 6 tháng một lần
import { isValidDate } from "../../date/calendar";
import type { RecurrencePeriod, RecurringTimeframe, Timeframe } from "../../model/Timeframe";
import { findDates } from "../findDates";
import { firstMatch, QUARTER_TOKEN, quarterNumber, WORD_END, WORD_START } from "../patterns";
import { recurrenceYears } from "../recurrenceYears";
import type { TimeframeParser } from "../TimeframeParser";

// Checked in this order: "định kỳ 6 tháng" must not be read as monthly, and "hằng tháng, hằng năm" as the
// finer period. "hằng"/"hàng" both fold to "hang".
const KEYWORDS: { period: RecurrencePeriod; source: string }[] = [
  {
    period: "half",
    source:
      "(?:dinh ky|hang|moi)\\s*(?:6|sau)\\s*thang|(?:6|sau)\\s*thang\\s*(?:mot|1)\\s*lan|(?:6|sau)\\s*thang\\s*/\\s*lan",
  },
  { period: "quarter", source: "(?:hang|moi|tung)\\s*quy|dinh ky\\s*(?:theo\\s*)?quy" },
  { period: "month", source: "(?:hang|moi|tung)\\s*thang|dinh ky\\s*(?:theo\\s*)?thang" },
  { period: "year", source: "(?:hang|moi|tung)\\s*nam|dinh ky\\s*(?:theo\\s*)?nam" },
];

// "15/12", "15-12" (not part of a full date or a year range).
const DAY_MONTH = "(?<![\\p{N}./-])(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?![\\p{N}]|\\s*[/.-]\\s*\\d)";
const WORDED_DAY_MONTH = "ngay\\s*(\\d{1,2})\\s*thang\\s*(\\d{1,2})(?!\\p{N})";
const MONTH = `${WORD_START}thang\\s*(\\d{1,2})(?!\\p{N})`;
const DAY = `${WORD_START}ngay\\s*(\\d{1,2})(?![\\p{N}]|\\s*[/.-]\\s*\\d|\\s*thang)`;
const QUARTER = `${WORD_START}(?:quy|q)\\s*${QUARTER_TOKEN}${WORD_END}`;
const FIRST_HALF = `${WORD_START}(?:(?:6|sau)\\s*thang|nua)\\s*dau\\s*nam`;

export const recurringParser: TimeframeParser = {
  name: "recurring",
  extract(text, ctx, note) {
    const f = text.folded;
    const found = KEYWORDS.find((k) => firstMatch(`${WORD_START}(?:${k.source})${WORD_END}`, f));
    if (!found) {
      note?.("no recurrence keyword (hằng năm, hằng quý, hằng tháng, định kỳ 6 tháng)");
      return null;
    }
    const tf: RecurringTimeframe = { kind: "recurring", text: text.original, period: found.period };
    const invalid: Timeframe = { kind: "unparsed", text: text.original, reason: "invalid-date" };
    if (found.period === "year") {
      // "Trước 30/6/2026; hằng năm": a full date beside the keyword gives the day each year.
      const dm = firstMatch(WORDED_DAY_MONTH, f) ?? firstMatch(DAY_MONTH, f);
      const full = findDates(f)[0];
      const dayMonth = dm
        ? { day: Number(dm[1]), month: Number(dm[2]) }
        : full
          ? { day: full.day, month: full.month }
          : null;
      const month = firstMatch(MONTH, f);
      const quarter = firstMatch(QUARTER, f);
      if (dayMonth) {
        // Checked against a leap year: "29/02 hằng năm" exists in some years; occurrences clamp it.
        if (!isValidDate(2024, dayMonth.month, dayMonth.day)) return invalid;
        tf.month = dayMonth.month;
        tf.day = dayMonth.day;
      } else if (month) {
        const m = Number(month[1]);
        if (m < 1 || m > 12) return invalid;
        tf.month = m;
        const day = firstMatch(DAY, f);
        if (day) {
          if (!isValidDate(2024, m, Number(day[1]))) return invalid;
          tf.day = Number(day[1]);
        }
      } else if (quarter) {
        tf.month = (quarterNumber(quarter[1] ?? "") ?? 4) * 3;
      } else {
        tf.month = firstMatch(FIRST_HALF, f) ? 6 : 12;
      }
    } else {
      // "trước ngày 25 hằng tháng": the day of the period's last month.
      const day = firstMatch(DAY, f);
      if (day) {
        const d = Number(day[1]);
        if (d < 1 || d > 31) return invalid;
        tf.day = d;
      }
    }
    return { ...tf, ...recurrenceYears(f, ctx) };
  },
};
