import type { Issue } from "../model/Issue";
import type { Plan } from "../model/Plan";
import type { DirectoryUnit, UnitRef } from "../model/Unit";
import type { CheckContext } from "./CheckContext";
import { IssueGroups } from "./IssueGroups";
import { taskIssue } from "./taskIssue";
import { taskUnits, type UnitCell } from "./taskUnits";
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
    const cells = taskUnits(task, ctx.directory);
    for (let c = 0; c < cells.length; c++) {
      const { role, units } = cells[c] as UnitCell;
      // The unit ids already reported in this cell: built only when a cell names a reorganised unit.
      let reported: string[] | undefined;
      for (let i = 0; i < units.length; i++) {
        const ref = units[i] as UnitRef;
        const id = ref.unitId;
        if (id === undefined || reported?.includes(id)) continue;
        const unit = findUnit(ctx.directory, id);
        const reorganised = unit?.reorganised;
        if (!unit || !reorganised || !isReorganisedAt(unit, ctx.reportDate)) continue;
        (reported ??= []).push(id);
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
