// The issue list as people read it, the same on the command line, in the task pane's "Kiểm tra" and in the monthly
// report: one line per problem, the cells it was found in listed on that line, and one line per unit for everything
// said about that unit's name (other spellings, the 2025 reorganisation). Counts are counts of these lines, so
// "24 vấn đề" is what the reader sees below it.
//
// The engine may report a problem found in forty cells as forty issues or as one issue with `cells`; the lines are
// the same either way, because every issue is first spread back into its cells.
import { formatVnDate } from "../date/calendar";
import { GRID_COLS, parseAddress } from "../grid/address";
import { issueMessage } from "./renderIssue";
import type { Issue, IssueCode, IssueOf, Severity } from "../model/Issue";
import { matchKey } from "../text/normalize";

type Lang = "vi" | "en";

export interface IssueLine {
  severity: Severity;
  /** The kind of problem; a unit's line is "unit-reorganised" when the unit no longer exists, else "unit-variant". */
  code: IssueCode;
  /** The sheet the line speaks of ("" for the whole workbook) and its first row (0 for none). */
  sheet: string;
  row: number;
  /** The sentence with where it is: "Ô A10, A14 (trang Kế hoạch): …". NFC. */
  text: string;
  /** Every cell the line speaks of, in sheet order. */
  cells: string[];
}

export interface IssueList {
  lines: IssueLine[];
  /** Distinct cells named by the lines. */
  cellCount: number;
}

/** Cells named on one line before "and N more". */
const MAX_CELLS_SHOWN = 12;

const RANK: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

interface Group {
  severity: Severity;
  code: IssueCode;
  sheet: string;
  row: number;
  cells: string[];
  render: (cells: string[]) => string;
}

export function issueLines(issues: readonly Issue[], lang: Lang): IssueList {
  const groups = new Map<string, Group>();
  const units = new Map<string, UnitGroup>();
  // A spelling's official name, so the reorganisation of "Sở Kế hoạch Đầu tư" joins "Sở Kế hoạch và Đầu tư".
  const canonicalOf = new Map<string, string>();
  for (const issue of issues) if (issue.code === "unit-variant") canonicalOf.set(`${issue.sheet}\u0000${matchKey(issue.unit)}`, issue.canonical);

  for (const issue of issues) {
    const cells = issueCells(issue);
    if (issue.code === "unit-variant" || issue.code === "unit-reorganised") {
      const canonical =
        issue.code === "unit-variant" ? issue.canonical : (canonicalOf.get(`${issue.sheet}\u0000${matchKey(issue.unit)}`) ?? issue.unit);
      const key = `${issue.sheet}\u0000${matchKey(canonical)}`;
      let unit = units.get(key);
      if (!unit) {
        unit = { sheet: issue.sheet, canonical, severity: issue.severity, row: issue.row, cells: [], spellings: new Map() };
        units.set(key, unit);
      }
      addUnitIssue(unit, issue, cells);
      continue;
    }
    const message = issueMessage(issue, lang);
    const key = `${issue.severity}\u0000${issue.sheet}\u0000${issue.code}\u0000${message}\u0000${cells.length === 0 ? issue.row : ""}`;
    const group = groups.get(key);
    if (group) {
      group.cells.push(...cells);
      group.row = Math.min(group.row, issue.row);
    } else
      groups.set(key, {
        severity: issue.severity,
        code: issue.code,
        sheet: issue.sheet,
        row: issue.row,
        cells: [...cells],
        render: (all) => withPlace(place(issue, all, lang), message),
      });
  }
  for (const unit of units.values())
    groups.set(`unit\u0000${unit.sheet}\u0000${unit.canonical}`, {
      severity: unit.severity,
      code: unit.reorganised ? "unit-reorganised" : "unit-variant",
      sheet: unit.sheet,
      row: unit.row,
      cells: unit.cells,
      render: (all) => unitSentence(unit, all, lang),
    });

  const all = new Set<string>();
  const lines = [...groups.values()]
    .map((g) => ({ ...g, cells: sortCells(g.cells) }))
    .sort((a, b) => RANK[a.severity] - RANK[b.severity] || a.row - b.row)
    .map((g) => {
      for (const c of g.cells) all.add(`${g.sheet}\u0000${c}`);
      return { severity: g.severity, code: g.code, sheet: g.sheet, row: g.row, text: g.render(g.cells).normalize("NFC"), cells: g.cells };
    });
  return { lines, cellCount: all.size };
}

interface UnitGroup {
  sheet: string;
  canonical: string;
  severity: Severity;
  row: number;
  cells: string[];
  /** Spellings other than the official name, with their cells. */
  spellings: Map<string, string[]>;
  reorganised?: IssueOf<"unit-reorganised">;
}

function addUnitIssue(unit: UnitGroup, issue: IssueOf<"unit-variant"> | IssueOf<"unit-reorganised">, cells: string[]): void {
  unit.cells.push(...cells);
  unit.row = Math.min(unit.row, issue.row);
  if (RANK[issue.severity] < RANK[unit.severity]) unit.severity = issue.severity;
  if (issue.code === "unit-variant") {
    const spelled = unit.spellings.get(issue.unit) ?? [];
    spelled.push(...cells);
    unit.spellings.set(issue.unit, spelled);
  } else unit.reorganised ??= issue;
}

function unitSentence(unit: UnitGroup, cells: string[], lang: Lang): string {
  const q = (s: string) => `“${s}”`;
  const spellings = [...unit.spellings].map(([spelled, at]) => `${q(spelled)} (${listCells(sortCells(at), lang)})`);
  const parts: string[] = [];
  if (spellings.length > 0) parts.push(lang === "vi" ? `viết khác tên chính thức: ${spellings.join(", ")}` : `spelled differently from the official name: ${spellings.join(", ")}`);
  const r = unit.reorganised;
  if (r) {
    const since = formatVnDate(r.effective);
    const to = r.successors.join("; ");
    parts.push(
      lang === "vi"
        ? `từ ngày ${since} không còn do sắp xếp tổ chức bộ máy${to ? `; đơn vị tiếp nhận: ${to}` : ""}`
        : `no longer exists since ${since} after the reorganisation${to ? `; its work passed to: ${to}` : ""}`,
    );
  }
  const head = lang === "vi" ? `Đơn vị ${q(unit.canonical)}` : `Unit ${q(unit.canonical)}`;
  const where = cells.length === 0 ? "" : ` ${lang === "vi" ? "ở" : "in"} ${cellPlace(cells, unit.sheet, lang)}`;
  const sentence = parts.join("; ");
  return `${head}${where}: ${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** The cell and its further cells; none for an issue about a row or the whole workbook. */
function issueCells(issue: Issue): string[] {
  if (issue.cell === "") return [];
  return [issue.cell, ...(issue.cells ?? [])];
}

function withPlace(where: string, message: string): string {
  return where === "" ? message : `${where}: ${message}`;
}

/** "Ô A10, A14 (trang Kế hoạch)", "Cells A10, A14 (sheet Kế hoạch)", "Dòng 12 (trang …)", "Trang …", or "". */
function place(issue: Issue, cells: string[], lang: Lang): string {
  if (cells.length > 0) return capitalise(cellPlace(cells, issue.sheet, lang));
  if (issue.row > 0) return lang === "vi" ? `Dòng ${issue.row} (trang ${issue.sheet})` : `Row ${issue.row} (sheet ${issue.sheet})`;
  if (issue.sheet !== "") return lang === "vi" ? `Trang ${issue.sheet}` : `Sheet ${issue.sheet}`;
  return "";
}

function cellPlace(cells: string[], sheet: string, lang: Lang): string {
  const noun = lang === "vi" ? "ô" : cells.length === 1 ? "cell" : "cells";
  const where = lang === "vi" ? `trang ${sheet}` : `sheet ${sheet}`;
  return `${noun} ${listCells(cells, lang)}${sheet === "" ? "" : ` (${where})`}`;
}

/** "A10, A14, A16", at most MAX_CELLS_SHOWN of them, then "và 5 ô khác" / "and 5 more". */
function listCells(cells: string[], lang: Lang): string {
  if (cells.length <= MAX_CELLS_SHOWN) return cells.join(", ");
  const rest = cells.length - MAX_CELLS_SHOWN;
  const more = lang === "vi" ? `và ${rest} ô khác` : `and ${rest} more`;
  return `${cells.slice(0, MAX_CELLS_SHOWN).join(", ")} ${more}`;
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}

/** Distinct cells in sheet order: by row, then by column. */
function sortCells(cells: string[]): string[] {
  const keyed = [...new Set(cells)].map((c) => ({ c, at: sheetOrder(c) }));
  return keyed.sort((a, b) => a.at - b.at || a.c.localeCompare(b.c)).map((k) => k.c);
}

/**
 * A cell's place in sheet order as one number (row, then column; an unreadable address counts as A1), remembered:
 * a 5,000-task plan names 25,000 cells in its issues, most of them twice (a unit's line and its spellings), and
 * parsing each again in every comparison took longer than the rest of the list.
 */
const orderCache = new Map<string, number>();
function sheetOrder(cell: string): number {
  let at = orderCache.get(cell);
  if (at === undefined) {
    const parsed = parseAddress(cell);
    at = parsed === null ? 0 : parsed.row * GRID_COLS + parsed.col;
    if (orderCache.size > 100_000) orderCache.clear();
    orderCache.set(cell, at);
  }
  return at;
}
