// The Office.js side of the monthly cycle: the values `collect` accepted written into the plan's progress input
// cells (Range.values, so each cell keeps its own format), in one sync; and the forms opened as new workbooks
// (Excel.createWorkbook takes the .xlsx as base64, ExcelApi 1.8).
import type { PatchValue } from "../core/patch/WorkbookPatch";
import { cellInput } from "./cellInput";

/** Queues the writes on the context; the caller syncs (with its timeout). */
export function writeValuesInExcel(
  ctx: Excel.RequestContext,
  sheet: string,
  writes: readonly { row: number; col: number; value: PatchValue }[],
  date1904: boolean,
): void {
  const ws = ctx.workbook.worksheets.getItem(sheet);
  for (const w of writes) ws.getRangeByIndexes(w.row, w.col, 1, 1).values = [[cellInput(w.value, date1904)]];
}

/** Base64 of bytes, in chunks (String.fromCharCode over a whole form would overflow the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
