// `plan-tracker report --json`: what was written, for scripts that run the report every month — the output file,
// the period, the sheets created and updated with the cells written in each, and the task count per status.
import type { IsoDate } from "../core/date/calendar";
import type { Plan } from "../core/model/Plan";
import type { Settings, StatusCode } from "../core/model/Status";
import type { WorkbookPatch } from "../core/patch/WorkbookPatch";
import type { ReportingPeriod } from "../core/report/reportingPeriod";
import type { ApplyResult } from "../workbook/WorkbookSession";

export interface ReportJson {
  input: string;
  output: string;
  /** The plan sheet and its header row. */
  sheet: string;
  headerRow: number;
  reportDate: IsoDate;
  /** The month reported and the data period under the cut-off day. */
  period: { year: number; month: number; start: IsoDate; end: IsoDate };
  /** The language of plan-tracker's sheets and columns in the workbook (kept in its settings). */
  workbookLang: "vi" | "en";
  sheetsCreated: string[];
  sheetsUpdated: string[];
  /** Cells written in all, and per sheet. */
  cells: number;
  sheets: { name: string; cells: number }[];
  tasks: number;
  /** Tasks per status code (only codes that occur). */
  statuses: Partial<Record<StatusCode, number>>;
}

export function reportJson(r: {
  input: string;
  output: string;
  settings: Settings;
  plan: Plan;
  period: ReportingPeriod;
  counts: Map<StatusCode, number>;
  result: ApplyResult;
  patch: WorkbookPatch;
}): ReportJson {
  return {
    input: r.input,
    output: r.output,
    sheet: r.plan.sheet,
    headerRow: r.plan.headerRow,
    reportDate: r.settings.reportDate,
    period: { year: r.period.year, month: r.period.month, start: r.period.start, end: r.period.end },
    workbookLang: r.settings.lang,
    sheetsCreated: r.result.sheetsCreated,
    sheetsUpdated: r.result.sheetsUpdated,
    cells: r.result.cells,
    sheets: r.patch.sheets.map((s) => ({ name: s.name, cells: s.cells.length })),
    tasks: r.plan.tasks.length,
    statuses: Object.fromEntries(r.counts) as Partial<Record<StatusCode, number>>,
  };
}
