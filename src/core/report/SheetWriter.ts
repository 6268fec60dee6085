// Collects one sheet's writes (cells, merges, sizes) in order, so the sheet builders read top to bottom.
import type { CellRange } from "../grid/Grid";
import type { CellWrite, PatchValue } from "../patch/WorkbookPatch";

export class SheetWriter {
  readonly cells: CellWrite[] = [];
  readonly merges: CellRange[] = [];
  readonly rows: { row: number; height: number }[] = [];

  put(row: number, col: number, value: PatchValue, style?: string): void {
    this.cells.push(style === undefined ? { row, col, value } : { row, col, value, style });
  }

  /** Writes the top-left cell of a rectangle and merges it when it covers more than one cell. */
  putMerged(range: CellRange, value: PatchValue, style?: string): void {
    this.put(range.top, range.left, value, style);
    this.merge(range);
  }

  /**
   * Styles the rest of a merged area too, so borders drawn per cell frame the whole area in every host.
   */
  putMergedFramed(range: CellRange, value: PatchValue, style: string): void {
    for (let r = range.top; r <= range.bottom; r++)
      for (let c = range.left; c <= range.right; c++) this.put(r, c, r === range.top && c === range.left ? value : null, style);
    this.merge(range);
  }

  merge(range: CellRange): void {
    if (range.bottom > range.top || range.right > range.left) this.merges.push(range);
  }

  height(row: number, height: number): void {
    this.rows.push({ row, height });
  }
}

/** Rows a wrapped text needs in a column `width` character units wide (about 1.1 characters per unit). */
export function wrappedLines(text: string, width: number): number {
  const perLine = Math.max(1, Math.floor(width * 1.1));
  let lines = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    const length = (end < 0 ? text.length : end) - start;
    lines += length <= perLine ? 1 : Math.ceil(length / perLine);
    if (end < 0) return lines;
    start = end + 1;
  }
}
