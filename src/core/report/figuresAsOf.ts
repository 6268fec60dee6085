// The date a monthly report's figures are judged at, and the tasks' statuses on that date.
//
// A monthly report is signed after the period's cut-off and speaks of the data "tính đến ngày" the cut-off
// (domain.md, the monthly cycle; Khánh Hòa's QĐ 01/2023/QĐ-UBND: the report of month M holds the data up to the 14th).
// So by default its figures are judged at the cut-off — a report dated 30/11/2026 counts the tasks as they stood on
// 14/11/2026 — or at the reporting date when that comes first (a report drawn up before the cut-off cannot know
// later days). The setting figuresAsOf "reportDate" judges them at the reporting (signing) date instead.
import type { IsoDate } from "../date/calendar";
import type { TaskStatus } from "../model/Status";
import { classify } from "../status/classify";
import type { ReportContext } from "./ReportContext";
import { countStatuses, type StatusCounts } from "./summarizeStatuses";
import type { TaskView } from "./TaskView";

export interface ReportFigures {
  asOf: IsoDate;
  views: TaskView[];
  counts: StatusCounts;
}

export function figuresAsOfDate(ctx: Pick<ReportContext, "settings" | "period">): IsoDate {
  const { settings, period } = ctx;
  if (settings.figuresAsOf === "reportDate") return settings.reportDate;
  return period.end < settings.reportDate ? period.end : settings.reportDate;
}

/** The views and counts at figuresAsOfDate: the context's own when that is the reporting date. */
export function reportFigures(ctx: ReportContext): ReportFigures {
  const asOf = figuresAsOfDate(ctx);
  if (asOf === ctx.settings.reportDate) return { asOf, views: ctx.views, counts: ctx.counts };
  const byId = new Map<string, TaskStatus>();
  for (const s of classify(ctx.plan, { ...ctx.settings, reportDate: asOf })) if (!byId.has(s.taskId)) byId.set(s.taskId, s);
  const views = ctx.views.map((v) => ({ ...v, status: byId.get(v.task.id) ?? { taskId: v.task.id, code: "unknown" as const } }));
  return { asOf, views, counts: countStatuses(views) };
}
