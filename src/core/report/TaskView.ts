// One task with what every sheet shows of it, computed once per patch: its status and its lead units. The builders
// walk these in plan order instead of looking each task up a dozen times (10,000 tasks in well under 300 ms).
import type { Plan, Task } from "../model/Plan";
import type { TaskStatus } from "../model/Status";
import type { UnitIdentity, UnitNamer } from "./UnitNamer";

export interface TaskView {
  task: Task;
  /** The classifier's status; "unknown" for a task it left out, so counts add up to the tasks. */
  status: TaskStatus;
  /** Lead units, each once; the "no lead unit" identity when the cell names none. */
  leads: UnitIdentity[];
  /** The leads' display names joined with "; ". */
  leadNames: string;
}

/** The units of a task's lead cell, each once; a task with no named lead unit gets `noLead`. */
export function leadUnitsOf(task: Task, units: UnitNamer, noLead: UnitIdentity): UnitIdentity[] {
  const out: UnitIdentity[] = [];
  for (const ref of task.lead) {
    const u = units.identify(ref);
    if (u && !out.some((o) => o.key === u.key)) out.push(u);
  }
  return out.length > 0 ? out : [noLead];
}

export function taskViews(plan: Plan, statuses: TaskStatus[], units: UnitNamer, noLead: UnitIdentity): TaskView[] {
  const byId = new Map<string, TaskStatus>();
  for (const s of statuses) if (!byId.has(s.taskId)) byId.set(s.taskId, s);
  return plan.tasks.map((task) => {
    const leads = leadUnitsOf(task, units, noLead);
    return {
      task,
      status: byId.get(task.id) ?? { taskId: task.id, code: "unknown" },
      leads,
      leadNames: leads.length === 1 ? (leads[0]?.display ?? "") : leads.map((u) => u.display).join("; "),
    };
  });
}
