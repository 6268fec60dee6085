// The key column ("Mã NV") of the plan sheet: a narrow owned column right of the status columns, holding each task's
// key on its first row. Rewritten from the keys read back on every run, so a key never changes once written; the
// marker over it moves with the cells when staff insert or delete rows, and a sort carries the values with the rows.
import type { CellRange } from "../grid/Grid";
import type { MarkerName, SheetPatch } from "../patch/WorkbookPatch";
import type { OwnedLayout } from "../report/findOwnedLayout";
import { MARKER } from "../report/markers";
import { UI_COLORS } from "../report/palette";
import { reportFont } from "../report/reportFont";
import type { ReportContext } from "../report/ReportContext";
import { SheetWriter } from "../report/SheetWriter";

/** The column's header, in Vietnamese whatever the interface language: forms and the history sheet use it too. */
export const KEY_HEADER = "Mã NV";
export const KEY_WIDTH = 9;

const BORDER = { style: "thin", color: UI_COLORS.border } as const;

/** Adds the key column's cells, width and marker to the plan sheet's patch (the first sheet of `sheets`). */
export function addKeyColumn(ctx: ReportContext, layout: OwnedLayout, sheet: SheetPatch, names: MarkerName[]): void {
  const { styles, plan, keys } = ctx;
  const w = new SheetWriter();
  const headerStyle = styles.use("plan.keyHeader", {
    font: reportFont(12, { bold: true, color: UI_COLORS.headerText }),
    fill: UI_COLORS.headerFill,
    border: BORDER,
    alignment: { horizontal: "center", vertical: "middle", wrap: true },
  });
  const keyStyle = styles.use("plan.key", {
    font: reportFont(12, { color: "595959" }),
    border: BORDER,
    alignment: { horizontal: "center", vertical: "top" },
  });
  const col = layout.key;
  const range = (top: number, bottom: number): CellRange => ({ top, left: col, bottom, right: col });
  w.putMergedFramed(range(layout.headerTop, layout.headerBottom), KEY_HEADER, headerStyle);
  for (const task of plan.tasks) {
    const key = keys.byTask.get(task.id) ?? null;
    // A key sits on the task's first row only, so a sort of single-row tasks carries it with its row.
    w.put(task.row - 1, col, key, keyStyle);
  }
  sheet.cells.push(...w.cells);
  (sheet.merges ??= []).push(...w.merges);
  (sheet.columns ??= []).push({ col, width: KEY_WIDTH });
  sheet.columns.sort((a, b) => a.col - b.col);
  names.push({ name: MARKER.key, sheet: plan.sheet, range: range(layout.headerTop, layout.lastRow) });
}
