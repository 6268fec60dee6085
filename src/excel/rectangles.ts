// Cells → the fewest rectangles the Office.js host can address at once. Excel on the web bills every queued
// operation in the request payload, so writing 5,000 status cells one range at a time would cost thousands of
// operations; a column of owned cells written as one block costs one.
import type { CellRange } from "../core/grid/Grid";

export interface CellPosition {
  row: number;
  col: number;
}

/**
 * Groups cells into rectangles: each column's contiguous runs of rows, then runs with the same rows in adjacent
 * columns joined side by side. Every cell lands in exactly one rectangle; the result is sorted by left, then top.
 */
export function rectangles(cells: Iterable<CellPosition>): CellRange[] {
  const rowsByCol = new Map<number, Set<number>>();
  for (const { row, col } of cells) {
    let rows = rowsByCol.get(col);
    if (!rows) rowsByCol.set(col, (rows = new Set()));
    rows.add(row);
  }
  const result: CellRange[] = [];
  // Rectangles still growing to the right, by their row span.
  let open = new Map<string, CellRange>();
  for (const col of [...rowsByCol.keys()].sort((a, b) => a - b)) {
    const rows = [...(rowsByCol.get(col) ?? [])].sort((a, b) => a - b);
    const next = new Map<string, CellRange>();
    let start = 0;
    for (let i = 1; i <= rows.length; i++) {
      const prev = rows[i - 1] as number;
      if (i < rows.length && rows[i] === prev + 1) continue;
      const top = rows[start] as number;
      const key = `${top}:${prev}`;
      const grown = open.get(key);
      if (grown && grown.right === col - 1) {
        grown.right = col;
        next.set(key, grown);
      } else {
        const fresh = { top, left: col, bottom: prev, right: col };
        result.push(fresh);
        next.set(key, fresh);
      }
      start = i;
    }
    open = next;
  }
  return result.sort((a, b) => a.left - b.left || a.top - b.top);
}
