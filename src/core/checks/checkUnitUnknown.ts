import type { Issue } from "../model/Issue";
import type { Plan } from "../model/Plan";
import { matchKey } from "../text/normalize";
import type { CheckContext } from "./CheckContext";
import { taskIssue } from "./taskIssue";
import { taskUnits } from "./taskUnits";

/**
 * A named unit the directory does not know ("Sở Hư cấu", a typo, a unit of another province). Generic phrases
 * ("Các đơn vị có liên quan", "Các chuyên gia") name nobody in particular and are never unknown.
 * One issue per name per cell.
 */
export function checkUnitUnknown(plan: Plan, ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const task of plan.tasks) {
    for (const { role, units } of taskUnits(task, ctx.directory)) {
      const reported = new Set<string>();
      for (const ref of units) {
        if (ref.generic === true || ref.unitId !== undefined) continue;
        const key = matchKey(ref.name);
        if (key === "" || reported.has(key)) continue;
        reported.add(key);
        issues.push(taskIssue(task, role, "unit-unknown", { unit: ref.name }));
      }
    }
  }
  return issues;
}
