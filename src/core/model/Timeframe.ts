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

interface TimeframeBase {
  /** The cell's text as written (NFC, trimmed). */
  text: string;
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

/** No deadline by nature: "Thường xuyên". */
export interface ContinuousTimeframe extends TimeframeBase {
  kind: "continuous";
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
  | UnparsedTimeframe;

export type TimeframeKind = Timeframe["kind"];

/** What a parser may use besides the text. */
export interface TimeframeContext {
  /** The plan's year ("Kế hoạch … năm 2026"), used where a form has no year. */
  planYear?: number;
  /** The programme period ("giai đoạn 2023 - 2030"), used for recurring forms. */
  programPeriod?: { start: number; end: number };
}
