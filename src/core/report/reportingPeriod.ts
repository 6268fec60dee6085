// The monthly reporting period under a cut-off day (Khánh Hòa, QĐ 01/2023/QĐ-UBND Điều 4: data from the 15th of the
// previous month to the 14th of the report month). The report month is the calendar month of the reporting date:
// a report dated 30/11/2026 is "tháng 11" and covers 15/10/2026 – 14/11/2026.
import { addDays, daysInMonth, isoDate, monthOf, yearOf, type IsoDate } from "../date/calendar";

export interface ReportingPeriod {
  year: number;
  month: number;
  /** First and last day of the data the report covers, inclusive. */
  start: IsoDate;
  end: IsoDate;
}

/** The cut-off day of a month; a cut-off past the month's end (31 in November) is its last day. */
function cutoffIn(year: number, month: number, cutoffDay: number): IsoDate {
  return isoDate(year, month, Math.min(cutoffDay, daysInMonth(year, month)));
}

/** A cut-off that is not a whole day of the month (0, 40, 14.5, NaN) falls back to the default 14. */
function validCutoff(cutoffDay: number): number {
  return Number.isInteger(cutoffDay) && cutoffDay >= 1 && cutoffDay <= 31 ? cutoffDay : 14;
}

export function reportingPeriod(reportDate: IsoDate, cutoffDay: number): ReportingPeriod {
  const cutoff = validCutoff(cutoffDay);
  const year = yearOf(reportDate);
  const month = monthOf(reportDate);
  const prevYear = month === 1 ? year - 1 : year;
  const prevMonth = month === 1 ? 12 : month - 1;
  return {
    year,
    month,
    start: addDays(cutoffIn(prevYear, prevMonth, cutoff), 1),
    end: cutoffIn(year, month, cutoff),
  };
}
