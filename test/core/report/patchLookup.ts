// Reading a built patch in tests: a sheet by name, a cell's value, the text of a value.
import type { CellWrite, PatchValue, SheetPatch, WorkbookPatch } from "../../../src/core/patch/WorkbookPatch";

export function sheetOf(patch: WorkbookPatch, name: string): SheetPatch {
  const found = patch.sheets.find((s) => s.name === name);
  if (!found) throw new Error(`no sheet ${name} in patch: ${patch.sheets.map((s) => s.name).join(", ")}`);
  return found;
}

export function cellAt(sheet: SheetPatch, row: number, col: number): CellWrite | undefined {
  return sheet.cells.find((c) => c.row === row && c.col === col);
}

export function textOf(value: PatchValue | undefined): string {
  if (value === null || value === undefined) return "";
  if (typeof value !== "object") return String(value);
  if ("text" in value) return value.text;
  if ("date" in value) return value.date;
  return value.formula;
}

/** Texts of a sheet's rows, in row order, each row's cells joined by " | ". */
export function rowTexts(sheet: SheetPatch): { row: number; text: string }[] {
  const byRow = new Map<number, CellWrite[]>();
  for (const c of sheet.cells) byRow.set(c.row, [...(byRow.get(c.row) ?? []), c]);
  return [...byRow.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([row, cells]) => ({
      row,
      text: cells
        .sort((a, b) => a.col - b.col)
        .map((c) => textOf(c.value))
        .filter((t) => t !== "")
        .join(" | "),
    }));
}
