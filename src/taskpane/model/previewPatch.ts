// A patch rendered as a short list before it is written: sheets created or rewritten, the columns added beside the
// staff's table (with the heading written in each), and how many cells change.
import type { WorkbookSnapshot } from "../../core/grid/Grid";
import { columnLetter } from "../../core/grid/address";
import type { WorkbookPatch } from "../../core/patch/WorkbookPatch";

export interface SheetPreview {
  name: string;
  /** create: a new sheet; replace: an owned sheet rewritten whole; update: columns added to a staff sheet. */
  action: "create" | "replace" | "update";
  cells: number;
  /** For "update": the columns written, as "H (Tình trạng)". */
  columns: string[];
}

export interface PatchPreview {
  sheets: SheetPreview[];
  cells: number;
}

export function previewPatch(patch: WorkbookPatch, snapshot: WorkbookSnapshot | null): PatchPreview {
  const existing = new Set((snapshot?.sheets ?? []).map((s) => s.name));
  const sheets = patch.sheets.map((sheet): SheetPreview => {
    const action = sheet.mode === "update" ? "update" : existing.has(sheet.name) ? "replace" : "create";
    const columns: string[] = [];
    if (action === "update") {
      const headings = new Map<number, string>();
      for (const cell of [...sheet.cells].sort((a, b) => a.row - b.row)) {
        if (!headings.has(cell.col)) headings.set(cell.col, "");
        if (headings.get(cell.col) === "" && typeof cell.value === "string" && cell.value.trim() !== "") {
          headings.set(cell.col, cell.value.trim().split("\n")[0] ?? "");
        }
      }
      for (const [col, heading] of [...headings].sort((a, b) => a[0] - b[0])) {
        columns.push(heading === "" ? columnLetter(col) : `${columnLetter(col)} (${heading})`);
      }
    }
    return { name: sheet.name, action, cells: sheet.cells.length, columns };
  });
  return { sheets, cells: sheets.reduce((n, s) => n + s.cells, 0) };
}
