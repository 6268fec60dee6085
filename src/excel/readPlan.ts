// How the Office.js host reads a workbook within Excel's documented limits, planned before anything is loaded:
// - "Excel on the web has a payload size limit for requests and responses of 5MB" (Resource limits and performance
//   optimization for Office Add-ins): a sheet's used range is loaded in row bands, the bands grouped into syncs
//   whose estimated answer stays under READ_BUDGET_BYTES. The estimate counts cells (their text is unknown before
//   reading); should a part of a sheet of very long texts still overflow, the host splits that part in two and
//   reads it again (ExcelSession.read).
// - Range.getMergedAreasOrNullObject: "if the merged areas count in this range is more than 512, then this method
//   will fail to return the result" (Excel.Range reference). It answers with the areas whose top-left cell lies in
//   the range, so tiles that do not overlap count each area once; a tile is small enough that it cannot hold more
//   than 512 top-left cells of areas (an area has a second cell to the right of or below its top-left).
import type { CellRange } from "../core/grid/Grid";

/** The 5 MB response limit less a margin for the response's own framing and the estimate's error. */
export const READ_BUDGET_BYTES = 3 * 1024 * 1024;

/**
 * What one cell is estimated to add to a response: its value and its number format as JSON ("General" alone is
 * ten bytes). Measured on a Word-paste plan of 5,000 tasks: 14 bytes a cell on average, so 32 leaves room for
 * plans whose texts are twice as long before the fallback is needed.
 */
export const CELL_BYTES = 32;

/**
 * A cell of a plain table, values only: the history sheet's cells are short ("11/2026", "30/11/2026", "NV-0001",
 * "in_progress"), 9 bytes on average as JSON; 16 leaves room for results typed at length.
 */
export const PLAIN_CELL_BYTES = 16;

/** The most merged areas one getMergedAreasOrNullObject call may answer. */
export const MERGED_AREAS_LIMIT = 512;

/** An area address ("'Kế hoạch'!B4:B9, ") is estimated at this many bytes. */
const AREA_BYTES = 40;

export interface UsedRange {
  sheet: string;
  top: number;
  left: number;
  rows: number;
  columns: number;
  /**
   * plan-tracker's own plain table (the history sheet): read for its values only, without number formats (its dates
   * are text) and without merged areas (it has none), so a year of history costs about half as many syncs.
   */
  plain?: boolean;
}

export interface ReadBand {
  sheet: string;
  range: CellRange;
  /** Values only (UsedRange.plain). */
  plain?: boolean;
}

export interface ReadSync {
  values: ReadBand[];
  merges: ReadBand[];
}

/**
 * Tiles that each hold at most MERGED_AREAS_LIMIT top-left cells of merged areas: a tile of r × c cells can hold
 * at most (r + 1)(c + 1) / 2 of them, since each area also covers a cell to the right or below, inside the tile
 * grown by one row and one column, and areas do not overlap. Tiles start at column A, so an area whose top-left
 * lies left of the used range (a whole-row merge) is still found.
 */
export function mergeTiles(used: UsedRange): ReadBand[] {
  const right = used.left + used.columns - 1;
  const bottom = used.top + used.rows - 1;
  const cells = 2 * MERGED_AREAS_LIMIT;
  const width = Math.min(right + 1, Math.floor(Math.sqrt(cells)) - 1);
  const height = Math.floor(cells / (width + 1)) - 1;
  const tiles: ReadBand[] = [];
  for (let top = used.top; top <= bottom; top += height) {
    for (let left = 0; left <= right; left += width) {
      tiles.push({
        sheet: used.sheet,
        range: { top, left, bottom: Math.min(bottom, top + height - 1), right: Math.min(right, left + width - 1) },
      });
    }
  }
  return tiles;
}

/** Row bands of a used range, each estimated under the budget on its own. */
export function valueBands(used: UsedRange, budget = READ_BUDGET_BYTES): ReadBand[] {
  const rowsPerBand = Math.max(1, Math.floor(budget / (cellBytes(used) * Math.max(1, used.columns))));
  const bands: ReadBand[] = [];
  for (let top = used.top; top < used.top + used.rows; top += rowsPerBand) {
    const bottom = Math.min(used.top + used.rows - 1, top + rowsPerBand - 1);
    const range = { top, left: used.left, bottom, right: used.left + used.columns - 1 };
    bands.push(used.plain ? { sheet: used.sheet, range, plain: true } : { sheet: used.sheet, range });
  }
  return bands;
}

function cellBytes(used: { plain?: boolean }): number {
  return used.plain ? PLAIN_CELL_BYTES : CELL_BYTES;
}

function cellsOf(band: ReadBand): number {
  return (band.range.bottom - band.range.top + 1) * (band.range.right - band.range.left + 1);
}

/**
 * Every used range's values bands and merge tiles grouped into syncs, each estimated under the budget. The merge
 * tiles go with the first sync that has room (their answers are short), so a plan that fits in one sync is read
 * in one. The plan depends on the used ranges' sizes only, so the same workbook is always read in as many syncs.
 */
export function planRead(usedRanges: UsedRange[], budget = READ_BUDGET_BYTES): ReadSync[] {
  const syncs: ReadSync[] = [];
  let current: ReadSync = { values: [], merges: [] };
  let size = 0;
  const flush = () => {
    if (current.values.length > 0 || current.merges.length > 0) syncs.push(current);
    current = { values: [], merges: [] };
    size = 0;
  };
  const add = (kind: "values" | "merges", band: ReadBand, bytes: number) => {
    if (size > 0 && size + bytes > budget) flush();
    current[kind].push(band);
    size += bytes;
  };
  for (const used of usedRanges) {
    for (const band of valueBands(used, budget)) add("values", band, cellsOf(band) * cellBytes(band));
  }
  // Merged areas: estimated at one short address per row of a tile (a Word-paste plan merges about four cells a
  // row across its fourteen columns, and a tile is at most 31 columns wide).
  for (const used of usedRanges) {
    if (used.plain) continue;
    for (const tile of mergeTiles(used)) add("merges", tile, (tile.range.bottom - tile.range.top + 1) * AREA_BYTES);
  }
  flush();
  return syncs;
}
