// The one-click fix for the TT column: numbers 1, 2, 3 … written again in task order. Unlike every other patch,
// this one writes cells the staff typed, so the task pane shows `changes` first and applies `patch` only after
// the user confirms.
//
// The seed's TT column reads 1, (blank), 3, 3, 4, (blank), (blank), (blank); renumbered it reads 1 … 8, and only
// the six cells that differ are written. What is kept as is:
// - sub-numbers ("1.1", "a)") and text that is not a number ("x", "-"): they are not part of the top-level
//   sequence (parseTaskNumber), so they are neither counted nor rewritten;
// - the way numbers are written: "1." stays "1." when most numbers carry that suffix; plain numbers are written
//   as numbers, so the cell stays numeric;
// - the numbering per section: restarted in each section (I, II …) unless the plan numbers straight on across
//   sections (a later section whose first number is above 1 and none that restarts at 1).
import { cellAddress, parseAddress } from "../grid/address";
import type { Plan, Task } from "../model/Plan";
import type { WorkbookPatch } from "../patch/WorkbookPatch";
import { parseTaskNumber } from "../checks/parseTaskNumber";

export interface RenumberChange {
  taskId: string;
  /** 1-based sheet row of the task. */
  row: number;
  /** A1 address of the TT cell. */
  cell: string;
  /** As written ("" when blank). */
  from: string;
  to: string;
}

export interface Renumbering {
  sheet: string;
  /** Only the cells that change, in sheet order. */
  changes: RenumberChange[];
  /** Writes exactly `changes` (an empty patch when there is none). */
  patch: WorkbookPatch;
}

function isTopLevel(task: Task): boolean {
  const written = task.number.trim();
  if (written === "") return true;
  return parseTaskNumber(written)?.kind === "integer";
}

function sectionKey(task: Task): string {
  return task.section ? String(task.section.row) : "";
}

/** The most common suffix ("", "." or ")") of the top-level numbers written; "" when none is written. */
function usualSuffix(tasks: readonly Task[]): string {
  const counts = new Map<string, number>();
  for (const t of tasks) {
    const n = parseTaskNumber(t.number.trim());
    if (n?.kind === "integer") counts.set(n.suffix, (counts.get(n.suffix) ?? 0) + 1);
  }
  let best = "";
  let bestCount = 0;
  for (const [suffix, count] of counts) {
    if (count > bestCount) [best, bestCount] = [suffix, count];
  }
  return best;
}

/** True when a later section goes on from the previous one's numbers instead of starting at 1 again. */
function numbersStraightOn(tasks: readonly Task[]): boolean {
  const firstInSection = new Map<string, number>();
  for (const t of tasks) {
    const key = sectionKey(t);
    if (firstInSection.has(key)) continue;
    const n = parseTaskNumber(t.number.trim());
    if (n?.kind === "integer") firstInSection.set(key, n.value);
  }
  const firsts = [...firstInSection.values()].slice(1);
  return firsts.length > 0 && firsts.every((v) => v > 1);
}

export function renumberPatch(plan: Plan): Renumbering {
  const empty: Renumbering = { sheet: plan.sheet, changes: [], patch: { styles: {}, sheets: [], names: [] } };
  const numberColumn = plan.columns.find((c) => c.role === "number");
  if (!numberColumn) return empty;

  const topLevel = plan.tasks.filter(isTopLevel);
  const suffix = usualSuffix(topLevel);
  const straightOn = numbersStraightOn(topLevel);
  const changes: RenumberChange[] = [];
  const writes: WorkbookPatch["sheets"][number]["cells"] = [];
  let section: string | null = null;
  let counter = 0;
  for (const task of topLevel) {
    const key = sectionKey(task);
    if (key !== section) {
      if (!straightOn) counter = 0;
      section = key;
    }
    counter += 1;
    const to = `${counter}${suffix}`;
    const from = task.number.trim();
    if (from === to) continue;
    const cell = task.cells.number ?? cellAddress(task.row - 1, numberColumn.col);
    const at = parseAddress(cell);
    if (!at) continue;
    changes.push({ taskId: task.id, row: task.row, cell, from, to });
    // No style key: the cell keeps the staff's own formatting.
    writes.push({ row: at.row, col: at.col, value: suffix === "" ? counter : to });
  }
  if (changes.length === 0) return empty;
  return {
    sheet: plan.sheet,
    changes,
    patch: { styles: {}, sheets: [{ name: plan.sheet, mode: "update", cells: writes }], names: [] },
  };
}
