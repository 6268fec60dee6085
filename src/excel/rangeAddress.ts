// 0-based ranges → the A1 text Office.js methods take ("H5:H40", "H5").
import type { CellRange } from "../core/grid/Grid";
import { cellAddress } from "../core/grid/address";

export function rangeAddress(range: CellRange): string {
  const first = cellAddress(range.top, range.left);
  return range.top === range.bottom && range.left === range.right
    ? first
    : `${first}:${cellAddress(range.bottom, range.right)}`;
}

/** Absolute form for defined names and print settings: "$H$5:$H$40". */
export function absoluteAddress(range: CellRange): string {
  return rangeAddress(range).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
}
