// Which merged area covers a cell, in constant time: the row reader asks this for every cell it reads.
import type { CellRange } from "../grid/Grid";

export interface MergeIndex {
  /** The merged area covering the 0-based cell, if any. */
  at(row: number, col: number): CellRange | undefined;
  /** True when the sheet has no merges at all (lets readers skip the lookup). */
  readonly empty: boolean;
}

/** Excel has at most 16,384 columns, so row * 16384 + col is a unique number key below 2^53. */
const COLS = 16384;

function cellKey(row: number, col: number): number {
  return row * COLS + col;
}

/**
 * Indexes every cell of every merge, clipped to the part of the sheet the host delivered (rowCount × colCount):
 * a merge over whole columns must not cost a million entries. Malformed merges (reversed, fractional,
 * negative) are normalised or skipped; when merges overlap, the first listed wins.
 */
export function buildMergeIndex(merges: readonly CellRange[], rowCount: number, colCount: number): MergeIndex {
  const map = new Map<number, CellRange>();
  const maxRow = Math.min(rowCount, 1_048_576) - 1;
  const maxCol = Math.min(colCount, COLS) - 1;
  for (const merge of merges) {
    if (!merge) continue;
    const top = Math.min(merge.top, merge.bottom);
    const bottom = Math.max(merge.top, merge.bottom);
    const left = Math.min(merge.left, merge.right);
    const right = Math.max(merge.left, merge.right);
    if (![top, bottom, left, right].every(Number.isInteger) || top < 0 || left < 0) continue;
    if (top === bottom && left === right) continue;
    const range: CellRange = { top, left, bottom, right };
    const lastRow = Math.min(bottom, maxRow);
    const lastCol = Math.min(right, maxCol);
    for (let r = top; r <= lastRow; r++) {
      for (let c = left; c <= lastCol; c++) {
        const key = cellKey(r, c);
        if (!map.has(key)) map.set(key, range);
      }
    }
  }
  return {
    empty: map.size === 0,
    at: (row, col) => (map.size === 0 ? undefined : map.get(cellKey(row, col))),
  };
}
