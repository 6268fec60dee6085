// Where plan-tracker's own columns sit in the staff's plan sheet: found again from the markers of an earlier run,
// or placed in the first fully empty columns right of the table. The staff's cells are never touched: the owned
// block only ever lands in columns with no value and no merge from the header's top row down. The legend sits in the
// status column below the last task: beside the tasks each of its lines took a task's height (rows of 100 points in
// the samples), and staff rows are never resized.
import type { CellRange, CellValue, Grid, WorkbookSnapshot } from "../grid/Grid";
import type { ColumnRole, Plan } from "../model/Plan";
import { MARKER, findMarker, type MarkedRange } from "./markers";

const PROGRESS_ROLES: ReadonlySet<ColumnRole> = new Set(["progressStatus", "progressPercent", "completedOn", "result"]);

export interface InputColumns {
  status: number;
  percent: number;
  completedOn: number;
  result: number;
}

export interface OwnedLayout {
  sheet: string;
  /** True when the owned columns were found again from an earlier run's markers. */
  reused: boolean;
  /** 0-based rows: the header's top and bottom rows, the first data row, the last row of the owned extent. */
  headerTop: number;
  headerBottom: number;
  firstDataRow: number;
  lastRow: number;
  /** Input columns to add on this run (the plan has no progress columns and none were added before), else null. */
  input: InputColumns | null;
  status: number;
  due: number;
  daysLeft: number;
  /** The task keys ("Mã NV", src/core/keys): right of the days-left column, narrow. */
  key: number;
  /**
   * The legend (a heading and the status words on their colours, LEGEND_ROWS rows): in the status column, from
   * `top`, one empty row below the last task row or lower where a cell there is not plan-tracker's.
   */
  legend: { col: number; top: number };
  /** The columns plan-tracker owns on `sheet`: the plan reader must not read them as the staff's. */
  ownedColumns: number[];
  /** Extents written by an earlier run, to empty before writing (possibly on a sheet the plan has moved from). */
  clear: MarkedRange[];
}

/** Legend rows: the heading and one row per status. */
export const LEGEND_ROWS = 11;

/** Rows left empty between the last task row and the legend, so it does not read as one more task. */
const LEGEND_GAP = 1;

/** Any value at all, a string of spaces included: a cell the staff typed spaces into is theirs. */
function holdsValue(value: CellValue | undefined): boolean {
  return value !== null && value !== undefined && value !== "";
}

/**
 * Columns holding anything of the staff's at or below `fromRow` — a value (spaces too), a merge, a formula, a
 * hyperlink, a comment, a validation, a conditional format — except those in `ignore` (owned by an earlier run).
 * Worked out again on every run, so a staff column added later right of the owned ones is never written over.
 */
function occupiedColumns(grid: Grid | undefined, fromRow: number, ignore: ReadonlySet<number>): Set<number> {
  const occupied = new Set<number>();
  if (!grid) return occupied;
  for (let r = Math.max(0, fromRow); r < grid.values.length; r++) {
    const row = grid.values[r];
    if (!row) continue;
    row.forEach((v, c) => {
      if (!ignore.has(c) && holdsValue(v)) occupied.add(c);
    });
  }
  const ranges = [...grid.merges, ...(grid.otherContent ?? [])];
  for (const m of ranges) {
    // A rule over whole rows (…:XFD) blocks every column alike; it cannot tell where the table ends.
    if (m.bottom < fromRow || m.right >= LAST_COLUMN) continue;
    for (let c = m.left; c <= m.right; c++) if (!ignore.has(c)) occupied.add(c);
  }
  return occupied;
}

const LAST_COLUMN = 16_383;

/** First column ≥ start beginning `width` consecutive free columns. */
function firstFreeBlock(occupied: ReadonlySet<number>, start: number, width: number): number {
  let c = start;
  for (;;) {
    let blocked = -1;
    for (let k = width - 1; k >= 0; k--) {
      if (occupied.has(c + k)) {
        blocked = c + k;
        break;
      }
    }
    if (blocked < 0) return c;
    c = blocked + 1;
  }
}

/**
 * The first row ≥ `from` starting LEGEND_ROWS rows whose cell in `col` is empty and unmerged, or inside an extent
 * plan-tracker owned before (`ours`, emptied before writing).
 */
function legendTop(grid: Grid | undefined, col: number, from: number, ours: readonly CellRange[]): number {
  const inside = (m: CellRange, r: number) => r >= m.top && r <= m.bottom && col >= m.left && col <= m.right;
  const free = (r: number): boolean => {
    if (ours.some((m) => inside(m, r))) return true;
    if (!grid) return true;
    return !holdsValue(grid.values[r]?.[col]) && !grid.merges.some((m) => inside(m, r)) && !(grid.otherContent ?? []).some((m) => inside(m, r));
  };
  let top = from;
  for (let k = 0; k < LEGEND_ROWS; k++) {
    if (!free(top + k)) {
      top += k + 1;
      k = -1;
    }
  }
  return top;
}

/** Excel's rule: sheet names are one name whatever their case ("Kế hoạch" = "KẾ HOẠCH"). */
function sameSheet(a: string, b: string): boolean {
  return a.normalize("NFC").toLowerCase() === b.normalize("NFC").toLowerCase();
}

export function findOwnedLayout(snapshot: WorkbookSnapshot, plan: Plan): OwnedLayout {
  const grid = snapshot.sheets.find((s) => sameSheet(s.name, plan.sheet));
  const marked = {
    status: findMarker(snapshot, MARKER.status),
    due: findMarker(snapshot, MARKER.due),
    daysLeft: findMarker(snapshot, MARKER.daysLeft),
    legend: findMarker(snapshot, MARKER.legend),
    key: findMarker(snapshot, MARKER.key),
  };
  const previous = [marked.status, marked.due, marked.daysLeft, marked.legend, marked.key].filter((m): m is MarkedRange => m !== null);
  const oldOwned = new Set<number>();
  for (const m of previous) {
    if (!sameSheet(m.sheet, plan.sheet)) continue;
    for (let c = m.range.left; c <= m.range.right; c++) oldOwned.add(c);
  }

  // The staff's table: its columns except the owned ones (a reader not told about them may have taken the owned
  // "Trạng thái" column for a progress column).
  const staffColumns = plan.columns.filter((c) => !oldOwned.has(c.col));
  const minOldOwned = oldOwned.size > 0 ? Math.min(...oldOwned) : Infinity;
  let staffRight = plan.firstCol;
  for (const c of staffColumns) staffRight = Math.max(staffRight, c.col);
  if (!oldOwned.has(plan.lastCol) && plan.lastCol < minOldOwned) staffRight = Math.max(staffRight, plan.lastCol);

  const hasProgress = staffColumns.some((c) => PROGRESS_ROLES.has(c.role));
  const needInput = !hasProgress && findMarker(snapshot, MARKER.input) === null;

  const headerTop = Math.max(0, plan.headerTopRow - 1);
  const headerBottom = Math.max(headerTop, plan.headerRow - 1);
  const firstDataRow = Math.max(headerBottom + 1, plan.firstDataRow - 1);
  let lastRow = Math.max(firstDataRow, plan.lastDataRow - 1);
  for (const t of plan.tasks) lastRow = Math.max(lastRow, t.lastRow - 1);

  const occupied = occupiedColumns(grid, headerTop, oldOwned);
  const onSheetRightOfTable = (m: MarkedRange | null): m is MarkedRange =>
    m !== null && sameSheet(m.sheet, plan.sheet) && m.range.left === m.range.right && m.range.left > staffRight;

  let input: InputColumns | null = null;
  let status: number;
  let due: number;
  let daysLeft: number;
  let key: number;
  let reused = false;
  const { status: ms, due: md, daysLeft: mdl } = marked;
  if (
    !needInput &&
    onSheetRightOfTable(ms) &&
    onSheetRightOfTable(md) &&
    onSheetRightOfTable(mdl) &&
    new Set([ms.range.left, md.range.left, mdl.range.left]).size === 3
  ) {
    reused = true;
    status = ms.range.left;
    due = md.range.left;
    daysLeft = mdl.range.left;
    const mk = marked.key;
    if (onSheetRightOfTable(mk) && ![status, due, daysLeft].includes(mk.range.left)) key = mk.range.left;
    else {
      // A workbook reported before keys existed: the first free column right of the owned block.
      const taken = new Set([...occupied, status, due, daysLeft]);
      key = firstFreeBlock(taken, Math.max(status, due, daysLeft) + 1, 1);
    }
  } else {
    // Input columns (4) + status, due, days left, key.
    const width = (needInput ? 4 : 0) + 4;
    let c = firstFreeBlock(occupied, staffRight + 1, width);
    if (needInput) {
      input = { status: c, percent: c + 1, completedOn: c + 2, result: c + 3 };
      c += 4;
    }
    status = c;
    due = c + 1;
    daysLeft = c + 2;
    key = c + 3;
  }

  // An earlier extent is emptied only where it cannot hold staff cells: right of the table on the plan sheet, or
  // on a sheet the plan has moved away from.
  const clear = previous.filter((m) =>
    sameSheet(m.sheet, plan.sheet)
      ? m.range.left > staffRight
      : snapshot.sheets.some((s) => sameSheet(s.name, m.sheet)),
  );
  const ours = clear.filter((m) => sameSheet(m.sheet, plan.sheet)).map((m) => m.range);
  const legend = { col: status, top: legendTop(grid, status, lastRow + 1 + LEGEND_GAP, ours) };

  return {
    sheet: plan.sheet,
    reused,
    headerTop,
    headerBottom,
    firstDataRow,
    lastRow,
    input,
    status,
    due,
    daysLeft,
    key,
    legend,
    ownedColumns: [status, due, daysLeft, key],
    clear,
  };
}

/**
 * The owned columns an earlier run marked, by sheet, for the plan reader to ignore before a plan exists
 * (AnalyzeOptions.ignoreColumns).
 */
export function markedColumns(snapshot: WorkbookSnapshot): { sheet: string; columns: number[] }[] {
  const bySheet = new Map<string, Set<number>>();
  for (const name of [MARKER.status, MARKER.due, MARKER.daysLeft, MARKER.legend, MARKER.key]) {
    const m = findMarker(snapshot, name);
    if (!m) continue;
    const cols = bySheet.get(m.sheet) ?? new Set<number>();
    for (let c = m.range.left; c <= m.range.right; c++) cols.add(c);
    bySheet.set(m.sheet, cols);
  }
  return [...bySheet].map(([sheet, cols]) => ({ sheet, columns: [...cols].sort((a, b) => a - b) }));
}
