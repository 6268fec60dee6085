import type { Issue } from "../model/Issue";
import type { Plan } from "../model/Plan";
import type { UnitRef } from "../model/Unit";
import { matchKey } from "../text/normalize";
import type { CheckContext } from "./CheckContext";
import { IssueGroups } from "./IssueGroups";
import { taskIssue } from "./taskIssue";
import { forEachUnitFinding } from "./taskUnits";

/**
 * A named unit the directory does not know ("Sở Hư cấu", a typo, a unit of another province). Generic phrases
 * ("Các đơn vị có liên quan", "Các chuyên gia") name nobody in particular and are never unknown.
 * One issue per name (compared without case or diacritics), its further cells in `cells`.
 */
export function checkUnitUnknown(plan: Plan, ctx: CheckContext): Issue[] {
  const groups = new IssueGroups();
  forEachUnitFinding(plan, ctx.directory, unknownIn, ({ key, ref }, task, role) => {
    if (!groups.addCell(key, task, role)) groups.start(key, taskIssue(task, role, "unit-unknown", { unit: ref.name }));
  });
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
