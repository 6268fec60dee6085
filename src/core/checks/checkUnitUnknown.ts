import type { Issue } from "../model/Issue";
import type { Plan, Task } from "../model/Plan";
import type { UnitRef } from "../model/Unit";
import { matchKey } from "../text/normalize";
import type { CheckContext } from "./CheckContext";
import { IssueGroups } from "./IssueGroups";
import { taskIssue } from "./taskIssue";
import { UNIT_ROLES, unitsOf, type UnitCell } from "./taskUnits";

/**
 * A named unit the directory does not know ("Sở Hư cấu", a typo, a unit of another province). Generic phrases
 * ("Các đơn vị có liên quan", "Các chuyên gia") name nobody in particular and are never unknown.
 * One issue per name (compared without case or diacritics), its further cells in `cells`.
 */
export function checkUnitUnknown(plan: Plan, ctx: CheckContext): Issue[] {
  const groups = new IssueGroups();
  // Tasks that read the same unit text share one array of units (readPlan): its unknown names are picked out
  // once per array, not once per task.
  const found = new Map<readonly UnitRef[], readonly Unknown[]>();
  // Indexed loops: a check runs once per analysis, largely before it is optimised, where for…of costs an
  // iterator call and a result object per task.
  const tasks = plan.tasks;
  for (let t = 0; t < tasks.length; t++) {
    const task = tasks[t] as Task;
    for (let u = 0; u < UNIT_ROLES.length; u++) {
      const role = UNIT_ROLES[u] as UnitCell["role"];
      const units = unitsOf(task, role, ctx.directory);
      if (units.length === 0) continue;
      let unknown = found.get(units);
      if (unknown === undefined) {
        unknown = unknownIn(units);
        found.set(units, unknown);
      }
      for (let u = 0; u < unknown.length; u++) {
        const { key, ref } = unknown[u] as Unknown;
        if (!groups.addCell(key, task, role)) groups.start(key, taskIssue(task, role, "unit-unknown", { unit: ref.name }));
      }
    }
  }
  return groups.issues;
}

interface Unknown {
  /** The name compared without case or diacritics. */
  key: string;
  ref: UnitRef;
}

/** The references of one cell naming no unit the directory knows, each name once (its first mention). */
function unknownIn(units: readonly UnitRef[]): Unknown[] {
  const unknown: Unknown[] = [];
  for (let i = 0; i < units.length; i++) {
    const ref = units[i] as UnitRef;
    if (ref.generic === true || ref.unitId !== undefined) continue;
    const key = matchKey(ref.name);
    if (key === "" || unknown.some((u) => u.key === key)) continue;
    unknown.push({ key, ref });
  }
  return unknown;
}
