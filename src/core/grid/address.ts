import type { CellRange } from "./Grid";

// A1-style addresses.

export function columnLetter(col: number): string {
  let n = col + 1;
  let s = "";
  while (n > 0) {
    const r = (n - 1) % 26;
    s = String.fromCharCode(65 + r) + s;
    n = Math.floor((n - 1) / 26);
  }
  return s;
}

export function columnIndex(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/** 0-based row and column → "H12". */
export function cellAddress(row: number, col: number): string {
  return `${columnLetter(col)}${row + 1}`;
}

/** Excel's grid: rows 1–1,048,576, columns A–XFD. */
export const GRID_ROWS = 1_048_576;
export const GRID_COLS = 16_384;

/** "H12" or "$H$12" → 0-based { row, col }, or null (also for a cell beyond Excel's grid, "A9999999", "XFE1"). */
export function parseAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d{1,7})$/.exec(address.trim());
  if (!m || !m[1] || !m[2]) return null;
  const row = Number(m[2]) - 1;
  const col = columnIndex(m[1]);
  if (row < 0 || row >= GRID_ROWS || col >= GRID_COLS) return null;
  return { row, col };
}

/**
 * Quotes a sheet name for a reference, always: Tổng hợp → 'Tổng hợp', KH2026 → 'KH2026'. Unquoted, a name that
 * reads as a cell (KH2026, the cell in column KH) or as R1C1 makes the reference mean something else; quotes are
 * valid around every name, in defined names, hyperlinks and chart references alike.
 */
export function quoteSheetName(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "A1:C3", "$A$1:$C$3" or "B2" → 0-based range (corners in any order), or null. */
export function parseRange(ref: string): CellRange | null {
  const [from, to = from] = ref.split(":");
  const a = parseAddress(from ?? "");
  const b = parseAddress(to ?? "");
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}
