import type { Issue } from "../model/Issue";
import type { ColumnRole, Plan, Task } from "../model/Plan";
import { detectLegacyEncoding, mayBeLegacy } from "../text/legacyEncoding";
import { taskIssue } from "./taskIssue";

/** Every text a task carries, with the column it came from. */
function taskTexts(task: Task): [ColumnRole, string | undefined][] {
  return [
    ["title", task.title],
    ["lead", task.leadText],
    ["coordinating", task.coordinatingText],
    ["timeframe", task.timeframe.text],
    ["products", task.products.join("\n")],
    ["notes", task.notes],
    ["progressStatus", task.progress?.stateText],
    ["result", task.progress?.result],
  ];
}

/**
 * Text typed in TCVN3 (.VnTime) or VNI (VNI-Times) and pasted without its font: "Së Gi¸o dôc", "Keá hoaïch".
 * Such a cell cannot be read (units go unknown, deadlines unparsed), so the real cause is named. One issue per cell.
 */
export function checkLegacyEncoding(plan: Plan): Issue[] {
  const issues: Issue[] = [];
  // Indexed loops: a check runs once per analysis, largely before it is optimised, where for…of costs an
  // iterator call and a result object per task.
  const tasks = plan.tasks;
  for (let t = 0; t < tasks.length; t++) {
    const task = tasks[t] as Task;
    // One look at each of a task's texts settles the usual case (plain Unicode) before any per-cell work or
    // allocation: on a large plan, joining them first cost more than the look itself.
    if (!taskMayBeLegacy(task)) continue;
    for (const [role, text] of taskTexts(task)) {
      if (!text) continue;
      const found = detectLegacyEncoding(text);
      if (found)
        issues.push(
          taskIssue(task, role, "legacy-encoding", { encoding: found.encoding, sample: found.sample }),
        );
    }
  }
  return issues;
}

function taskMayBeLegacy(task: Task): boolean {
  if (mayBeLegacy(task.title) || mayBeLegacy(task.leadText) || mayBeLegacy(task.coordinatingText)) return true;
  if (mayBeLegacy(task.timeframe.text) || (task.notes !== undefined && mayBeLegacy(task.notes))) return true;
  for (const product of task.products) if (mayBeLegacy(product)) return true;
  const p = task.progress;
  return p !== undefined && ((p.stateText !== undefined && mayBeLegacy(p.stateText)) || (p.result !== undefined && mayBeLegacy(p.result)));
}
