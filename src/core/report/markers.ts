// The defined names that mark what plan-tracker owns. They survive saving by any host and move with the cells when
// staff insert columns or rows, so a later run finds its columns there rather than by position or header text
// (the owned "Trạng thái" header is also a header the plan reader accepts for a staff progress column).
import type { CellRange, DefinedName, WorkbookSnapshot } from "../grid/Grid";
import { columnIndex } from "../grid/address";

export const MARKER = {
  status: "PlanTracker_Status",
  due: "PlanTracker_Due",
  daysLeft: "PlanTracker_DaysLeft",
  legend: "PlanTracker_Legend",
  /** The input columns added once for a plan without progress columns; they belong to the staff afterwards. */
  input: "PlanTracker_Input",
  /** The task keys ("Mã NV"), written once per task and never renumbered (src/core/keys). */
  key: "PlanTracker_Key",
  /** The history sheet "Lịch sử" (src/core/history). */
  historySheet: "PlanTracker_Sheet_History",
  summarySheet: "PlanTracker_Sheet_Summary",
  timelineSheet: "PlanTracker_Sheet_Timeline",
} as const;

/** "PlanTracker_Sheet_Report_2026_11". */
export function reportSheetMarker(year: number, month: number): string {
  return `PlanTracker_Sheet_Report_${year}_${String(month).padStart(2, "0")}`;
}

export interface MarkedRange {
  sheet: string;
  range: CellRange;
}

/**
 * "'Kế hoạch'!$H$5:$H$40", "Sheet1!H5", "'O''Brien'!$A:$A" → sheet and 0-based range; null for anything else
 * (a name whose cells were deleted reads "#REF!").
 */
export function parseMarkerRef(ref: string): MarkedRange | null {
  const m = /^(?:'((?:[^']|'')+)'|([^'!]+))!(.+)$/.exec(ref.trim());
  if (!m) return null;
  const sheet = m[1] !== undefined ? m[1].replace(/''/g, "'") : (m[2] ?? "");
  const parts = (m[3] ?? "").split(":");
  if (parts.length < 1 || parts.length > 2) return null;
  const first = parseCorner(parts[0] ?? "");
  const last = parseCorner(parts[1] ?? parts[0] ?? "");
  if (!first || !last) return null;
  const range: CellRange = {
    top: Math.min(first.row ?? 0, last.row ?? 0),
    left: Math.min(first.col, last.col),
    bottom: Math.max(first.row ?? 0, last.row ?? 1_048_575),
    right: Math.max(first.col, last.col),
  };
  return { sheet: sheet.normalize("NFC"), range };
}

/** "$H$5" → {col 7, row 4}; "$H" (a whole-column reference) → {col 7}. */
function parseCorner(text: string): { col: number; row?: number } | null {
  const m = /^\$?([A-Za-z]{1,3})(?:\$?(\d+))?$/.exec(text);
  if (!m || !m[1]) return null;
  const col = columnIndex(m[1]);
  if (m[2] === undefined) return { col };
  const row = Number(m[2]) - 1;
  return row >= 0 ? { col, row } : null;
}

/** The marker of that name (names compare case-insensitively, as Excel does), when its reference is readable. */
export function findMarker(snapshot: Pick<WorkbookSnapshot, "names">, name: string): MarkedRange | null {
  const key = name.toLowerCase();
  const found: DefinedName | undefined = snapshot.names.find((n) => n.name.toLowerCase() === key);
  return found ? parseMarkerRef(found.ref) : null;
}

/** Names of the sheets plan-tracker owns (summary, timeline, monthly reports), found by their markers. */
export function ownedSheets(snapshot: WorkbookSnapshot): Set<string> {
  const owned = new Set<string>();
  for (const n of snapshot.names) {
    if (!n.name.toLowerCase().startsWith("plantracker_sheet_")) continue;
    const marked = parseMarkerRef(n.ref);
    if (marked) owned.add(marked.sheet.normalize("NFC").toLowerCase());
  }
  return owned;
}
