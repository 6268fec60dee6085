import type { Issue } from "../model/Issue";
import type { Plan } from "../model/Plan";
import type { DirectoryUnit, Reorganisation, UnitRef } from "../model/Unit";
import type { CheckContext } from "./CheckContext";
import { IssueGroups } from "./IssueGroups";
import { taskIssue } from "./taskIssue";
import { forEachUnitFinding } from "./taskUnits";
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
  forEachUnitFinding(
    plan,
    ctx.directory,
    (units) => reorganisedIn(units, ctx),
    ({ ref, unit, reorganisation }, task, role) => {
      if (groups.addCell(ref.name, task, role)) return;
      groups.start(
        ref.name,
        taskIssue(task, role, "unit-reorganised", {
          unit: ref.name,
          effective: reorganisation.effective,
          successors: successorsOf(unit, successorNames),
        }),
      );
    },
  );
  return groups.issues;
}

interface Reorganised {
  ref: UnitRef;
  unit: DirectoryUnit;
  reorganisation: Reorganisation;
}

/** The references of one cell naming a unit reorganised at the reporting date, each unit once (its first mention). */
function reorganisedIn(units: readonly UnitRef[], ctx: CheckContext): Reorganised[] {
  const hits: Reorganised[] = [];
  for (let i = 0; i < units.length; i++) {
    const ref = units[i] as UnitRef;
    const id = ref.unitId;
    if (id === undefined || hits.some((h) => h.unit.id === id)) continue;
    const unit = findUnit(ctx.directory, id);
    const reorganisation = unit?.reorganised;
    if (!unit || !reorganisation || !isReorganisedAt(unit, ctx.reportDate)) continue;
    hits.push({ ref, unit, reorganisation });
  }
  return hits;
}

function successorsOf(unit: DirectoryUnit, cache: Map<string, string[]>): string[] {
  let names = cache.get(unit.id);
  if (!names) {
    names = (unit.reorganised?.successors ?? []).map((s) => (s.note ? `${s.name} (${s.note})` : s.name));
    cache.set(unit.id, names);
  }
  return names;
}
