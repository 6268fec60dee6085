// The Office.js side of the monthly cycle: the values `collect` accepted written into the plan's progress input
// cells (Range.values, so each cell keeps its own format), in one sync; and the forms opened as new workbooks
// (Excel.createWorkbook takes the .xlsx as base64, ExcelApi 1.8).
import type { PatchValue } from "../core/patch/WorkbookPatch";
import { cellInput } from "./cellInput";
import type { ExcelRun } from "./ExcelSession";

export async function writeValuesInExcel(
  run: ExcelRun,
  sheet: string,
  writes: readonly { row: number; col: number; value: PatchValue }[],
): Promise<void> {
  if (writes.length === 0) return;
  await run(async (ctx) => {
    const ws = ctx.workbook.worksheets.getItem(sheet);
    for (const w of writes) ws.getRangeByIndexes(w.row, w.col, 1, 1).values = [[cellInput(w.value)]];
    await ctx.sync();
  });
}

/** Base64 of bytes, in chunks (String.fromCharCode over a whole form would overflow the call stack). */
export function toBase64(bytes: Uint8Array): string {
  let binary = "";
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
