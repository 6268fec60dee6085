import type { Issue } from "../model/Issue";
import type { Plan } from "../model/Plan";
import { planHasColumn } from "./planHasColumn";
import { taskIssue } from "./taskIssue";

/**
 * A task whose TT cell is blank. The seed's TT column reads 1, (blank), 3, 3, 4, (blank), (blank), (blank):
 * four tasks without a number. A plan without a TT column is not numbered at all, and is not flagged.
 */
export function checkNumberingMissing(plan: Plan): Issue[] {
  if (!planHasColumn(plan, "number")) return [];
  return plan.tasks
    .filter((task) => task.number.trim() === "")
    .map((task) => taskIssue(task, "number", "numbering-missing", {}));
}
