// The plan's title lines above the table, and what they say about time: the programme period
// ("giai đoạn 2023 - 2030") and the plan's year ("Kế hoạch … năm 2026").
import type { Grid } from "../grid/Grid";
import { foldText, normalizeDashes } from "../text/normalize";
import { cellText, cellError } from "./cellText";
import { valueAt } from "./findHeader";
import type { MergeIndex } from "./mergeIndex";

export interface TitleInfo {
  programPeriod: { start: number; end: number } | null;
  planYear: number | null;
}

/** The non-empty lines of the rows above the header, row by row, left to right (one line per paragraph). */
export function collectTitleLines(grid: Grid, merges: MergeIndex, beforeRow: number, colCount: number): string[] {
  const lines: string[] = [];
  for (let r = 0; r < beforeRow; r++) {
    const row = grid.values[r];
    if (!row) continue;
    const width = Math.min(row.length, colCount);
    for (let c = 0; c < width; c++) {
      const merge = merges.at(r, c);
      if (merge && (merge.top !== r || merge.left !== c)) continue;
      const value = valueAt(grid, r, c);
      if (cellError(value)) continue;
      for (const line of cellText(value).split("\n")) if (line !== "") lines.push(line);
    }
  }
  return lines;
}

/**
 * "(Ban hành kèm theo Kế hoạch số …/KH-UBND ngày … tháng 9 năm 2023 …)" names the document that issued the
 * appendix (the seed's line), so its years are the issuing date, never the plan year or the programme period.
 */
const ISSUING_LINE = /kem theo/;
/** "giai đoạn 2023 - 2030", "Giai đoạn 2023-2030" (folded, dashes unified). */
const PERIOD_NAMED = /giai doan\s*((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})(?!\d)/;
/** A bare year range in the title: "… 2023 – 2030". */
const PERIOD_BARE = /(?<!\d)((?:19|20)\d{2})\s*-\s*((?:19|20)\d{2})(?!\d)/;
/**
 * "năm 2026" standing alone: not a date ("ngày 14 tháng 11 năm 2026", "tháng    năm 2023" with the day and
 * month left blank for the signature) and not the start of a range ("năm 2023 - 2030").
 */
const PLAN_YEAR = /(?<![\p{L}\p{N}])(?<!thang\s*\d{0,2}\s*)nam\s+((?:19|20)\d{2})(?![\d])(?!\s*-\s*\d)/u;

/**
 * Reads the programme period and the plan year from the title lines. Rules:
 * - the issuing line ("… kèm theo …") is ignored;
 * - the lines are joined, so a title broken over two rows still reads ("… vùng khó khăn" / "… giai đoạn 2023 - 2030");
 * - the period is the first "giai đoạn YYYY - YYYY", else the first bare "YYYY - YYYY" (start < end, at most 50 years);
 * - the plan year is the first "năm YYYY" that is not part of a date or a range.
 */
export function readTitleInfo(lines: readonly string[]): TitleInfo {
  const text = lines
    .map((line) => normalizeDashes(foldText(line)))
    .filter((line) => !ISSUING_LINE.test(line))
    .join(" ");
  return { programPeriod: readPeriod(text), planYear: readPlanYear(text) };
}

function readPeriod(text: string): TitleInfo["programPeriod"] {
  for (const pattern of [PERIOD_NAMED, PERIOD_BARE]) {
    const m = pattern.exec(text);
    if (!m) continue;
    const start = Number(m[1]);
    const end = Number(m[2]);
    if (start < end && end - start <= 50) return { start, end };
  }
  return null;
}

function readPlanYear(text: string): number | null {
  const m = PLAN_YEAR.exec(text);
  return m ? Number(m[1]) : null;
}
