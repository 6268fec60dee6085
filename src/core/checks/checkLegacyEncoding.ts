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
  const seen = new Map<string, boolean>();
  for (let t = 0; t < tasks.length; t++) {
    const task = tasks[t] as Task;
    // One look at each of a task's texts settles the usual case (plain Unicode) before any per-cell work or
    // allocation: on a large plan, joining them first cost more than the look itself.
    if (!taskMayBeLegacy(task, seen)) continue;
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

/**
 * `seen`: the answer per text for the texts that repeat from task to task (units, times, products: a large plan
 * repeats a few dozen of them thousands of times, and the unit cells are most of its text). Titles rarely repeat and
 * are looked at directly.
 */
function taskMayBeLegacy(task: Task, seen: Map<string, boolean>): boolean {
  if (mayBeLegacy(task.title) || repeated(task.leadText, seen) || repeated(task.coordinatingText, seen)) return true;
  if (repeated(task.timeframe.text, seen) || (task.notes !== undefined && mayBeLegacy(task.notes))) return true;
  const products = task.products;
  for (let i = 0; i < products.length; i++) if (repeated(products[i] as string, seen)) return true;
  const p = task.progress;
  return p !== undefined && ((p.stateText !== undefined && mayBeLegacy(p.stateText)) || (p.result !== undefined && mayBeLegacy(p.result)));
}

/** mayBeLegacy, remembered per text; a short text is looked at directly (cheaper than remembering it). */
function repeated(text: string, seen: Map<string, boolean>): boolean {
  if (text.length < 16) return mayBeLegacy(text);
  let known = seen.get(text);
  if (known === undefined) {
    known = mayBeLegacy(text);
    seen.set(text, known);
  }
  return known;
}
