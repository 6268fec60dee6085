import type { Issue } from "../model/Issue";
import type { Plan } from "../model/Plan";
import type { CheckContext } from "./CheckContext";
import { taskIssue } from "./taskIssue";
import { taskUnits } from "./taskUnits";
import { findUnit } from "../units/directory";

/**
 * A unit written other than its official name: the seed spells one unit "Sở Kế hoạch và Đầu tư",
 * "Sở Kế hoạch Đầu tư" and "Sở Kế hoạch đầu tư". Accepted abbreviations ("Sở GDĐT") are not flagged.
 * One issue per spelling per cell.
 */
export function checkUnitVariant(plan: Plan, ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const task of plan.tasks) {
    for (const { role, units } of taskUnits(task, ctx.directory)) {
      const reported = new Set<string>();
      for (const ref of units) {
        if (ref.match !== "variant" || ref.unitId === undefined) continue;
        const unit = findUnit(ctx.directory, ref.unitId);
        if (!unit || reported.has(ref.name)) continue;
        reported.add(ref.name);
        issues.push(taskIssue(task, role, "unit-variant", { unit: ref.name, canonical: unit.name }));
      }
    }
  }
  return issues;
}
