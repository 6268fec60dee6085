// Keys for every task of a plan, read from the key column an earlier run wrote (found by its marker, so it moves
// with the cells) and completed: a task without a key gets the next free number, never one used before (the history
// remembers deleted tasks' keys). A key found twice — a row copied with its key cell — stays with the first row and
// the copy is re-keyed with an issue, never merged with the task it was copied from.
import type { WorkbookSnapshot } from "../grid/Grid";
import { cellAddress } from "../grid/address";
import type { Issue } from "../model/Issue";
import type { Plan } from "../model/Plan";
import { MARKER, findMarker } from "../report/markers";
import { formatTaskKey, parseTaskKey } from "./taskKey";

export interface TaskKeys {
  /** Task id → key. */
  byTask: Map<string, string>;
  /** Key → task id. */
  byKey: Map<string, string>;
  /** 0-based key column of the plan sheet from an earlier run, or null on the first run. */
  column: number | null;
  /** Task ids that get a new key on this run. */
  fresh: Set<string>;
  issues: Issue[];
}

function sameSheet(a: string, b: string): boolean {
  return a.normalize("NFC") === b.normalize("NFC");
}

/**
 * `usedKeys`: keys recorded before (the history sheet), so a deleted task's number is never given to a new one.
 */
export function assignTaskKeys(snapshot: WorkbookSnapshot, plan: Plan, usedKeys: Iterable<string> = []): TaskKeys {
  const marker = findMarker(snapshot, MARKER.key);
  const column = marker && sameSheet(marker.sheet, plan.sheet) ? marker.range.left : null;
  const grid = snapshot.sheets.find((s) => sameSheet(s.name, plan.sheet));
  let max = 0;
  for (const k of usedKeys) max = Math.max(max, parseTaskKey(k) ?? 0);

  const read: { taskId: string; row: number; text: string; n: number | null }[] = [];
  for (const task of plan.tasks) {
    const value = column === null ? null : grid?.values[task.row - 1]?.[column];
    const text = value === null || value === undefined ? "" : String(value).trim();
    const n = text === "" ? null : parseTaskKey(text);
    if (n !== null) max = Math.max(max, n);
    read.push({ taskId: task.id, row: task.row, text, n });
  }

  const byTask = new Map<string, string>();
  const byKey = new Map<string, string>();
  const firstRow = new Map<string, number>();
  const fresh = new Set<string>();
  const issues: Issue[] = [];
  const sheet = plan.sheet;
  for (const r of read) {
    const cell = column === null ? "" : cellAddress(r.row - 1, column);
    if (r.n !== null) {
      const key = formatTaskKey(r.n);
      if (!byKey.has(key)) {
        byTask.set(r.taskId, key);
        byKey.set(key, r.taskId);
        firstRow.set(key, r.row);
        continue;
      }
      const newKey = formatTaskKey(++max);
      issues.push({ code: "task-key-duplicate", severity: "warning", sheet, row: r.row, cell, key, firstRow: firstRow.get(key) ?? 0, newKey });
      byTask.set(r.taskId, newKey);
      byKey.set(newKey, r.taskId);
      fresh.add(r.taskId);
      continue;
    }
    const newKey = formatTaskKey(++max);
    // On the first run every task is new and nothing is wrong; later, a task without its key was added or lost it.
    if (column !== null) {
      if (r.text !== "") issues.push({ code: "task-key-invalid", severity: "warning", sheet, row: r.row, cell, text: r.text, newKey });
      else issues.push({ code: "task-key-missing", severity: "info", sheet, row: r.row, cell, newKey });
    }
    byTask.set(r.taskId, newKey);
    byKey.set(newKey, r.taskId);
    fresh.add(r.taskId);
  }
  return { byTask, byKey, column, fresh, issues };
}
