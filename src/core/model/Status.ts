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
}

export const DEFAULT_SETTINGS: Omit<Settings, "reportDate"> = {
  dueSoonDays: 30,
  cutoffDay: 14,
  lang: "vi",
};
