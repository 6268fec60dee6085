import type { Issue } from "../model/Issue";
import type { Plan, Task } from "../model/Plan";
import type { UnitRef } from "../model/Unit";
import type { CheckContext } from "./CheckContext";
import { IssueGroups } from "./IssueGroups";
import { taskIssue } from "./taskIssue";
import { UNIT_ROLES, unitsOf, type UnitCell } from "./taskUnits";
import { findUnit } from "../units/directory";

/**
 * A unit written other than its official name: the seed spells one unit "Sở Kế hoạch và Đầu tư",
 * "Sở Kế hoạch Đầu tư" and "Sở Kế hoạch đầu tư". Accepted abbreviations ("Sở GDĐT") are not flagged.
 * One issue per spelling, its further cells in `cells`.
 */
export function checkUnitVariant(plan: Plan, ctx: CheckContext): Issue[] {
  const groups = new IssueGroups();
  // Tasks that read the same unit text share one array of units (readPlan): its variant spellings are picked out
  // once per array, not once per task.
  const found = new Map<readonly UnitRef[], readonly UnitRef[]>();
  // Indexed loops: a check runs once per analysis, largely before it is optimised, where for…of costs an
  // iterator call and a result object per task.
  const tasks = plan.tasks;
  for (let t = 0; t < tasks.length; t++) {
    const task = tasks[t] as Task;
    for (let u = 0; u < UNIT_ROLES.length; u++) {
      const role = UNIT_ROLES[u] as UnitCell["role"];
      const units = unitsOf(task, role, ctx.directory);
      if (units.length === 0) continue;
      let variants = found.get(units);
      if (variants === undefined) {
        variants = variantsIn(units);
        found.set(units, variants);
      }
      for (let v = 0; v < variants.length; v++) {
        const ref = variants[v] as UnitRef;
        if (groups.addCell(ref.name, task, role)) continue;
        const unit = findUnit(ctx.directory, ref.unitId ?? "");
        if (unit) groups.start(ref.name, taskIssue(task, role, "unit-variant", { unit: ref.name, canonical: unit.name }));
      }
    }
  }
  return groups.issues;
}

/** The references of one cell written as a variant of a known unit, each spelling once (its first mention). */
function variantsIn(units: readonly UnitRef[]): UnitRef[] {
  const variants: UnitRef[] = [];
  for (let i = 0; i < units.length; i++) {
    const ref = units[i];
    if (ref === undefined || ref.match !== "variant" || ref.unitId === undefined) continue;
    if (firstIndexOf(units, ref.name) === i) variants.push(ref);
  }
  return variants;
}

/** Index of the first reference written `name` (a cell names a spelling once, however often it repeats it). */
function firstIndexOf(units: readonly UnitRef[], name: string): number {
  for (let i = 0; i < units.length; i++) if (units[i]?.name === name) return i;
  return -1;
}
