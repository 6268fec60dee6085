import type { IsoDate } from "../date/calendar";

export type StatusCode =
  | "done_on_time"
  | "done_late"
  | "done"
  | "in_progress"
  | "due_soon"
  | "overdue"
  | "not_started_yet"
  | "ongoing"
  | "paused"
  | "unknown";

export interface TaskStatus {
  taskId: string;
  code: StatusCode;
  /** The date the status was judged on: range end, the milestone judged, the current occurrence. */
  due?: IsoDate;
  /** due − reporting date in days (negative when overdue). */
  daysLeft?: number;
  /** The milestone label judged ("GĐ1"), for milestone tasks. */
  milestone?: string;
}

export interface Settings {
  /** The reporting date (never the clock: hosts pass it in). */
  reportDate: IsoDate;
  /** A task due within this many days is "due soon". Default 30. */
  dueSoonDays: number;
  /** Day of month the reporting period ends (Khánh Hòa: 14). */
  cutoffDay: number;
  lang: "vi" | "en";
  /** Sheet chosen by the user; otherwise the best candidate. */
  sheet?: string;
  /** Overrides of what is read from the title. */
  planYear?: number;
  programPeriod?: { start: number; end: number };
  /**
   * Who issues the monthly report, for its header block and place-date line.
   * Default (src/core/report): UBND TỈNH KHÁNH HÒA / SỞ GIÁO DỤC VÀ ĐÀO TẠO / Khánh Hòa.
   */
  issuer?: { parent: string; body: string; place: string };
  /**
   * The issuing body's code that ends the monthly report's number line, "Số:      /BC-SGDĐT". Default: the initials
   * of the issuing body ("SỞ GIÁO DỤC VÀ ĐÀO TẠO" → "SGDĐT"), src/core/report/documentCode.
   */
  documentCode?: string;
  /**
   * The date the monthly report's figures are judged at: "cutoff" (default) — the period's cut-off, the "tính đến
   * ngày" of the report (data as of 14/11 in a report signed 30/11) — or "reportDate", the reporting (signing) date.
   * The plan sheet's status column and the summary always show the reporting date.
   */
  figuresAsOf?: "cutoff" | "reportDate";
}

export const DEFAULT_SETTINGS: Omit<Settings, "reportDate"> = {
  dueSoonDays: 30,
  cutoffDay: 14,
  lang: "vi",
};
