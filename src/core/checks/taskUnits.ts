import type { ColumnRole, Plan, Task } from "../model/Plan";
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

/**
 * What `pick` finds in each lead and coordinating cell of every task, handed to `each` in sheet order. Tasks that
 * read the same unit text share one array of units (readPlan), so `pick` runs once per distinct array, not once
 * per task (~60,000 references in a 10,000-task plan). Indexed loops: a check runs once per analysis, largely before
 * it is optimised, where for…of costs an iterator call and a result object per task.
 */
export function forEachUnitFinding<T>(
  plan: Plan,
  directory: UnitDirectory,
  pick: (units: readonly UnitRef[]) => readonly T[],
  each: (found: T, task: Task, role: UnitCell["role"]) => void,
): void {
  const found = new Map<readonly UnitRef[], readonly T[]>();
  const tasks = plan.tasks;
  for (let t = 0; t < tasks.length; t++) {
    const task = tasks[t] as Task;
    for (let r = 0; r < UNIT_ROLES.length; r++) {
      const role = UNIT_ROLES[r] as UnitCell["role"];
      const units = unitsOf(task, role, directory);
      if (units.length === 0) continue;
      let hits = found.get(units);
      if (hits === undefined) {
        hits = pick(units);
        found.set(units, hits);
      }
      for (let h = 0; h < hits.length; h++) each(hits[h] as T, task, role);
    }
  }
}
