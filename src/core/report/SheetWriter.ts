// Collects one sheet's writes (cells, merges, sizes) in order, so the sheet builders read top to bottom.
import type { CellRange } from "../grid/Grid";
import type { CellStyle, CellWrite, PatchValue } from "../patch/WorkbookPatch";

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

/**
 * Sets heights for the rows whose wrapped text needs more than one line, where no height was set explicitly.
 * Hosts do not refit rows on their own (LibreOffice keeps the default height of a row written without one,
 * and so may Excel), so a long unit name would spill over the row below.
 */
export function fitRowHeights(
  w: SheetWriter,
  columns: readonly { col: number; width: number }[],
  styles: Record<string, CellStyle>,
  lineHeight: number,
  defaultWidth = 9,
): void {
  const widths = new Map(columns.map((c) => [c.col, c.width]));
  const widthOf = (col: number) => widths.get(col) ?? defaultWidth;
  const explicit = new Set(w.rows.map((r) => r.row));
  // A merge within one row wraps across its whole width; a merge over several rows shares their height: skipped.
  const spans = new Map<string, number>();
  const tall = new Set<string>();
  for (const m of w.merges) {
    const key = `${m.top},${m.left}`;
    if (m.bottom > m.top) tall.add(key);
    let width = 0;
    for (let c = m.left; c <= m.right; c++) width += widthOf(c);
    spans.set(key, width);
  }
  const need = new Map<number, number>();
  for (const cell of w.cells) {
    if (explicit.has(cell.row) || cell.style === undefined || styles[cell.style]?.alignment?.wrap !== true) continue;
    const text = typeof cell.value === "string" ? cell.value : isLink(cell.value) ? cell.value.text : null;
    if (text === null || text === "") continue;
    const key = `${cell.row},${cell.col}`;
    if (tall.has(key)) continue;
    // Sans-serif and bold text runs wider than the Times New Roman the estimate was tuned on: allow a tenth more.
    const lines = wrappedLines(text, (spans.get(key) ?? widthOf(cell.col)) * 0.9);
    if (lines > (need.get(cell.row) ?? 1)) need.set(cell.row, lines);
  }
  for (const [row, lines] of [...need].sort((a, b) => a[0] - b[0])) w.height(row, lines * lineHeight + 4);
}

function isLink(value: PatchValue): value is { link: { sheet: string; cell: string }; text: string } {
  return typeof value === "object" && value !== null && "link" in value;
}
