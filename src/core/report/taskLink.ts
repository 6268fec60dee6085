// A hyperlink to a task's row in the plan sheet (its description cell), for the lists staff act on.
import { cellAddress } from "../grid/address";
import type { Plan, Task } from "../model/Plan";
import type { PatchValue } from "../patch/WorkbookPatch";

export function taskName(task: Task): string {
  const title = task.title.trim();
  if (title !== "") return title;
  return task.number !== "" ? `TT ${task.number}` : task.id;
}

export function taskLink(plan: Plan, task: Task): PatchValue {
  const cell = task.cells.title ?? cellAddress(task.row - 1, plan.firstCol);
  return { link: { sheet: plan.sheet, cell }, text: taskName(task) };
}
