// The stable key of a task ("Mã NV"): "NV-" and a number of at least three digits, written once into plan-tracker's
// own column of the plan sheet and never renumbered, so it follows the row when staff insert, delete or sort rows
// (the TT column, which staff renumber, cannot identify a task from one month to the next).

export const TASK_KEY_PREFIX = "NV-";

/** "NV-7" → "NV-007"; "NV-1234" stays. */
export function formatTaskKey(n: number): string {
  return `${TASK_KEY_PREFIX}${String(n).padStart(3, "0")}`;
}

/** The number of a key as read from a cell ("NV-007", "nv-7", " NV 007 "), or null for anything else. */
export function parseTaskKey(text: string): number | null {
  const m = /^\s*NV\s*[-–]?\s*0*(\d{1,6})\s*$/i.exec(text.normalize("NFC"));
  if (!m || m[1] === undefined) return null;
  const n = Number(m[1]);
  return n > 0 ? n : null;
}
