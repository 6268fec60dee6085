import type { Issue } from "../model/Issue";
import type { Plan } from "../model/Plan";
import type { DirectoryUnit } from "../model/Unit";
import type { CheckContext } from "./CheckContext";
import { taskIssue } from "./taskIssue";
import { taskUnits } from "./taskUnits";
import { findUnit, isReorganisedAt } from "../units/directory";

/**
 * A unit that no longer exists at the reporting date: the 2023 plan names "Sở Kế hoạch và Đầu tư", merged into
 * Sở Tài chính from 01/3/2025. The successors and the effective date go in the issue, the text stays as written.
 * One issue per unit per cell, however many times or spellings it appears in.
 */
export function checkUnitReorganised(plan: Plan, ctx: CheckContext): Issue[] {
  const issues: Issue[] = [];
  // The successors' names are the same for every mention of a unit: build them once per unit.
  const successorNames = new Map<string, string[]>();
  for (const task of plan.tasks) {
    for (const { role, units } of taskUnits(task, ctx.directory)) {
      const reported = new Set<string>();
      for (const ref of units) {
        if (ref.unitId === undefined || reported.has(ref.unitId)) continue;
        const unit = findUnit(ctx.directory, ref.unitId);
        if (!unit?.reorganised || !isReorganisedAt(unit, ctx.reportDate)) continue;
        reported.add(ref.unitId);
        issues.push(
          taskIssue(task, role, "unit-reorganised", {
            unit: ref.name,
            effective: unit.reorganised.effective,
            successors: successorsOf(unit, successorNames),
          }),
        );
      }
    }
  }
  return issues;
}

function successorsOf(unit: DirectoryUnit, cache: Map<string, string[]>): string[] {
  let names = cache.get(unit.id);
  if (!names) {
    names = (unit.reorganised?.successors ?? []).map((s) => (s.note ? `${s.name} (${s.note})` : s.name));
    cache.set(unit.id, names);
  }
  return names;
}
