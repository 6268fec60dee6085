// The engine in one call: cells in, plan + issues + statuses out. Pure; the reporting date comes from settings.
import { MAX_CELL_CHARS } from "./grid/excelLimits";
import type { WorkbookSnapshot } from "./grid/Grid";
import type { Issue } from "./model/Issue";
import type { Plan, ReadResult } from "./model/Plan";
import type { Settings, TaskStatus } from "./model/Status";
import type { UnitDirectory } from "./model/Unit";
import { checkPlan } from "./checks/checkPlan";
import { SEVERITY } from "./checks/severity";
import { cellAddress } from "./grid/address";
import { readPlan } from "./plan/readPlan";
import { classify } from "./status/classify";
import { defaultDirectory, directoryFromGrid } from "./units/directory";
import { matchKey } from "./text/normalize";
import { markedColumns } from "./report/findOwnedLayout";
import type { ReportInput } from "./report/ReportContext";
import { ownedSheets } from "./report/markers";
import { assignTaskKeys, type TaskKeys } from "./keys/assignTaskKeys";
import { readHistory, type History } from "./history/readHistory";

/** Characters Excel holds in one cell. */

export interface Analysis {
  read: ReadResult;
  plan: Plan | null;
  directory: UnitDirectory;
  /** Reading issues, then the checks' issues. */
  issues: Issue[];
  statuses: TaskStatus[];
  /** Every task's key ("Mã NV"), null without a plan. */
  keys?: TaskKeys;
  /** The history sheet "Lịch sử" as read. */
  history?: History;
}

export interface AnalyzeOptions {
  /** Base directory; the workbook's "Đơn vị" sheet, when present, extends and overrides it. */
  directory?: UnitDirectory;
  /**
   * 0-based columns of the plan sheet that plan-tracker owns (they are not part of the staff's table).
   * Default: on each sheet, the columns its marker names point at, so its own "Trạng thái" column is never read
   * as the staff's.
   */
  ignoreColumns?: number[];
}

const DIRECTORY_SHEET_KEY = matchKey("Đơn vị");

let sharedDefault: UnitDirectory | undefined;

/**
 * The default directory, built once: its name index and lookup memo are kept per directory object (resolveUnit),
 * so a fresh copy per analysis rebuilt them every time (2–5 ms of each run). Nothing changes a directory once
 * built (directoryFromGrid copies what it extends). Not frozen: V8 reads frozen arrays on a slower path.
 */
function sharedDefaultDirectory(): UnitDirectory {
  if (!sharedDefault) sharedDefault = defaultDirectory();
  return sharedDefault;
}

export function analyzeWorkbook(
  snapshot: WorkbookSnapshot,
  settings: Settings,
  options: AnalyzeOptions = {},
): Analysis {
  const issues: Issue[] = [];
  let directory = options.directory ?? sharedDefaultDirectory();
  const directorySheet = snapshot.sheets.find((s) => matchKey(s.name) === DIRECTORY_SHEET_KEY);
  if (directorySheet) {
    const override = directoryFromGrid(directorySheet, directory);
    directory = override.directory;
    issues.push(...override.issues);
  }
  // Neither the directory sheet nor plan-tracker's own sheets (whose tables look like plans) can hold the plan.
  const owned = ownedSheets(snapshot);
  const planSheets = {
    ...snapshot,
    sheets: snapshot.sheets.filter((s) => s !== directorySheet && !owned.has(s.name.normalize("NFC").toLowerCase())),
  };
  const read = readPlan(planSheets, {
    sheet: settings.sheet,
    planYear: settings.planYear,
    programPeriod: settings.programPeriod,
    directory,
    ignoreColumns:
      options.ignoreColumns ?? new Map(markedColumns(snapshot).map((m) => [m.sheet.normalize("NFC"), m.columns])),
  });
  issues.push(...read.issues);
  for (const grid of snapshot.sheets) {
    if (grid.beyondGrid && grid.beyondGrid.length > 0) {
      const code = "cell-beyond-grid";
      issues.push({ code, severity: SEVERITY[code], sheet: grid.name, row: 0, cell: "", refs: grid.beyondGrid });
    }
  }
  const plan = read.plan;
  if (plan) {
    // Excel holds at most 32,767 characters in a cell; another program's file may hold more. The report sheets cut
    // such a text (the .xlsx writer ends it in "…"): the staff are told where.
    // Plain loops: nested forEach made a closure per row of the sheet (30,000 rows in a 10,000-task plan).
    const grid = snapshot.sheets.find((s) => s.name === plan.sheet);
    const rows = grid?.values ?? [];
    for (let r = 0; r < rows.length; r++) {
      const row = rows[r];
      if (!row) continue;
      for (let c = 0; c < row.length; c++) {
        const v = row[c];
        if (typeof v === "string" && v.length > MAX_CELL_CHARS && grid) {
          const code = "cell-text-too-long";
          issues.push({ code, severity: SEVERITY[code], sheet: grid.name, row: r + 1, cell: cellAddress(r, c), length: v.length });
        }
      }
    }
  }
  if (!plan) return { read, plan, directory, issues, statuses: [] };
  // Not push(...list): a plan of 50,000 tasks has more issues than a call's arguments may number (stack overflow).
  for (const issue of checkPlan(plan, { reportDate: settings.reportDate, directory })) issues.push(issue);
  const history = readHistory(snapshot);
  const keys = assignTaskKeys(snapshot, plan, history.rows.map((r) => r.key));
  for (const issue of keys.issues) issues.push(issue);
  const statuses = classify(plan, settings);
  return { read, plan, directory, issues, statuses, keys, history };
}

/** What buildPatch needs for an analysed workbook, or null when no plan table was found. */
export function reportInput(analysis: Analysis, settings: Settings, snapshot: WorkbookSnapshot): ReportInput | null {
  if (!analysis.plan) return null;
  const { plan, statuses, issues, directory, keys, history } = analysis;
  return { plan, statuses, issues, directory, settings, snapshot, ...(keys ? { keys } : {}), ...(history ? { history } : {}) };
}
