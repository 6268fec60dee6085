import type { Issue } from "../model/Issue";
import type { Plan } from "../model/Plan";
import type { DirectoryUnit, UnitRef } from "../model/Unit";
import type { CheckContext } from "./CheckContext";
import { IssueGroups } from "./IssueGroups";
import { taskIssue } from "./taskIssue";
import { UNIT_ROLES, unitsOf } from "./taskUnits";
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
  for (const task of plan.tasks) {
    for (const role of UNIT_ROLES) {
      const units = unitsOf(task, role, ctx.directory);
      // The unit ids already reported in this cell: the first one alone, an array only from a second one on (a
      // plan of 10,000 tasks has ~40,000 cells naming a reorganised unit; an array per cell was 2 MB of garbage).
      let reported: string | undefined;
      let reportedMore: string[] | undefined;
      for (let i = 0; i < units.length; i++) {
        const ref = units[i] as UnitRef;
        const id = ref.unitId;
        if (id === undefined || id === reported || reportedMore?.includes(id)) continue;
        const unit = findUnit(ctx.directory, id);
        const reorganised = unit?.reorganised;
        if (!unit || !reorganised || !isReorganisedAt(unit, ctx.reportDate)) continue;
        if (reported === undefined) reported = id;
        else if (reportedMore) reportedMore.push(id);
        else reportedMore = [id];
        if (groups.addCell(ref.name, task, role)) continue;
        groups.start(
          ref.name,
          taskIssue(task, role, "unit-reorganised", {
            unit: ref.name,
            effective: reorganised.effective,
            successors: successorsOf(unit, successorNames),
          }),
        );
      }
    }
  }
  return groups.issues;
}

function successorsOf(unit: DirectoryUnit, cache: Map<string, string[]>): string[] {
  let names = cache.get(unit.id);
  if (!names) {
    names = (unit.reorganised?.successors ?? []).map((s) => (s.note ? `${s.name} (${s.note})` : s.name));
    cache.set(unit.id, names);
  }
  return names;
}
