// The staff's plan sheet, in "update" mode: only plan-tracker's own columns right of the table are written —
// status in words on its colour, the due date judged, days left — plus a legend below the tasks in the status
// column, and, once, the input columns a plan without progress columns needs. The previous extent is emptied first so a shrinking plan leaves nothing stale.
import type { CellRange } from "../grid/Grid";
import type { ConditionalFormat, DataValidation, MarkerName, SheetPatch } from "../patch/WorkbookPatch";
import type { OwnedLayout } from "./findOwnedLayout";
import { LEGEND_ROWS } from "./findOwnedLayout";
import { INPUT_COLUMNS } from "./inputColumns";
import { MARKER } from "./markers";
import { PRINT_VIEW_NAME, printViewRange } from "./printView";
import { STATUS_ORDER, UI_COLORS } from "./palette";
import { reportFont } from "./reportFont";
import type { ReportContext } from "./ReportContext";
import { SheetWriter } from "./SheetWriter";
import { statusRuleStyle, statusStyleKeys } from "./statusStyles";
import { DONE_CODES } from "./summarizeStatuses";

const BORDER = { style: "thin", color: UI_COLORS.border } as const;

/** The dates "Ngày hoàn thành" accepts: any plausible completion date, representable in both date systems. */
export const COMPLETED_ON_MIN = "2000-01-01";
export const COMPLETED_ON_MAX = "2100-12-31";

export interface PlanSheetResult {
  sheets: SheetPatch[];
  names: MarkerName[];
}

function column(col: number, top: number, bottom: number): CellRange {
  return { top, left: col, bottom, right: col };
}

export function planSheetPatch(ctx: ReportContext, layout: OwnedLayout): PlanSheetResult {
  const { plan, text, styles } = ctx;
  const w = new SheetWriter();
  const { headerTop, headerBottom, firstDataRow, lastRow } = layout;

  // Times New Roman 12, the staff's own table font in the Sở's workbooks (reportFont).
  const headerStyle = styles.use("plan.ownedHeader", {
    font: reportFont(12, { bold: true, color: UI_COLORS.headerText }),
    fill: UI_COLORS.headerFill,
    border: BORDER,
    alignment: { horizontal: "center", vertical: "middle", wrap: true },
  });
  const dueStyle = styles.use("plan.due", {
    font: reportFont(),
    numberFormat: "dd/mm/yyyy",
    border: BORDER,
    alignment: { horizontal: "center", vertical: "middle" },
  });
  const daysStyle = styles.use("plan.daysLeft", {
    font: reportFont(),
    numberFormat: "0",
    border: BORDER,
    alignment: { horizontal: "center", vertical: "middle" },
  });
  const header = (col: number, label: string, style: string) =>
    w.putMergedFramed({ top: headerTop, left: col, bottom: headerBottom, right: col }, label, style);

  header(layout.status, text.owned.status, headerStyle);
  header(layout.due, text.owned.due, headerStyle);
  header(layout.daysLeft, text.owned.daysLeft, headerStyle);

  const statusKeys = statusStyleKeys(styles, "plan.status", reportFont());
  for (const { task, status } of ctx.views) {
    const top = task.row - 1;
    const bottom = Math.max(top, task.lastRow - 1);
    // A Word-pasted task spans several rows: its status sits on its first row, merged over the rest.
    const cell = (col: number, value: Parameters<SheetWriter["put"]>[2], style: string) =>
      bottom > top ? w.putMergedFramed(column(col, top, bottom), value, style) : w.put(top, col, value, style);
    cell(layout.status, ctx.label(status.code), statusKeys[status.code]);
    cell(layout.due, status.due !== undefined ? { date: status.due } : null, dueStyle);
    const showDays = status.daysLeft !== undefined && !DONE_CODES.has(status.code) && status.code !== "paused";
    cell(layout.daysLeft, showDays ? (status.daysLeft ?? null) : null, daysStyle);
  }

  // The colour follows the words: a status typed over by hand is repainted by the rule for that word.
  const conditionalFormats: ConditionalFormat[] = [
    {
      range: column(layout.status, firstDataRow, lastRow),
      rules: STATUS_ORDER.map((code) => ({ kind: "equals" as const, text: ctx.label(code), style: statusRuleStyle(styles, code) })),
    },
  ];

  // Legend: each status word on its own colour, in the status column below the tasks, one line each (findOwnedLayout).
  const legend = layout.legend;
  w.put(legend.top, legend.col, text.owned.legend, headerStyle);
  STATUS_ORDER.forEach((code, i) => w.put(legend.top + 1 + i, legend.col, ctx.label(code), statusKeys[code]));

  const columns = [
    { col: layout.status, width: 25 },
    { col: layout.due, width: 12 },
    { col: layout.daysLeft, width: 10 },
  ];
  const dataValidations: DataValidation[] = [];
  const names: MarkerName[] = [
    { name: MARKER.status, sheet: plan.sheet, range: column(layout.status, headerTop, lastRow) },
    { name: MARKER.due, sheet: plan.sheet, range: column(layout.due, headerTop, lastRow) },
    { name: MARKER.daysLeft, sheet: plan.sheet, range: column(layout.daysLeft, headerTop, lastRow) },
    { name: MARKER.legend, sheet: plan.sheet, range: column(legend.col, legend.top, legend.top + LEGEND_ROWS - 1) },
    { name: PRINT_VIEW_NAME, sheet: plan.sheet, range: printViewRange(plan, layout, ctx.input.snapshot) },
  ];

  const input = layout.input;
  if (input) {
    // Added once, for the staff to fill in; later runs find them as progress columns and never write them again.
    const inputHeader = styles.use("plan.inputHeader", {
      font: reportFont(12, { bold: true }),
      fill: UI_COLORS.inputHeaderFill,
      border: BORDER,
      alignment: { horizontal: "center", vertical: "middle", wrap: true },
    });
    const inputCell = styles.use("plan.input", { font: reportFont(), border: BORDER, alignment: { vertical: "top", wrap: true } });
    const inputDate = styles.use("plan.inputDate", {
      font: reportFont(),
      numberFormat: "dd/mm/yyyy",
      border: BORDER,
      alignment: { horizontal: "center", vertical: "top" },
    });
    const I = INPUT_COLUMNS;
    header(input.status, I.status.header, inputHeader);
    header(input.percent, I.percent.header, inputHeader);
    header(input.completedOn, I.completedOn.header, inputHeader);
    header(input.result, I.result.header, inputHeader);
    for (const task of plan.tasks) {
      const top = task.row - 1;
      const bottom = Math.max(top, task.lastRow - 1);
      for (const col of [input.status, input.percent, input.completedOn, input.result]) {
        w.putMergedFramed(column(col, top, bottom), null, col === input.completedOn ? inputDate : inputCell);
      }
    }
    dataValidations.push(
      {
        range: column(input.status, firstDataRow, lastRow),
        kind: "list",
        values: [...I.status.values],
        prompt: { title: I.status.header, text: I.status.prompt },
        error: { title: I.errorTitle, text: I.status.error },
      },
      {
        range: column(input.percent, firstDataRow, lastRow),
        kind: "whole",
        min: 0,
        max: 100,
        prompt: { title: I.percent.header, text: I.percent.prompt },
        error: { title: I.errorTitle, text: I.percent.error },
      },
      {
        range: column(input.completedOn, firstDataRow, lastRow),
        kind: "date",
        // Both bounds, the same on every host (Excel's date validation takes none without the other).
        min: COMPLETED_ON_MIN,
        max: COMPLETED_ON_MAX,
        prompt: { title: I.completedOn.header, text: I.completedOn.prompt },
        error: { title: I.errorTitle, text: I.completedOn.error },
      },
    );
    columns.unshift(
      { col: input.status, width: I.status.width },
      { col: input.percent, width: I.percent.width },
      { col: input.completedOn, width: I.completedOn.width },
      { col: input.result, width: I.result.width },
    );
    names.push({
      name: MARKER.input,
      sheet: plan.sheet,
      range: { top: headerTop, left: input.status, bottom: lastRow, right: input.result },
    });
  }

  const sheets: SheetPatch[] = [];
  const here = layout.clear.filter((m) => m.sheet.normalize("NFC") === plan.sheet.normalize("NFC")).map((m) => m.range);
  sheets.push({
    name: plan.sheet,
    mode: "update",
    clear: here,
    cells: w.cells,
    merges: w.merges,
    columns: columns.sort((a, b) => a.col - b.col),
    conditionalFormats,
    dataValidations,
  });
  // The plan moved to another sheet: empty what an earlier run wrote on the old one.
  const elsewhere = new Map<string, CellRange[]>();
  for (const m of layout.clear) {
    if (m.sheet.normalize("NFC") === plan.sheet.normalize("NFC")) continue;
    elsewhere.set(m.sheet, [...(elsewhere.get(m.sheet) ?? []), m.range]);
  }
  for (const [name, clear] of elsewhere) sheets.push({ name, mode: "update", clear, cells: [] });
  return { sheets, names };
}
