// One issue per problem, however many cells show it: a unit misspelt or reorganised in four thousand cells of a
// large plan is one issue whose `cells` lists the further cells, not four thousand issue objects.
import type { Issue } from "../model/Issue";
import type { ColumnRole, Task } from "../model/Plan";

export class IssueGroups {
  private readonly byKey = new Map<string, Issue>();
  readonly issues: Issue[] = [];

  /**
   * When the problem `key` (what identifies it within one check, e.g. the unit as written) was already reported,
   * adds the task's `role` cell to that issue and returns true; otherwise returns false and the caller reports it
   * with `start`. Tasks must come in sheet order: a cell merged over several tasks (the lead column of a
   * unit-grouped layout) is then named once, as it repeats only on consecutive tasks.
   */
  addCell(key: string, task: Task, role: ColumnRole): boolean {
    const issue = this.byKey.get(key);
    if (issue === undefined) return false;
    const cell = task.cells[role] ?? "";
    if (cell === "" || issue.sheet !== task.sheet) return true;
    const cells = issue.cells;
    if (cells === undefined) {
      if (cell !== issue.cell) issue.cells = [cell];
    } else if (cells[cells.length - 1] !== cell) cells.push(cell);
    return true;
  }

  /** The first report of the problem `key`. */
  start(key: string, issue: Issue): void {
    this.byKey.set(key, issue);
    this.issues.push(issue);
  }
}

/**
 * One instance kept for the life of the module, so the instances' hidden class outlives each analysis. Without it,
 * a full garbage collection between two analyses frees that class with the last instance, and V8 throws away the
 * optimised code of every check that used it (three unit checks over every task): each analysis then ran them
 * unoptimised and recompiled them. Process CPU time of checkPlan inside the engine on the 10,000-task bench plan
 * (which collects garbage before each run): ~70 ms -> ~40 ms.
 */
export const KEEP_ISSUE_GROUPS_SHAPE = new IssueGroups();
