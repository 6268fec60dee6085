import type { Issue, IssueCode, IssueOf } from "../model/Issue";
import type { ColumnRole, Task } from "../model/Plan";
import { SEVERITY } from "./severity";

/** The fields an issue of code C has beyond the common ones. */
export type IssueFields<C extends IssueCode> = Omit<
  IssueOf<C>,
  "code" | "severity" | "sheet" | "row" | "cell"
>;

/**
 * An issue about one task's cell: sheet, the task's first row, the cell the role was read from
 * ("" when the plan has no such column), and the code's severity.
 */
export function taskIssue<C extends IssueCode>(
  task: Task,
  role: ColumnRole,
  code: C,
  fields: IssueFields<C>,
): Issue {
  // Object.assign onto a literal of fixed shape: an object spread here cost more than the check itself on large plans.
  return Object.assign(
    { code, severity: SEVERITY[code], sheet: task.sheet, row: task.row, cell: task.cells[role] ?? "" },
    fields,
  ) as Issue;
}
