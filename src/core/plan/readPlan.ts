// Reads the plan from a workbook's cell grids: finds the plan table, reads its title and its rows.
import type { Grid, WorkbookSnapshot } from "../grid/Grid";
import type { Issue } from "../model/Issue";
import type { Plan, ReadResult } from "../model/Plan";
import type { TimeframeContext } from "../model/Timeframe";
import type { UnitDirectory } from "../model/Unit";
import { findHeader, HEADER_SEARCH_ROWS, type HeaderCandidate } from "./findHeader";
import { buildMergeIndex } from "./mergeIndex";
import { readRows } from "./readRows";
import { collectTitleLines, readTitleInfo } from "./titleInfo";

export interface ReadPlanOptions {
  /** The sheet to read; otherwise the sheet whose table looks most like a plan. */
  sheet?: string;
  /** Overrides the plan year read from the title. */
  planYear?: number;
  /** Overrides the programme period read from the title. */
  programPeriod?: { start: number; end: number };
  directory: UnitDirectory;
  /**
   * 0-based columns that plan-tracker itself writes (its status columns): never read as a plan column, so
   * the add-in's own "Trạng thái" column is not taken for the staff's progress column. A list applies to every
   * sheet; a map gives each sheet (by name) its own.
   */
  ignoreColumns?: readonly number[] | ReadonlyMap<string, readonly number[]>;
}

const NO_COLUMNS: ReadonlySet<number> = new Set();

interface SheetCandidate {
  grid: Grid;
  index: number;
  colCount: number;
  header: HeaderCandidate;
}

/**
 * Reads the plan. Every sheet is searched for a plan table in its first rows; the best one is read (or the one
 * of options.sheet), the others are listed in otherCandidates and reported as "other-plan-candidate". With no
 * table, plan is null and a "no-plan-table" issue names the sheets searched. Never throws on cell content.
 */
export function readPlan(snapshot: WorkbookSnapshot, options: ReadPlanOptions): ReadResult {
  const grids = snapshot.sheets ?? [];
  const candidates: SheetCandidate[] = [];
  const ignoreFor = (sheet: string): ReadonlySet<number> => {
    const given = options.ignoreColumns;
    if (given === undefined) return NO_COLUMNS;
    if (Array.isArray(given)) return new Set(given as readonly number[]);
    return new Set((given as ReadonlyMap<string, readonly number[]>).get(sheet.normalize("NFC")) ?? []);
  };
  grids.forEach((grid, index) => {
    const colCount = columnCount(grid);
    // The header search reads only the first rows: index only their merges.
    const searchMerges = buildMergeIndex(grid.merges ?? [], Math.min(grid.values.length, HEADER_SEARCH_ROWS + 1));
    const header = findHeader(grid, searchMerges, colCount, ignoreFor(grid.name));
    if (header) candidates.push({ grid, index, colCount, header });
  });

  const chosen = options.sheet !== undefined ? byName(candidates, options.sheet) : best(candidates);
  const others = candidates
    .filter((c) => c !== chosen)
    .sort((a, b) => b.header.score - a.header.score || a.index - b.index);
  const otherCandidates = others.map((c) => ({ sheet: c.grid.name, headerRow: c.header.headerRow + 1, score: c.header.score }));
  const issues: Issue[] = [];

  if (!chosen) {
    const sheetsSearched = options.sheet !== undefined ? [options.sheet] : grids.map((g) => g.name);
    issues.push({ code: "no-plan-table", severity: "error", sheet: options.sheet ?? "", row: 0, cell: "", sheetsSearched });
  }
  for (const other of otherCandidates) {
    issues.push({ code: "other-plan-candidate", severity: "info", sheet: other.sheet, row: other.headerRow, cell: "", headerRow: other.headerRow });
  }
  if (!chosen) return { plan: null, otherCandidates, issues };

  const plan = readChosen(chosen, options, issues);
  return { plan, otherCandidates, issues };
}

function readChosen(chosen: SheetCandidate, options: ReadPlanOptions, issues: Issue[]): Plan {
  const { grid, header, colCount } = chosen;
  const merges = buildMergeIndex(grid.merges ?? [], grid.values.length);
  const titleLines = collectTitleLines(grid, merges, header.headerTopRow, colCount);
  const title = readTitleInfo(titleLines);
  const planYear = options.planYear ?? title.planYear;
  const programPeriod = options.programPeriod ?? title.programPeriod;
  const timeframeContext: TimeframeContext = {};
  if (planYear !== null) timeframeContext.planYear = planYear;
  if (programPeriod !== null) timeframeContext.programPeriod = programPeriod;
  // The header says whether the column's times are deadlines or work periods (timeframe.role).
  const timeframeHeader = header.columns.find((c) => c.role === "timeframe")?.header;
  if (timeframeHeader !== undefined) timeframeContext.header = timeframeHeader;

  const rows = readRows({ grid, merges, header, timeframeContext, directory: options.directory });
  issues.push(...rows.issues);
  return {
    sheet: grid.name,
    headerRow: header.headerRow + 1,
    headerTopRow: header.headerTopRow + 1,
    firstDataRow: rows.firstDataRow,
    lastDataRow: rows.lastDataRow,
    firstCol: header.firstCol,
    lastCol: header.lastCol,
    columns: header.columns,
    titleLines,
    programPeriod,
    planYear,
    tasks: rows.tasks,
    sections: rows.sections,
  };
}

function columnCount(grid: Grid): number {
  let count = 0;
  for (const row of grid.values) if (row && row.length > count) count = row.length;
  return count;
}

/** The highest score; on a tie a visible sheet before a hidden one, then the first in tab order. */
function best(candidates: readonly SheetCandidate[]): SheetCandidate | undefined {
  let winner: SheetCandidate | undefined;
  for (const c of candidates) {
    if (!winner) winner = c;
    else if (c.header.score > winner.header.score) winner = c;
    else if (c.header.score === winner.header.score && winner.grid.hidden === true && c.grid.hidden !== true) winner = c;
  }
  return winner;
}

/** The candidate on the named sheet (compared as typed, then NFC and trimmed). */
function byName(candidates: readonly SheetCandidate[], name: string): SheetCandidate | undefined {
  const exact = candidates.find((c) => c.grid.name === name);
  if (exact) return exact;
  const wanted = name.normalize("NFC").trim();
  return candidates.find((c) => c.grid.name.normalize("NFC").trim() === wanted);
}
