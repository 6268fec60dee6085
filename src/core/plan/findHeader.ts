// Finds a sheet's plan table: the header row whose cells name the most plan columns.
import type { CellValue, Grid } from "../grid/Grid";
import type { ColumnRole, PlanColumn } from "../model/Plan";
import { cellText } from "./cellText";
import { headerRole, type HeaderMatch } from "./headerRoles";
import type { MergeIndex } from "./mergeIndex";

export interface HeaderCandidate {
  /** 0-based first header row (the parent row of a two-level header). */
  headerTopRow: number;
  /** 0-based lowest header row. */
  headerRow: number;
  /** 0-based first row below the header, past a row of column numbers "(1) (2) (3)". */
  dataStartRow: number;
  columns: PlanColumn[];
  firstCol: number;
  lastCol: number;
  score: number;
}

/** Headers sit near the top; searching deeper costs time on sheets that hold no plan. */
export const HEADER_SEARCH_ROWS = 30;
/**
 * The whole width of Excel's grid: a plan may sit right of other data beyond column IV (256). The search costs one
 * look per present column in HEADER_SEARCH_ROWS rows, bounded by the sheet's widest row.
 */
const HEADER_SEARCH_COLS = 16_384;

/** The roles that make a table a plan: what is to be done, by whom, by when. */
const KEY_ROLES: readonly ColumnRole[] = ["title", "lead", "timeframe"];
const KEY_ROLE_BONUS = 2;

/** Distinct roles, plus a bonus for each key role. */
export function scoreRoles(roles: ReadonlySet<ColumnRole>): number {
  let score = roles.size;
  for (const role of KEY_ROLES) if (roles.has(role)) score += KEY_ROLE_BONUS;
  return score;
}

/**
 * A table is a plan when it names the task (title), at least one of lead or timeframe, and three roles in
 * all: "Nhiệm vụ | Thời gian" alone is too little to tell a plan from any two-column list.
 */
export function qualifies(roles: ReadonlySet<ColumnRole>): boolean {
  return roles.has("title") && (roles.has("lead") || roles.has("timeframe")) && roles.size >= 3;
}

export function rowCount(grid: Grid): number {
  return grid.values.length;
}

export function valueAt(grid: Grid, row: number, col: number): CellValue {
  return grid.values[row]?.[col] ?? null;
}

export function formatAt(grid: Grid, row: number, col: number): string | null {
  return grid.formats?.[row]?.[col] ?? null;
}

interface LabelledColumn {
  col: number;
  header: string;
  match: HeaderMatch | null;
  /** 0-based row the label was read from (the parent's row for a two-level header). */
  topRow: number;
  /** True when the label sits in row r itself rather than in a cell merged down from above. */
  own: boolean;
}

interface RowEvaluation {
  row: number;
  columns: PlanColumn[];
  topRow: number;
  score: number;
  qualifies: boolean;
  /** Every own non-empty cell of the row is a header label, and there is at least one. */
  pureHeader: boolean;
}

/** The best plan header of a sheet within its first HEADER_SEARCH_ROWS rows, or null. */
export function findHeader(
  grid: Grid,
  merges: MergeIndex,
  colCount: number,
  ignoreColumns: ReadonlySet<number> = new Set(),
): HeaderCandidate | null {
  const rows = Math.min(rowCount(grid), HEADER_SEARCH_ROWS);
  const width = Math.min(colCount, HEADER_SEARCH_COLS);
  let best: RowEvaluation | null = null;
  for (let r = 0; r < rows; r++) {
    const evaluation = evaluateRow(grid, merges, r, width, ignoreColumns);
    if (!evaluation || !evaluation.qualifies) continue;
    // On a tie the lower row wins only when it is a header row itself: the "Chủ trì | Phối hợp" row of a
    // two-level header, not a blank row or a task row that borrows labels from above.
    if (!best || evaluation.score > best.score || (evaluation.score === best.score && evaluation.pureHeader && evaluation.row === best.row + 1)) {
      best = evaluation;
    }
  }
  if (!best) return null;
  const cols = best.columns.map((c) => c.col);
  const firstCol = Math.min(...cols);
  const lastCol = Math.max(...cols);
  const dataStartRow = isColumnNumberRow(grid, merges, best.row + 1, firstCol, lastCol) ? best.row + 2 : best.row + 1;
  return {
    headerTopRow: best.topRow,
    headerRow: best.row,
    dataStartRow,
    columns: best.columns,
    firstCol,
    lastCol,
    score: best.score,
  };
}

function labelAt(grid: Grid, merges: MergeIndex, r: number, c: number): { text: string; topRow: number; own: boolean } | null {
  const merge = merges.at(r, c);
  if (merge && merge.left !== c) return null; // covered by a cell to its left: no label of its own
  const top = merge ? merge.top : r;
  const text = cellText(valueAt(grid, top, c));
  return { text, topRow: top, own: top === r };
}

function evaluateRow(
  grid: Grid,
  merges: MergeIndex,
  r: number,
  width: number,
  ignoreColumns: ReadonlySet<number>,
): RowEvaluation | null {
  const labelled: LabelledColumn[] = [];
  let ownCells = 0;
  let ownLabels = 0;
  for (let c = 0; c < width; c++) {
    if (ignoreColumns.has(c)) continue;
    const here = labelAt(grid, merges, r, c);
    if (!here) continue;
    let text = here.text;
    let topRow = here.topRow;
    let header = text;
    if (here.own && text !== "") {
      ownCells++;
      // A two-level header: "Đơn vị thực hiện" merged across over "Chủ trì | Phối hợp".
      const parent = r > 0 ? merges.at(r - 1, c) : undefined;
      if (parent && parent.bottom === r - 1 && parent.right > parent.left) {
        const parentText = cellText(valueAt(grid, parent.top, parent.left));
        if (parentText !== "") {
          header = `${parentText} / ${text}`;
          topRow = parent.top;
        }
      }
    } else if (here.own && text === "" && r > 0) {
      // A two-level header without vertical merges: "TT" typed in the upper row only.
      const above = labelAt(grid, merges, r - 1, c);
      const aboveMerge = merges.at(r - 1, c);
      if (above && above.text !== "" && (!aboveMerge || aboveMerge.right === aboveMerge.left)) {
        text = above.text;
        header = text;
        topRow = above.topRow;
      }
    }
    if (text === "") continue;
    const match = headerRole(text);
    if (here.own && match) ownLabels++;
    labelled.push({ col: c, header, match, topRow, own: here.own });
  }
  if (ownLabels === 0 && labelled.every((l) => !l.match)) return null;
  const columns = assignRoles(labelled);
  const roles = new Set(columns.map((c) => c.role));
  const used = labelled.filter((l) => columns.some((c) => c.col === l.col));
  return {
    row: r,
    columns,
    topRow: used.length ? Math.min(...used.map((l) => l.topRow)) : r,
    score: scoreRoles(roles),
    qualifies: qualifies(roles),
    pureHeader: ownLabels > 0 && ownLabels === ownCells,
  };
}

/**
 * One column per role, the leftmost winning. A weak timeframe ("Tiến độ thực hiện") yields to a plain one
 * ("Thời gian hoàn thành") and then reads as the progress status, which is what such a column holds in a
 * tracking sheet.
 */
function assignRoles(labelled: readonly LabelledColumn[]): PlanColumn[] {
  const hasStrongTimeframe = labelled.some((l) => l.match?.role === "timeframe" && !l.match.weak);
  const taken = new Set<ColumnRole>();
  const columns: PlanColumn[] = [];
  for (const l of labelled) {
    if (!l.match) continue;
    let role = l.match.role;
    if (role === "timeframe" && l.match.weak && hasStrongTimeframe) role = "progressStatus";
    if (taken.has(role)) continue;
    taken.add(role);
    columns.push({ role, col: l.col, header: l.header });
  }
  return columns;
}

const COLUMN_NUMBER = /^\(?(\d{1,2})\)?\.?$/;

/** A row of column numbers under the header: "(1) (2) (3) …" or "1 2 3 …", increasing. */
function isColumnNumberRow(grid: Grid, merges: MergeIndex, r: number, firstCol: number, lastCol: number): boolean {
  if (r >= rowCount(grid)) return false;
  let count = 0;
  let previous = -Infinity;
  for (let c = firstCol; c <= lastCol; c++) {
    const merge = merges.at(r, c);
    if (merge && (merge.top !== r || merge.left !== c)) continue;
    const text = cellText(valueAt(grid, r, c));
    if (text === "") continue;
    const m = COLUMN_NUMBER.exec(text);
    if (!m) return false;
    const n = Number(m[1]);
    if (n <= previous) return false;
    previous = n;
    count++;
  }
  return count >= 2;
}
