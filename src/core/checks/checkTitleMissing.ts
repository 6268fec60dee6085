import type { Issue } from "../model/Issue";
import type { Plan } from "../model/Plan";
import { taskIssue } from "./taskIssue";

/** A task row with a number, units or a deadline but nothing in the Nhiệm vụ column. */
export function checkTitleMissing(plan: Plan): Issue[] {
  return plan.tasks
    .filter((task) => task.title.trim() === "")
    .map((task) => taskIssue(task, "title", "title-missing", {}));
}
