import type { Issue } from "../model/Issue";
import type { Plan, Task } from "../model/Plan";
import { taskIssue } from "./taskIssue";

/**
 * A deadline the status cannot be judged on: a blank Thời gian hoàn thành cell (timeframe-missing), or text the
 * parser could not read, with its reason (timeframe-unparsed: "Theo tiến độ của Bộ", "Tháng 13/2026").
 */
export function checkTimeframe(plan: Plan): Issue[] {
  const issues: Issue[] = [];
  // Indexed loops: a check runs once per analysis, largely before it is optimised, where for…of costs an
  // iterator call and a result object per task.
  const tasks = plan.tasks;
  for (let t = 0; t < tasks.length; t++) {
    const task = tasks[t] as Task;
    const tf = task.timeframe;
    if (tf.kind !== "unparsed") continue;
    if (tf.reason === "empty" || tf.text.trim() === "") {
      issues.push(taskIssue(task, "timeframe", "timeframe-missing", {}));
    } else {
      issues.push(taskIssue(task, "timeframe", "timeframe-unparsed", { text: tf.text, reason: tf.reason }));
    }
  }
  return issues;
}
