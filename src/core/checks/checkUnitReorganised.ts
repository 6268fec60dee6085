import type { Issue } from "../model/Issue";
import type { Plan, Task } from "../model/Plan";
import type { DirectoryUnit, Reorganisation, UnitRef } from "../model/Unit";
import type { CheckContext } from "./CheckContext";
import { IssueGroups } from "./IssueGroups";
import { taskIssue } from "./taskIssue";
import { UNIT_ROLES, unitsOf, type UnitCell } from "./taskUnits";
import { findUnit, isReorganisedAt } from "../units/directory";

/**
 * A unit that no longer exists at the reporting date: the 2023 plan names "Sở Kế hoạch và Đầu tư", merged into
 * Sở Tài chính from 01/3/2025. The successors and the effective date go in the issue, the text stays as written.
 * One issue per unit as written, its further cells in `cells`; within a cell a unit counts once, however many
 * times or spellings it appears in.
 */
export function checkUnitReorganised(plan: Plan, ctx: CheckContext): Issue[] {
  const groups = new IssueGroups();
  // The successors' names are the same for every mention of a unit: build them once per unit.
  const successorNames = new Map<string, string[]>();
  // Tasks that read the same unit text share one array of units (readPlan): what such an array names that was
  // reorganised is worked out once per array, not once per task (~60,000 references in a 10,000-task plan).
  const found = new Map<readonly UnitRef[], readonly Reorganised[]>();
  // Indexed loops: a check runs once per analysis, largely before it is optimised, where for…of costs an
  // iterator call and a result object per task.
  const tasks = plan.tasks;
  for (let t = 0; t < tasks.length; t++) {
    const task = tasks[t] as Task;
    for (let u = 0; u < UNIT_ROLES.length; u++) {
      const role = UNIT_ROLES[u] as UnitCell["role"];
      const units = unitsOf(task, role, ctx.directory);
      if (units.length === 0) continue;
      let hits = found.get(units);
      if (hits === undefined) {
        hits = reorganisedIn(units, ctx);
        found.set(units, hits);
      }
      for (let h = 0; h < hits.length; h++) {
        const { ref, unit, reorganisation } = hits[h] as Reorganised;
        if (groups.addCell(ref.name, task, role)) continue;
        groups.start(
          ref.name,
          taskIssue(task, role, "unit-reorganised", {
            unit: ref.name,
            effective: reorganisation.effective,
            successors: successorsOf(unit, successorNames),
          }),
        );
      }
    }
  }
  return groups.issues;
}

interface Reorganised {
  ref: UnitRef;
  unit: DirectoryUnit;
  reorganisation: Reorganisation;
}

/** The references of one cell naming a unit reorganised at the reporting date, each unit once (its first mention). */
function reorganisedIn(units: readonly UnitRef[], ctx: CheckContext): Reorganised[] {
  const hits: Reorganised[] = [];
  for (let i = 0; i < units.length; i++) {
    const ref = units[i] as UnitRef;
    const id = ref.unitId;
    if (id === undefined || hits.some((h) => h.unit.id === id)) continue;
    const unit = findUnit(ctx.directory, id);
    const reorganisation = unit?.reorganised;
    if (!unit || !reorganisation || !isReorganisedAt(unit, ctx.reportDate)) continue;
    hits.push({ ref, unit, reorganisation });
  }
  return hits;
}

function successorsOf(unit: DirectoryUnit, cache: Map<string, string[]>): string[] {
  let names = cache.get(unit.id);
  if (!names) {
    names = (unit.reorganised?.successors ?? []).map((s) => (s.note ? `${s.name} (${s.note})` : s.name));
    cache.set(unit.id, names);
  }
  return names;
}
