import type { Issue } from "../model/Issue";
import type { Plan } from "../model/Plan";
import type { UnitRef } from "../model/Unit";
import { matchKey } from "../text/normalize";
import type { CheckContext } from "./CheckContext";
import { IssueGroups } from "./IssueGroups";
import { taskIssue } from "./taskIssue";
import { UNIT_ROLES, unitsOf } from "./taskUnits";

/**
 * A named unit the directory does not know ("Sở Hư cấu", a typo, a unit of another province). Generic phrases
 * ("Các đơn vị có liên quan", "Các chuyên gia") name nobody in particular and are never unknown.
 * One issue per name (compared without case or diacritics), its further cells in `cells`.
 */
export function checkUnitUnknown(plan: Plan, ctx: CheckContext): Issue[] {
  const groups = new IssueGroups();
  // Most units are known: the per-cell list of names already reported is built only when one is not.
  for (const task of plan.tasks) {
    for (const role of UNIT_ROLES) {
      const units = unitsOf(task, role, ctx.directory);
      let reported: string[] | undefined;
      for (let i = 0; i < units.length; i++) {
        const ref = units[i] as UnitRef;
        if (ref.generic === true || ref.unitId !== undefined) continue;
        const key = matchKey(ref.name);
        if (key === "" || reported?.includes(key)) continue;
        if (reported) reported.push(key);
        else reported = [key]; // a literal of one: push onto [] reserves 17 slots
        if (!groups.addCell(key, task, role)) groups.start(key, taskIssue(task, role, "unit-unknown", { unit: ref.name }));
      }
    }
  }
  return groups.issues;
}
