import type { Issue } from "../model/Issue";
import type { Plan } from "../model/Plan";
import type { UnitRef } from "../model/Unit";
import type { CheckContext } from "./CheckContext";
import { IssueGroups } from "./IssueGroups";
import { taskIssue } from "./taskIssue";
import { forEachUnitFinding } from "./taskUnits";
import { findUnit } from "../units/directory";

/**
 * A unit written other than its official name: the seed spells one unit "Sở Kế hoạch và Đầu tư",
 * "Sở Kế hoạch Đầu tư" and "Sở Kế hoạch đầu tư". Accepted abbreviations ("Sở GDĐT") are not flagged.
 * One issue per spelling, its further cells in `cells`.
 */
export function checkUnitVariant(plan: Plan, ctx: CheckContext): Issue[] {
  const groups = new IssueGroups();
  forEachUnitFinding(plan, ctx.directory, variantsIn, (ref, task, role) => {
    if (groups.addCell(ref.name, task, role)) return;
    const unit = findUnit(ctx.directory, ref.unitId ?? "");
    if (unit) groups.start(ref.name, taskIssue(task, role, "unit-variant", { unit: ref.name, canonical: unit.name }));
  });
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
