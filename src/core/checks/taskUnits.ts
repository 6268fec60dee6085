import type { ColumnRole, Task } from "../model/Plan";
import type { UnitDirectory, UnitRef } from "../model/Unit";
import { resolveUnit } from "../units/directory";

export interface UnitCell {
  role: Extract<ColumnRole, "lead" | "coordinating">;
  units: UnitRef[];
}

/**
 * The units of a task's lead and coordinating cells, resolved against the directory. readPlan resolves them
 * already; a reference it left unresolved (or a plan built elsewhere) is resolved here.
 */
export function taskUnits(task: Task, directory: UnitDirectory): UnitCell[] {
  // The usual case, every reference resolved by readPlan: nothing to resolve or remember. (A WeakMap entry per
  // task cost more in garbage collection than these two small objects.)
  if (task.lead.every(isResolved) && task.coordinating.every(isResolved)) {
    return [
      { role: "lead", units: task.lead },
      { role: "coordinating", units: task.coordinating },
    ];
  }
  // Three checks ask for the same task's units: resolve once per task and directory.
  let byTask = cache.get(directory);
  if (!byTask) cache.set(directory, (byTask = new WeakMap()));
  const cached = byTask.get(task);
  if (cached) return cached;
  const cells = resolveTaskUnits(task, directory);
  byTask.set(task, cells);
  return cells;
}

const cache = new WeakMap<UnitDirectory, WeakMap<Task, UnitCell[]>>();

/** The roles of a task's unit cells, in the order taskUnits lists them. */
export const UNIT_ROLES: readonly UnitCell["role"][] = ["lead", "coordinating"];

/**
 * The units of one of a task's unit cells, as taskUnits gives them: the checks walk UNIT_ROLES with this instead
 * of taskUnits, so the usual task (every reference resolved by readPlan) costs no allocation at all.
 */
export function unitsOf(task: Task, role: UnitCell["role"], directory: UnitDirectory): UnitRef[] {
  if (task.lead.every(isResolved) && task.coordinating.every(isResolved)) return task[role];
  const cells = taskUnits(task, directory);
  return (role === "lead" ? cells[0] : cells[1])?.units ?? [];
}

function resolveTaskUnits(task: Task, directory: UnitDirectory): UnitCell[] {
  return [
    { role: "lead", units: resolved(task.lead, directory) },
    { role: "coordinating", units: resolved(task.coordinating, directory) },
  ];
}

const isResolved = (ref: UnitRef): boolean => ref.unitId !== undefined || ref.generic === true;

/** The references resolved; the task's own array when readPlan resolved them all already (the usual case). */
function resolved(refs: UnitRef[], directory: UnitDirectory): UnitRef[] {
  return refs.every(isResolved) ? refs : refs.map((ref) => (isResolved(ref) ? ref : resolveUnit(ref, directory)));
}
