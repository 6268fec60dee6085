import type { IssueCode, Severity } from "../model/Issue";

/**
 * The severity of every issue code, in one place (the policy is explained in checkPlan.ts).
 * - error: the task cannot be classified or nobody answers for it, or a cell cannot be read at all.
 * - warning: something is wrong in the plan as written, but the task can still be classified.
 * - info: nothing is wrong in the plan itself; the reader should know (a spelling to tidy, a unit renamed since).
 */
export const SEVERITY = {
  "no-plan-table": "error",
  "other-plan-candidate": "info",
  "cell-error": "error",
  "legacy-encoding": "warning",
  "numbering-missing": "warning",
  "numbering-duplicate": "warning",
  "numbering-gap": "warning",
  "title-missing": "warning",
  "lead-missing": "error",
  "timeframe-missing": "error",
  "timeframe-unparsed": "error",
  "timeframe-outside-program": "warning",
  "unit-unknown": "warning",
  "unit-variant": "info",
  "unit-reorganised": "info",
  "progress-unreadable": "warning",
  "progress-inconsistent": "warning",
  "directory-row-invalid": "warning",
  "task-key-duplicate": "warning",
  "task-key-missing": "info",
  "task-key-invalid": "warning",
  "cell-beyond-grid": "warning",
  "cell-text-too-long": "warning",
} as const satisfies Record<IssueCode, Severity>;
