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
  for (const task of plan.tasks) {
    const texts = taskTexts(task);
    // One look at all of a task's text settles the usual case (plain Unicode) before any per-cell work.
    if (!mayBeLegacy(texts.map(([, text]) => text ?? "").join("\n"))) continue;
    for (const [role, text] of texts) {
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
