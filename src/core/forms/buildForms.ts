// One form per lead unit for the reporting period: a header in the Nghị định 30 style (issuing body, the plan, the
// period, the date to return it by: the period's cut-off day), the unit's tasks as lead with their key, deadline,
// current status and last reported result, input columns to fill (validated), and below, read only, the tasks it
// coordinates. Built as a WorkbookPatch for a new workbook (src/xlsx/writer/newWorkbook.ts writes it) plus what the
// patch cannot say: the cells left unlocked on a sheet protected without a password.
import type { CellRange } from "../grid/Grid";
import type { DataValidation, SheetPatch, WorkbookPatch } from "../patch/WorkbookPatch";
import { INPUT_COLUMNS } from "../report/inputColumns";
import { UI_COLORS } from "../report/palette";
import { reportFont } from "../report/reportFont";
import type { ReportContext } from "../report/ReportContext";
import { fitRowHeights, SheetWriter } from "../report/SheetWriter";
import { lineHeight } from "../report/reportFont";
import type { TaskView } from "../report/TaskView";
import { periodLabel } from "../history/HistoryRow";
import { latestResults } from "./latestResults";
import { COORDINATED_HEADING, FORM_COLUMNS, FORM_INFO_SHEET, FORM_MARK, FORM_SHEET, planIdentity } from "./formLayout";
import { unitShortName } from "./unitShortName";
import { currentUnitName } from "../history/currentUnitName";

export interface UnitForm {
  unitKey: string;
  unitName: string;
  /** "So-Tai-chinh.T11-2026.xlsx". */
  fileName: string;
  leadTasks: number;
  patch: WorkbookPatch;
  /** Sheet to protect, and the ranges left editable on it. */
  protect: { sheet: string; unlocked: CellRange[] };
}

const BORDER = { style: "thin", color: UI_COLORS.border } as const;
const WIDTHS = [5, 9, 45, 14, 18, 30, 16, 10, 14, 35, 30, 30];
const LAST = WIDTHS.length - 1;

/** The units that lead at least one task, in plan order of their first task. */
export function leadUnits(ctx: ReportContext): { key: string; name: string; display: string; views: TaskView[] }[] {
  const byKey = new Map<string, { key: string; name: string; display: string; views: TaskView[] }>();
  for (const v of ctx.views) {
    for (const u of v.leads) {
      if (u.key === "") continue;
      let entry = byKey.get(u.key);
      if (!entry) byKey.set(u.key, (entry = { key: u.key, name: u.name, display: u.display, views: [] }));
      entry.views.push(v);
    }
  }
  return [...byKey.values()];
}

export function buildForms(ctx: ReportContext): UnitForm[] {
  const units = leadUnits(ctx);
  const last = latestResults(ctx);
  const planId = planIdentity(ctx.plan.sheet, ctx.planName);
  const period = periodLabel(ctx.period.year, ctx.period.month);
  const usedNames = new Set<string>();
  return units.map((unit) => {
    const coordinated = ctx.views.filter(
      (v) => !v.leads.some((l) => l.key === unit.key) && v.task.coordinating.some((r) => ctx.units.identify(r)?.key === unit.key),
    );
    let base = `${unitShortName(unit.name)}.T${ctx.period.month}-${ctx.period.year}`;
    for (let n = 2; usedNames.has(base.toLowerCase()); n++) base = `${unitShortName(unit.name)}-${n}.T${ctx.period.month}-${ctx.period.year}`;
    usedNames.add(base.toLowerCase());
    const { sheet, unlocked } = formSheet(ctx, currentUnitName(ctx, unit), unit.views, coordinated, last);
    const info: SheetPatch = {
      name: FORM_INFO_SHEET,
      mode: "replace",
      hidden: true,
      cells: [
        [FORM_MARK, "1"],
        ["plan", planId],
        ["period", period],
        ["unitKey", unit.key],
        ["unitName", unit.name],
        ["reportDate", ctx.settings.reportDate],
      ].flatMap(([k, v], row) => [
        { row, col: 0, value: k ?? "" },
        { row, col: 1, value: v ?? "" },
      ]),
    };
    return {
      unitKey: unit.key,
      unitName: unit.name,
      fileName: `${base}.xlsx`,
      leadTasks: unit.views.length,
      patch: { styles: ctx.styles.styles, sheets: [sheet, info], names: [], activate: FORM_SHEET },
      protect: { sheet: FORM_SHEET, unlocked },
    };
  });
}

function formSheet(
  ctx: ReportContext,
  unitName: string,
  lead: TaskView[],
  coordinated: TaskView[],
  last: ReadonlyMap<string, string>,
): { sheet: SheetPatch; unlocked: CellRange[] } {
  const { styles, issuer, period } = ctx;
  const w = new SheetWriter();
  const center = styles.use("form.center", { font: reportFont(12), alignment: { horizontal: "center", vertical: "middle" } });
  const centerBold = styles.use("form.centerBold", { font: reportFont(12, { bold: true }), alignment: { horizontal: "center", vertical: "middle" } });
  const title = styles.use("form.title", { font: reportFont(14, { bold: true }), alignment: { horizontal: "center", vertical: "middle", wrap: true } });
  const line = styles.use("form.line", { font: reportFont(12), alignment: { horizontal: "left", vertical: "middle", wrap: true } });
  const lineBold = styles.use("form.lineBold", { font: reportFont(12, { bold: true }), alignment: { horizontal: "left", vertical: "middle" } });
  const th = styles.use("form.th", {
    font: reportFont(12, { bold: true, color: UI_COLORS.headerText }),
    fill: UI_COLORS.headerFill,
    border: BORDER,
    alignment: { horizontal: "center", vertical: "middle", wrap: true },
  });
  const thInput = styles.use("form.thInput", {
    font: reportFont(12, { bold: true }),
    fill: UI_COLORS.inputHeaderFill,
    border: BORDER,
    alignment: { horizontal: "center", vertical: "middle", wrap: true },
  });
  const cell = styles.use("form.cell", { font: reportFont(12), border: BORDER, alignment: { vertical: "top", wrap: true } });
  const cellCenter = styles.use("form.cellCenter", { font: reportFont(12), border: BORDER, alignment: { horizontal: "center", vertical: "top", wrap: true } });
  const input = styles.use("form.input", { font: reportFont(12), fill: "FFFFF2", border: BORDER, alignment: { vertical: "top", wrap: true } });
  const inputDate = styles.use("form.inputDate", {
    font: reportFont(12),
    fill: "FFFFF2",
    border: BORDER,
    numberFormat: "dd/mm/yyyy",
    alignment: { horizontal: "center", vertical: "top" },
  });

  const span = (row: number, left: number, right: number, value: string, style: string) =>
    w.putMerged({ top: row, left, bottom: row, right }, value, style);
  span(0, 0, 2, issuer.parent, center);
  span(0, 3, LAST, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", centerBold);
  span(1, 0, 2, issuer.body, centerBold);
  span(1, 3, LAST, "Độc lập - Tự do - Hạnh phúc", centerBold);
  span(3, 0, LAST, "PHIẾU BÁO CÁO TIẾN ĐỘ THỰC HIỆN NHIỆM VỤ", title);
  span(4, 0, LAST, ctx.planName, title);
  w.height(4, 36);
  span(5, 0, LAST, `Đơn vị báo cáo: ${unitName}`, lineBold);
  span(6, 0, LAST, `Kỳ báo cáo: tháng ${period.month}/${period.year} (từ ngày ${ctx.date(period.start)} đến ngày ${ctx.date(period.end)})`, line);
  span(7, 0, LAST, `Đề nghị đơn vị điền các cột tô màu và gửi lại phiếu trước ngày ${ctx.date(period.end)}. Không sửa cột Mã NV.`, line);

  const C = FORM_COLUMNS;
  const headers = [C.number, C.key, C.title, C.deadline, C.status, C.lastResult, C.inputStatus, C.percent, C.completedOn, C.result, C.difficulties, C.proposals];
  const headerRow = 9;
  headers.forEach((h, c) => w.put(headerRow, c, h, c >= 6 ? thInput : th));
  w.height(headerRow, 48);
  let row = headerRow + 1;
  const first = row;
  for (const v of lead) {
    const key = ctx.keys.byTask.get(v.task.id) ?? "";
    const p = v.task.progress;
    w.put(row, 0, v.task.number, cellCenter);
    w.put(row, 1, key, cellCenter);
    w.put(row, 2, v.task.title, cell);
    w.put(row, 3, v.status.due ? ctx.date(v.status.due) : v.task.timeframe.text, cellCenter);
    w.put(row, 4, ctx.label(v.status.code), cell);
    w.put(row, 5, last.get(key) ?? p?.result ?? null, cell);
    // The unit's answer starts from what the plan holds, so an unchanged task needs no typing.
    w.put(row, 6, p?.state ? stateWord(p.state) : null, input);
    w.put(row, 7, p?.percent ?? null, input);
    w.put(row, 8, p?.completedOn ? { date: p.completedOn } : null, inputDate);
    w.put(row, 9, p?.result ?? null, input);
    w.put(row, 10, null, input);
    w.put(row, 11, null, input);
    row++;
  }
  const lastRow = Math.max(first, row - 1);
  const unlocked: CellRange[] = lead.length > 0 ? [{ top: first, left: 6, bottom: lastRow, right: 11 }] : [];
  const col = (c: number): CellRange => ({ top: first, left: c, bottom: lastRow, right: c });
  const I = INPUT_COLUMNS;
  const dataValidations: DataValidation[] =
    lead.length === 0
      ? []
      : [
          { range: col(6), kind: "list", values: [...I.status.values], prompt: { title: I.status.header, text: I.status.prompt }, error: { title: I.errorTitle, text: I.status.error } },
          { range: col(7), kind: "whole", min: 0, max: 100, prompt: { title: I.percent.header, text: I.percent.prompt }, error: { title: I.errorTitle, text: I.percent.error } },
          { range: col(8), kind: "date", prompt: { title: I.completedOn.header, text: I.completedOn.prompt }, error: { title: I.errorTitle, text: I.completedOn.error } },
        ];

  if (coordinated.length > 0) {
    row++;
    span(row++, 0, LAST, COORDINATED_HEADING, lineBold);
    [C.number, C.key, C.title, C.deadline, C.status, "Đơn vị chủ trì"].forEach((h, c) => w.put(row, c, h, th));
    row++;
    for (const v of coordinated) {
      w.put(row, 0, v.task.number, cellCenter);
      w.put(row, 1, ctx.keys.byTask.get(v.task.id) ?? "", cellCenter);
      w.put(row, 2, v.task.title, cell);
      w.put(row, 3, v.status.due ? ctx.date(v.status.due) : v.task.timeframe.text, cellCenter);
      w.put(row, 4, ctx.label(v.status.code), cell);
      w.put(row, 5, v.leadNames, cell);
      row++;
    }
  }
  const columns = WIDTHS.map((width, c) => ({ col: c, width }));
  // Each row as tall as its longest wrapped text (the task titles run to several lines).
  fitRowHeights(w, columns, styles.styles, lineHeight(12));
  return {
    sheet: {
      name: FORM_SHEET,
      mode: "replace",
      cells: w.cells,
      merges: w.merges,
      rows: w.rows,
      columns,
      dataValidations,
      freeze: { rows: headerRow + 1, cols: 0 },
      gridlines: false,
      pageSetup: { orientation: "landscape", paper: "A4", fitToWidth: 1, fitToHeight: 0, printTitleRows: { first: headerRow, last: headerRow } },
    },
    unlocked,
  };
}

/** The status word of the input list (INPUT_COLUMNS.status.values) for a state. */
export function stateWord(state: "not_started" | "in_progress" | "done" | "paused"): string {
  const [notStarted, inProgress, done, paused] = INPUT_COLUMNS.status.values;
  return { not_started: notStarted, in_progress: inProgress, done, paused }[state];
}
