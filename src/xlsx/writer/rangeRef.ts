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
  // Read by hand, without a split and two regular expressions per reference: an edited plan sheet keeps thousands
  // of merges, each read again on every report. Text after a second ":" is ignored, as split(":") did.
  const text = ref.trim();
  const colon = text.indexOf(":");
  let a: Corner | null;
  let b: Corner | null;
  if (colon < 0) a = b = corner(text, 0, text.length);
  else {
    const next = text.indexOf(":", colon + 1);
    a = corner(text, 0, colon);
    b = corner(text, colon + 1, next < 0 ? text.length : next);
  }
  if (!a || !b) return null;
  return {
    top: Math.min(a.row ?? 0, b.row ?? 0),
    left: Math.min(a.col ?? 0, b.col ?? 0),
    bottom: Math.max(a.row ?? 1_048_575, b.row ?? 1_048_575),
    right: Math.max(a.col ?? 16_383, b.col ?? 16_383),
  };
}

interface Corner {
  row?: number;
  col?: number;
}

function isLetter(ch: number): boolean {
  return (ch >= 65 && ch <= 90) || (ch >= 97 && ch <= 122);
}

/** text[start, end) as `$?[A-Za-z]{0,3}$?\d*` with a letter or a digit, or null. */
function corner(text: string, start: number, end: number): Corner | null {
  let i = start;
  if (i < end && text.charCodeAt(i) === 36 /* $ */) i++;
  const lettersStart = i;
  while (i < end && i - lettersStart < 3 && isLetter(text.charCodeAt(i))) i++;
  const lettersEnd = i;
  if (i < end && text.charCodeAt(i) === 36) i++;
  const digitsStart = i;
  while (i < end && text.charCodeAt(i) >= 48 && text.charCodeAt(i) <= 57) i++;
  if (i !== end || (lettersEnd === lettersStart && i === digitsStart)) return null;
  const out: Corner = {};
  if (lettersEnd > lettersStart) out.col = columnIndex(text.slice(lettersStart, lettersEnd));
  if (i > digitsStart) {
    const row = Number(text.slice(digitsStart, i)) - 1;
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
