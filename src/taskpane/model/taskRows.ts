// The task list as the pane shows it: each task with its status and its lead units named as in the report.
import type { Task } from "../../core/model/Plan";
import type { TaskStatus } from "../../core/model/Status";
import type { ReportContext } from "../../core/report/ReportContext";
import type { UnitIdentity } from "../../core/report/UnitNamer";

export interface TaskRow {
  task: Task;
  status: TaskStatus;
  leads: UnitIdentity[];
}

export function taskRows(ctx: ReportContext): TaskRow[] {
  return ctx.plan.tasks.map((task) => ({ task, status: ctx.statusOf(task), leads: ctx.leadsOf(task) }));
}
