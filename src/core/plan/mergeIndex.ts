// Which merged area covers a cell, without scanning every merge: the row reader asks this for every cell it
// reads (10,000 Word-pasted tasks are ~30,000 rows × 10 columns and ~40,000 merges).
import type { CellRange } from "../grid/Grid";

export interface MergeIndex {
  /** The merged area covering the 0-based cell, if any. */
  at(row: number, col: number): CellRange | undefined;
  /** True when the sheet has no merges at all (lets readers skip the lookup). */
  readonly empty: boolean;
}

/**
 * Indexes merges by row: for each row, the merges crossing it, in the order listed. A lookup scans only the
 * merges of its row (a handful). This was measured about seven times faster than a Map keyed by cell
 * (row * 16384 + col) on the Word-paste layout, and it stores one entry per merged row rather than per cell.
 * The rows' lists are one typed array of merge numbers, cut by row (counted first, then filled): no array per
 * row and no copy of each merge (~40,000 merges over ~60,000 rows in a 10,000-task plan were 3 MB of objects).
 * Merges are clipped to the rows the host delivered (a merge over whole columns costs rowCount entries, not a
 * million) and to Excel's 16,384 columns. Malformed merges (reversed, fractional, negative, a single cell) are
 * normalised or skipped; when merges overlap, the first listed wins.
 */
export function buildMergeIndex(merges: readonly CellRange[], rowCount: number): MergeIndex {
  const maxRow = Math.min(rowCount, 1_048_576) - 1;
  // The merges as looked up: the list itself, or a copy when a reversed merge must be normalised.
  let ranges: readonly CellRange[] = merges;
  let normalised: CellRange[] | undefined;
  /** Per merge: the last row it is indexed on + 1, or 0 when it is not indexed. */
  const ends = new Int32Array(merges.length);
  /** starts[r]..starts[r + 1] - 1: the entries of row r (first the counts, shifted by one). */
  const starts = new Int32Array(Math.max(maxRow, -1) + 2);
  let count = 0;
  for (let k = 0; k < merges.length; k++) {
    const merge = merges[k];
    if (!merge) continue;
    const top = Math.min(merge.top, merge.bottom);
    const bottom = Math.max(merge.top, merge.bottom);
    const left = Math.min(merge.left, merge.right);
    const right = Math.min(Math.max(merge.left, merge.right), 16_383);
    if (!isIndex(top) || !isIndex(bottom) || !isIndex(left) || !isIndex(right) || left > right) continue;
    if (top === bottom && left === right) continue;
    if (merge.top > merge.bottom || merge.left > merge.right) {
      normalised ??= merges.slice();
      normalised[k] = { top, left, bottom: Math.max(merge.top, merge.bottom), right: Math.max(merge.left, merge.right) };
    }
    const lastRow = Math.min(bottom, maxRow);
    if (lastRow < top) continue;
    ends[k] = lastRow + 1;
    for (let r = top; r <= lastRow; r++) starts[r + 1] = (starts[r + 1] ?? 0) + 1;
    count += lastRow - top + 1;
  }
  if (normalised) ranges = normalised;
  for (let r = 1; r < starts.length; r++) starts[r] = (starts[r] ?? 0) + (starts[r - 1] ?? 0);
  const entries = new Int32Array(count);
  const fill = starts.slice(0, starts.length - 1);
  for (let k = 0; k < merges.length; k++) {
    const end = ends[k] ?? 0;
    if (end === 0) continue;
    const merge = ranges[k] as CellRange;
    for (let r = Math.min(merge.top, merge.bottom); r < end; r++) {
      const at = fill[r] ?? 0;
      entries[at] = k;
      fill[r] = at + 1;
    }
  }
  const at = (row: number, col: number): CellRange | undefined => {
    if (!(row >= 0 && row <= maxRow)) return undefined;
    const from = starts[row];
    const to = starts[row + 1];
    if (from === undefined || to === undefined) return undefined; // a fractional row
    for (let i = from; i < to; i++) {
      const m = ranges[entries[i] as number] as CellRange;
      if (m.left <= col && col <= m.right) return m;
    }
    return undefined;
  };
  return { empty: count === 0, at };
}

/** A usable 0-based row or column: a non-negative integer (hosts and fuzzers may send anything). */
function isIndex(n: number): boolean {
  return typeof n === "number" && n >= 0 && Math.floor(n) === n && n < 2_000_000_000;
}
