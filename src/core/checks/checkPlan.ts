// Runs every check on a plan, in a fixed order, and returns the issues sorted by position.
//
// Severity policy (the table is src/core/checks/severity.ts):
// - error: what blocks classification or accountability — lead-missing (nobody answers for the task),
//   timeframe-missing and timeframe-unparsed (no status can be judged: the task shows "Chưa xác định thời hạn"),
//   and the reading errors cell-error and no-plan-table.
// - warning: the plan as written is wrong but every task can still be classified — numbering-missing,
//   numbering-duplicate, numbering-gap, title-missing, timeframe-outside-program, unit-unknown, legacy-encoding
//   (the cell must be retyped, but the other cells of the task still count), progress-inconsistent (the task is
//   judged done when either the status or the 100% says so), progress-unreadable, directory-row-invalid.
// - info: nothing in the plan is wrong — unit-variant (a spelling to tidy; the unit is recognised) and
//   unit-reorganised (the 2023 plan was right in 2023; the reader needs the successor, not a correction),
//   other-plan-candidate.
//
// Order: checks run in the order listed below (structure, then content, then units, then progress), and the
// result is sorted stably by sheet row, so a task's issues stay together and in that order.

import type { Issue } from "../model/Issue";
import type { Plan } from "../model/Plan";
import type { Check, CheckContext } from "./CheckContext";
import { checkLeadMissing } from "./checkLeadMissing";
import { checkLegacyEncoding } from "./checkLegacyEncoding";
import { checkNumberingMissing } from "./checkNumberingMissing";
import { checkNumberingSequence } from "./checkNumberingSequence";
import { checkProgressConsistency } from "./checkProgressConsistency";
import { checkTimeframe } from "./checkTimeframe";
import { checkTimeframeOutsideProgram } from "./checkTimeframeOutsideProgram";
import { checkTitleMissing } from "./checkTitleMissing";
import { checkUnitReorganised } from "./checkUnitReorganised";
import { checkUnitUnknown } from "./checkUnitUnknown";
import { checkUnitVariant } from "./checkUnitVariant";

export type { CheckContext } from "./CheckContext";

export const CHECKS: readonly Check[] = [
  checkLegacyEncoding,
  checkNumberingMissing,
  checkNumberingSequence,
  checkTitleMissing,
  checkLeadMissing,
  checkTimeframe,
  checkTimeframeOutsideProgram,
  checkUnitUnknown,
  checkUnitVariant,
  checkUnitReorganised,
  checkProgressConsistency,
];

export function checkPlan(plan: Plan, ctx: CheckContext): Issue[] {
  // By row, and within a row in the checks' order. Each check lists its issues in task order, so bucketing by
  // row is enough (a large plan has tens of thousands of issues and only as many rows as tasks).
  const byRow = new Map<number, Issue[]>();
  for (const check of CHECKS) {
    for (const issue of check(plan, ctx)) {
      const bucket = byRow.get(issue.row);
      if (bucket) bucket.push(issue);
      else byRow.set(issue.row, [issue]);
    }
  }
  const out: Issue[] = [];
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) out.push(...(byRow.get(row) ?? []));
  return out;
}
