import type { Issue } from "../model/Issue";
import type { Plan } from "../model/Plan";
import { taskIssue } from "./taskIssue";

/** A task with nobody in charge: the Đơn vị chủ trì cell is blank. */
export function checkLeadMissing(plan: Plan): Issue[] {
  return plan.tasks
    .filter((task) => task.lead.length === 0 && task.leadText.trim() === "")
    .map((task) => taskIssue(task, "lead", "lead-missing", {}));
}
