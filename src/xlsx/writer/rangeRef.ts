// A1 references of ranges and of space-separated range lists (sqref), and how ranges relate.
import type { CellRange } from "../../core/grid/Grid";
import { cellAddress, columnIndex } from "../../core/grid/address";

export function rangeRef(range: CellRange): string {
  const a = cellAddress(range.top, range.left);
  const b = cellAddress(range.bottom, range.right);
  return a === b ? a : `${a}:${b}`;
}

/** "H9", "$H$9", "H9:H20", "H:H", "9:9" → a range (whole columns/rows spanning the sheet), or null. */
export function parseRangeRef(ref: string): CellRange | null {
  const [first = "", second = first] = ref.trim().split(":");
  const a = corner(first);
  const b = corner(second);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row ?? 0, b.row ?? 0),
    left: Math.min(a.col ?? 0, b.col ?? 0),
    bottom: Math.max(a.row ?? 1_048_575, b.row ?? 1_048_575),
    right: Math.max(a.col ?? 16_383, b.col ?? 16_383),
  };
}

function corner(text: string): { row?: number; col?: number } | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)$/.exec(text);
  if (!m || (m[1] === "" && m[2] === "")) return null;
  const out: { row?: number; col?: number } = {};
  if (m[1]) out.col = columnIndex(m[1]);
  if (m[2]) {
    const row = Number(m[2]) - 1;
    if (row < 0) return null;
    out.row = row;
  }
  return out;
}

export function parseSqref(sqref: string): (CellRange | null)[] {
  return sqref.trim().split(/\s+/).filter((s) => s !== "").map(parseRangeRef);
}

export function contains(outer: CellRange, inner: CellRange): boolean {
  return inner.top >= outer.top && inner.bottom <= outer.bottom && inner.left >= outer.left && inner.right <= outer.right;
}

export function intersects(a: CellRange, b: CellRange): boolean {
  return a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
}

export function insideAny(ranges: readonly CellRange[], inner: CellRange): boolean {
  return ranges.some((r) => contains(r, inner));
}

/** "'Kế hoạch'!$A$9" for a hyperlink location or a chart reference. */
export function absoluteRef(range: CellRange): string {
  const a = `$${cellAddress(range.top, range.left).replace(/(\d+)$/, "$$$1")}`;
  const b = `$${cellAddress(range.bottom, range.right).replace(/(\d+)$/, "$$$1")}`;
  return a === b ? a : `${a}:${b}`;
}
