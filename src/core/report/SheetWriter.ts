// Collects one sheet's writes (cells, merges, sizes) in order, so the sheet builders read top to bottom.
import { GRID_COLS } from "../grid/address";
import type { CellRange } from "../grid/Grid";
import type { CellStyle, CellWrite, PatchValue } from "../patch/WorkbookPatch";
import { BODY_SIZE, charsPerUnit, lineHeight as fontLineHeight } from "./reportFont";

/**
 * The tallest row Excel accepts, in points ("Excel specifications and limits": row height 409 points; Office.js
 * refuses a larger `format.rowHeight`). A longer text keeps wrapping inside the capped row.
 */
export const MAX_ROW_HEIGHT = 409;

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

  /** Sets a row's height in points, capped at Excel's limit. */
  height(row: number, height: number): void {
    this.rows.push({ row, height: Math.min(height, MAX_ROW_HEIGHT) });
  }
}

/**
 * Lines a wrapped text needs in a column `width` character units wide, at `perUnit` characters per unit
 * (reportFont's charsPerUnit). Words are laid out greedily as hosts do, so a line ends short where the next word does
 * not fit ("Sở Kế hoạch và Đầu tư → Sở Tài chính (từ 01/03/2025)" needs two lines where its length alone said one);
 * a word longer than a line is broken.
 */
export function wrappedLines(text: string, width: number, perUnit = charsPerUnit()): number {
  const perLine = Math.max(1, Math.floor(width * perUnit));
  let lines = 0;
  let start = 0;
  for (;;) {
    const end = text.indexOf("\n", start);
    const stop = end < 0 ? text.length : end;
    lines += stop - start <= perLine ? 1 : paragraphLines(text, start, stop, perLine);
    if (end < 0) return lines;
    start = end + 1;
  }
}

/** Greedy word wrap of text[start, stop) into lines of `perLine` characters. */
function paragraphLines(text: string, start: number, stop: number, perLine: number): number {
  let lines = 1;
  let used = 0;
  let i = start;
  while (i < stop) {
    let j = text.indexOf(" ", i);
    if (j < 0 || j > stop) j = stop;
    let word = j - i;
    if (word > 0) {
      const need = used === 0 ? word : used + 1 + word;
      if (need <= perLine) used = need;
      else {
        if (used > 0) lines++;
        // A word longer than a line is broken over as many as it needs.
        while (word > perLine) {
          lines++;
          word -= perLine;
        }
        used = word;
      }
    }
    i = j + 1;
  }
  return lines;
}

/**
 * Sets heights for the rows whose wrapped text needs more than one line, where no height was set explicitly.
 * Hosts do not refit rows on their own (LibreOffice keeps the default height of a row written without one,
 * and so may Excel), so a long unit name would spill over the row below. Each cell is measured in its own style's
 * font size and weight (Times New Roman, reportFont); `lineHeight` is the points per line of a style without a size.
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
  // Keyed by one number per cell: a string key per cell written was most of this function's time on a large plan.
  const spans = new Map<number, number>();
  const tall = new Set<number>();
  for (const m of w.merges) {
    const key = m.top * GRID_COLS + m.left;
    if (m.bottom > m.top) tall.add(key);
    let width = 0;
    for (let c = m.left; c <= m.right; c++) width += widthOf(c);
    spans.set(key, width);
  }
  // Per style: characters per width unit and points per line, worked out once.
  const metrics = new Map<string, { perUnit: number; line: number } | null>();
  const metricsOf = (key: string) => {
    let m = metrics.get(key);
    if (m === undefined) {
      const style = styles[key];
      const size = style?.font?.size;
      m =
        style?.alignment?.wrap !== true
          ? null
          : { perUnit: charsPerUnit(size ?? BODY_SIZE, style.font?.bold === true), line: size === undefined ? lineHeight : fontLineHeight(size) };
      metrics.set(key, m);
    }
    return m;
  };
  const need = new Map<number, number>();
  for (const cell of w.cells) {
    if (explicit.has(cell.row) || cell.style === undefined) continue;
    const m = metricsOf(cell.style);
    if (m === null) continue;
    const text = typeof cell.value === "string" ? cell.value : isLink(cell.value) ? cell.value.text : null;
    if (text === null || text === "") continue;
    const key = cell.row * GRID_COLS + cell.col;
    if (tall.has(key)) continue;
    const lines = wrappedLines(text, spans.get(key) ?? widthOf(cell.col), m.perUnit);
    if (lines < 2) continue;
    const height = lines * m.line + 4;
    if (height > (need.get(cell.row) ?? 0)) need.set(cell.row, height);
  }
  for (const [row, height] of [...need].sort((a, b) => a[0] - b[0])) w.height(row, height);
}

function isLink(value: PatchValue): value is { link: { sheet: string; cell: string }; text: string } {
  return typeof value === "object" && value !== null && "link" in value;
}
