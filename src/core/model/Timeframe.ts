import type { IsoDate } from "../date/calendar";

/** Which parts of a date were written and which were implied (chrono's assign vs imply). */
export interface Certainty {
  year: boolean;
  month: boolean;
  day: boolean;
}

export interface Milestone {
  /** As written: "GĐ1". */
  label: string;
  due: IsoDate;
  certain: Certainty;
}

export type RecurrencePeriod = "year" | "half" | "quarter" | "month";

/**
 * What the column's times mean, from its header: "deadline" under "Thời gian hoàn thành" / "Thời hạn" (a period
 * such as "Quý I/2027" is the time by which the task is done; its work may start earlier), "period" under
 * "Thời gian thực hiện" (the time the work is done in: before it, the work has not begun).
 */
export type TimeframeRole = "deadline" | "period";

interface TimeframeBase {
  /** The cell's text as written (NFC, trimmed). */
  text: string;
  /** Set when the column's header is known (src/core/timeframe/timeframeRole.ts says how it is chosen). */
  role?: TimeframeRole;
}

/** One due date: "Quý I/2026", "Tháng 6/2026", "30/6/2026", "Trước ngày 15/12/2016", "Năm 2026". */
export interface DeadlineTimeframe extends TimeframeBase {
  kind: "deadline";
  due: IsoDate;
  /** Start of the stated period when the form names one ("Quý I/2026" starts 2026-01-01). */
  start?: IsoDate;
  certain: Certainty;
}

/** A span of years or dates: "2023 – 2030", "giai đoạn 2026-2030". Due at the end of the last year. */
export interface RangeTimeframe extends TimeframeBase {
  kind: "range";
  start: IsoDate;
  due: IsoDate;
}

/**
 * Recurring: "Hằng năm", "Tháng 12 hằng năm", "Trước 15/12 hằng năm", "Hằng quý", "Định kỳ 6 tháng".
 * Each occurrence is due on (month, day) of its period: for "year" month/day are absolute; for "half", "quarter"
 * and "month" the occurrence is due `dayOffset`-style at the end of each period unless `day` is given.
 */
export interface RecurringTimeframe extends TimeframeBase {
  kind: "recurring";
  period: RecurrencePeriod;
  /** For period "year": the month (1–12) each occurrence is due in; default 12. */
  month?: number;
  /** Day of month the occurrence is due; absent = last day of the month (or of the period). */
  day?: number;
  /** Years the recurrence runs in, when known (the programme period, or as written). */
  firstYear?: number;
  lastYear?: number;
}

/** Phase milestones: "GĐ1: 2025; GĐ2: 2030". */
export interface MilestonesTimeframe extends TimeframeBase {
  kind: "milestones";
  milestones: Milestone[];
}

/** No deadline by nature: "Thường xuyên"; from a date on: "Từ tháng 3/2024", "Từ Quý II/2025, thường xuyên". */
export interface ContinuousTimeframe extends TimeframeBase {
  kind: "continuous";
  /** When the work starts, for an open-ended start ("Từ năm 2027": 2027-01-01). */
  start?: IsoDate;
}

/**
 * Tied to an event, not to a date: "Sau khi Nghị định được ban hành" (after), "Theo tiến độ của Bộ" (schedule:
 * someone else's timetable), "Khi có yêu cầu" (request: whenever asked). No due date can be judged.
 */
export interface EventTimeframe extends TimeframeBase {
  kind: "event";
  relation: "after" | "schedule" | "request";
  /** The clause that names the event, as written: "Sau khi Nghị định được ban hành". */
  trigger: string;
}

export type UnparsedReason = "empty" | "no-date" | "invalid-date" | "ambiguous" | "free-text";

export interface UnparsedTimeframe extends TimeframeBase {
  kind: "unparsed";
  reason: UnparsedReason;
}

export type Timeframe =
  | DeadlineTimeframe
  | RangeTimeframe
  | RecurringTimeframe
  | MilestonesTimeframe
  | ContinuousTimeframe
  | EventTimeframe
  | UnparsedTimeframe;

export type TimeframeKind = Timeframe["kind"];

/** What a parser may use besides the text. */
export interface TimeframeContext {
  /** The plan's year ("Kế hoạch … năm 2026"), used where a form has no year. */
  planYear?: number;
  /** The programme period ("giai đoạn 2023 - 2030"), used for recurring forms. */
  programPeriod?: { start: number; end: number };
  /** The timeframe column's header as written ("Thời gian hoàn thành"): it decides the result's `role`. */
  header?: string;
}
