// One line of the history sheet "Lịch sử": what a report run recorded of one task for one reporting period, and
// where the values came from. The sheet is data plan-tracker reads back (the monthly report compares with the
// period before, keys are never reused): it is named and headed in the workbook's language ("Lịch sử" or
// "History"), and read back in either, so a workbook whose language was changed keeps its past.
// Task titles stay in the plan (joined by key): copied 5,000 times per period they would double what a run sends to
// Excel on the web. For the same reason dates are written as text (dd/mm/yyyy) rather than as formatted serials, and
// the status as its code (in_progress, overdue …) rather than in words.
import type { IsoDate } from "../date/calendar";
import type { StatusCode } from "../model/Status";

export type HistorySource = "plan" | "form";

export interface HistoryRow {
  /** "11/2026": the month of the report. */
  period: string;
  reportDate: IsoDate;
  key: string;
  number: string;
  code: StatusCode;
  /** The status in words, as the report showed it. */
  label: string;
  percent?: number;
  completedOn?: IsoDate;
  result?: string;
  difficulties?: string;
  proposals?: string;
  /** Written only for "form"; an empty cell reads as "plan". */
  source: HistorySource;
  /** For a value from a returned form: the unit, the file's name, the day it was collected. */
  unit?: string;
  file?: string;
  collectedOn?: IsoDate;
}

export const HISTORY_SHEET = "Lịch sử";

/** Header of each column, in order. */
export const HISTORY_HEADERS = [
  "Kỳ báo cáo",
  "Ngày báo cáo",
  "Mã NV",
  "TT",
  "Mã trạng thái",
  "Tiến độ (%)",
  "Ngày hoàn thành",
  "Kết quả thực hiện",
  "Khó khăn, vướng mắc",
  "Kiến nghị, đề xuất",
  "Nguồn",
  "Đơn vị báo cáo",
  "Tệp",
  "Ngày tổng hợp",
] as const;

/** The same headers in an English workbook, column for column. */
export const HISTORY_HEADERS_EN: Readonly<Record<(typeof HISTORY_HEADERS)[number], string>> = {
  "Kỳ báo cáo": "Period",
  "Ngày báo cáo": "Report date",
  "Mã NV": "Task key",
  TT: "No.",
  "Mã trạng thái": "Status code",
  "Tiến độ (%)": "Progress (%)",
  "Ngày hoàn thành": "Completed on",
  "Kết quả thực hiện": "Results",
  "Khó khăn, vướng mắc": "Difficulties",
  "Kiến nghị, đề xuất": "Proposals",
  Nguồn: "Source",
  "Đơn vị báo cáo": "Reporting unit",
  Tệp: "File",
  "Ngày tổng hợp": "Collected on",
};

export const HISTORY_SHEET_EN = "History";

export const SOURCE_WORDS: Record<HistorySource, string> = { plan: "Kế hoạch", form: "Phiếu báo cáo" };
export const SOURCE_WORDS_EN: Record<HistorySource, string> = { plan: "Plan", form: "Returned form" };

/** The sheet's name for a new history sheet in a workbook of this language. */
export function historySheetName(lang: "vi" | "en"): string {
  return lang === "en" ? HISTORY_SHEET_EN : HISTORY_SHEET;
}

/** The header row in the workbook's language. */
export function historyHeaders(lang: "vi" | "en"): readonly string[] {
  return lang === "en" ? HISTORY_HEADERS.map((h) => HISTORY_HEADERS_EN[h]) : HISTORY_HEADERS;
}

/** "11/2026" for November 2026. */
export function periodLabel(year: number, month: number): string {
  return `${month}/${year}`;
}

/** "11/2026" → a sortable number (year × 12 + month − 1), or null. */
export function periodIndex(label: string): number | null {
  const m = /^\s*(\d{1,2})\s*\/\s*(\d{4})\s*$/.exec(label);
  if (!m) return null;
  const month = Number(m[1]);
  const year = Number(m[2]);
  return month >= 1 && month <= 12 ? year * 12 + month - 1 : null;
}

/** Where a task's progress values came from this period, when a returned form gave them (src/core/collect). */
export interface Provenance {
  unit: string;
  file: string;
  collectedOn: IsoDate;
  difficulties?: string;
  proposals?: string;
}
