// 30/6/2026 | 30.6.2026 | 30-6-2026 | ngày 15/12/2016 | trước ngày 20.7.2020 | Trước 30/6/2026 | ngày 15 tháng 12 năm 2016 | trước ngày 15/12 (the plan's year)
// Day first, always: "5/8/2026" is 5 August. The stated date is the due date, with or without "trước".
import { isoDate, isValidDate } from "../../date/calendar";
import { findDates } from "../findDates";
import { makeDeadline } from "../makeDeadline";
import { firstMatch, WORD_START } from "../patterns";
import type { TimeframeParser } from "../TimeframeParser";

// A day and month without a year only after "ngày"/"trước", so that "1.5" or "12.53%" stay numbers.
const DAY_MONTH =
  `${WORD_START}(?:ngay|truoc)\\s*(?:ngay\\s*)?(?:` +
  "(\\d{1,2})\\s*[/.-]\\s*(\\d{1,2})(?![\\p{N}]|\\s*[/.-]\\s*\\d|[.,]\\d)" +
  "|(\\d{1,2})\\s*thang\\s*(\\d{1,2})(?![\\p{N}]|\\s*(?:[/.-]|nam)\\s*\\d))";

export const dateParser: TimeframeParser = {
  name: "date",
  extract(text, ctx, note) {
    const date = findDates(text.folded)[0];
    if (date) {
      if (!date.valid) return { kind: "unparsed", text: text.original, reason: "invalid-date" };
      return makeDeadline(text.original, isoDate(date.year, date.month, date.day), {
        year: true,
        month: true,
        day: true,
      });
    }
    const dm = firstMatch(DAY_MONTH, text.folded);
    if (!dm) {
      note?.("no day/month/year, and no day/month after 'ngày' or 'trước'");
      return null;
    }
    const day = Number(dm[1] ?? dm[3]);
    const month = Number(dm[2] ?? dm[4]);
    if (ctx.planYear === undefined) {
      return isValidDate(2024, month, day)
        ? { kind: "unparsed", text: text.original, reason: "no-date" }
        : { kind: "unparsed", text: text.original, reason: "invalid-date" };
    }
    if (!isValidDate(ctx.planYear, month, day))
      return { kind: "unparsed", text: text.original, reason: "invalid-date" };
    return makeDeadline(text.original, isoDate(ctx.planYear, month, day), {
      year: false,
      month: true,
      day: true,
    });
  },
};
