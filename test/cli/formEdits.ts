// What a unit does to its form before sending it back, done on the .xlsx the way Excel or LibreOffice would leave it.
import { readFileSync, writeFileSync } from "fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import type { CellValue } from "../../src/core/grid/Grid";
import type { PatchValue } from "../../src/core/patch/WorkbookPatch";
import { readXlsx } from "../../src/xlsx/readXlsx";
import { setCellValues } from "../../src/xlsx/writer/setCellValues";

/** What a unit does in Excel: types into the unlocked input cells of its form, found by key. */
export function fill(form: string, out: string, byKey: Record<string, Partial<Record<"status" | "percent" | "date" | "result", PatchValue>>>): string {
  const files = unzipSync(new Uint8Array(readFileSync(form)));
  const part = "xl/worksheets/sheet1.xml";
  const protectedXml = strFromU8(files[part] as Uint8Array);
  files[part] = strToU8(protectedXml.replace(/<sheetProtection[^>]*\/>/, ""));
  const open = zipSync(files);
  const grid = readXlsx(open).sheets[0];
  const writes: { row: number; col: number; value: PatchValue }[] = [];
  const COL = { status: 6, percent: 7, date: 8, result: 9 } as const;
  grid?.values.forEach((row: CellValue[], r: number) => {
    const values = byKey[String(row[1] ?? "")];
    if (!values) return;
    for (const [k, v] of Object.entries(values)) writes.push({ row: r, col: COL[k as keyof typeof COL], value: v ?? null });
  });
  const filled = unzipSync(setCellValues(open, "Phiếu báo cáo", writes));
  filled[part] = strToU8(strFromU8(filled[part] as Uint8Array).replace("</sheetData>", '</sheetData><sheetProtection sheet="1" objects="1" scenarios="1"/>'));
  writeFileSync(out, zipSync(filled));
  return out;
}

/** Rewrites the form's task rows (from row 11) through `transform`: a unit sorting its rows or losing a column. */
export function rewriteRows(form: string, out: string, transform: (rows: CellValue[][]) => CellValue[][]): string {
  const files = unzipSync(new Uint8Array(readFileSync(form)));
  const part = "xl/worksheets/sheet1.xml";
  files[part] = strToU8(strFromU8(files[part] as Uint8Array).replace(/<sheetProtection[^>]*\/>/, ""));
  const open = zipSync(files);
  const values = readXlsx(open).sheets[0]?.values ?? [];
  let end = 10;
  while (String(values[end]?.[1] ?? "").startsWith("NV-")) end++;
  const rows = transform(values.slice(10, end).map((r) => Array.from({ length: 12 }, (_, c) => r[c] ?? null)));
  const writes = rows.flatMap((r, i) => r.map((value, col) => ({ row: 10 + i, col, value })));
  writeFileSync(out, setCellValues(open, "Phiếu báo cáo", writes));
  return out;
}


