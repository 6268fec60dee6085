// The "Đơn vị" panel's rows: per unit, tasks led and coordinated, overdue, and the tasks a reminder lists.
import type { ReportContext } from "../../core/report/ReportContext";
import { summarizeUnits, type UnitSummary } from "../../core/report/summarizeStatuses";
import { pressingTasks } from "../../core/report/summarySheet";
import type { TaskView } from "../../core/report/TaskView";

export type PressingTask = TaskView;

export interface UnitOverview extends UnitSummary {
  /** Overdue tasks it leads, most overdue first. */
  overdueTasks: PressingTask[];
  /** Due-soon tasks it leads, soonest first. */
  dueSoonTasks: PressingTask[];
}

export function unitOverview(ctx: ReportContext): UnitOverview[] {
  const overdue = pressingTasks(ctx, "overdue");
  const dueSoon = pressingTasks(ctx, "due_soon");
  const ledBy = (list: PressingTask[], key: string) =>
    list.filter(({ leads }) => leads.some((u) => u.key === key));
  return summarizeUnits(ctx.views, ctx.units).map((summary) => ({
    ...summary,
    overdueTasks: ledBy(overdue, summary.unit.key),
    dueSoonTasks: ledBy(dueSoon, summary.unit.key),
  }));
}
