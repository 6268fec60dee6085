// A print view of the staff's plan without plan-tracker's columns. Once the status columns (and, for a plan that had
// none, the input columns) sit right of the table, the staff's own "fit to one page wide" squeezes them all onto the
// page in unreadably small type. Their print settings are theirs and are never changed; instead a workbook name
// covers the table as it printed before — title rows, staff columns, every task — so picking it in the Name Box and
// printing the selection (or setting it as the print area) prints the table as it was.
import type { CellRange, WorkbookSnapshot } from "../grid/Grid";
import type { Plan } from "../model/Plan";
import type { OwnedLayout } from "./findOwnedLayout";
import { MARKER, findMarker } from "./markers";

/** Vietnamese without marks, so every host and every keyboard accepts it in the Name Box. */
export const PRINT_VIEW_NAME = "In_ke_hoach";

/** Rows 1 to the last task, columns A to the last staff column (left of the input and owned columns). */
export function printViewRange(plan: Plan, layout: OwnedLayout, snapshot: WorkbookSnapshot): CellRange {
  let right = plan.lastCol;
  const input = layout.input?.status ?? findMarker(snapshot, MARKER.input)?.range.left;
  if (input !== undefined && input > plan.firstCol) right = Math.min(right, input - 1);
  right = Math.min(right, layout.status - 1);
  return { top: 0, left: 0, bottom: Math.max(0, plan.lastDataRow - 1), right: Math.max(0, right) };
}
