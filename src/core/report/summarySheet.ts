// The "Tổng hợp" sheet, rewritten whole each run: counts in the government categories (đã hoàn thành đúng hạn /
// quá hạn / chưa rõ ngày; đang thực hiện trong hạn / quá hạn; sắp đến hạn; chưa đến kỳ; thường xuyên; tạm dừng;
// chưa xác định), the share completed, the load per lead unit with a stacked bar chart and, for hosts that cannot
// draw charts, a data bar of each unit's share done; then the overdue and due-soon tasks linked to their rows.
import { formatVnDate } from "../date/calendar";
import type { StatusCode } from "../model/Status";
import type { ChartSpec, ConditionalFormat, SheetPatch } from "../patch/WorkbookPatch";
import { STATUS_PALETTE, UI_COLORS } from "./palette";
import type { ReportContext } from "./ReportContext";
import { BODY_SIZE, lineHeight, REPORT_FONT, reportFont } from "./reportFont";
import { fitRowHeights, SheetWriter } from "./SheetWriter";
import { statusStyle } from "./statusStyles";
import { summarizeUnits } from "./summarizeStatuses";
import { taskLink } from "./taskLink";
import type { TaskView } from "./TaskView";
import { PRINT_VIEW_NAME } from "./printView";

const BORDER = { style: "thin", color: UI_COLORS.border } as const;
const LAST_COL = 7;
/**
 * The chart fills the empty columns right of the counts table (D:H), level with it: right of the unit table it made
 * the page twice as wide to print, and below it a page break cut it in two.
 */
const CHART_COLS = { left: 3, right: LAST_COL + 1 };

type Listed = TaskView;

/** The share column of a unit that leads nothing. */
export const NOT_APPLICABLE = "–";

/** Overdue or due-soon tasks, the most pressing first (fewest days left), ties in plan order. */
export function pressingTasks(ctx: ReportContext, code: "overdue" | "due_soon"): Listed[] {
  const out: Listed[] = [];
  for (const v of ctx.views) if (v.status.code === code) out.push(v);
  return out.sort((a, b) => (a.status.daysLeft ?? 0) - (b.status.daysLeft ?? 0) || a.task.row - b.task.row);
}

export function summarySheet(ctx: ReportContext, name: string): SheetPatch {
  const { text, styles, counts, plan } = ctx;
  const s = text.summary;
  const w = new SheetWriter();

  // Times New Roman 12 throughout (reportFont), larger only for the title and the section headings.
  const f = (extra: Parameters<typeof reportFont>[1] = {}) => reportFont(BODY_SIZE, extra);
  const title = styles.use("sum.title", {
    font: reportFont(14, { bold: true, color: UI_COLORS.titleText }),
    alignment: { horizontal: "left", vertical: "middle" },
  });
  const subtitle = styles.use("sum.subtitle", { font: f({ italic: true }), alignment: { horizontal: "left", vertical: "top", wrap: true } });
  const heading = styles.use("sum.heading", { font: reportFont(13, { bold: true, color: UI_COLORS.titleText }), alignment: { vertical: "middle" } });
  const th = styles.use("sum.th", {
    font: f({ bold: true, color: UI_COLORS.headerText }),
    fill: UI_COLORS.headerFill,
    border: BORDER,
    alignment: { horizontal: "center", vertical: "middle", wrap: true },
  });
  // Text in a bordered cell keeps a small indent off the border.
  const label = styles.use("sum.label", { font: f(), border: BORDER, alignment: { horizontal: "left", vertical: "middle", wrap: true, indent: 1 } });
  const labelBold = styles.use("sum.labelBold", { font: f({ bold: true }), border: BORDER, alignment: { horizontal: "left", vertical: "middle", wrap: true, indent: 1 } });
  const middle = { horizontal: "center", vertical: "middle" } as const;
  const num = styles.use("sum.num", { font: f(), numberFormat: "0", border: BORDER, alignment: middle });
  const numBold = styles.use("sum.numBold", { font: f({ bold: true }), numberFormat: "0", border: BORDER, alignment: middle });
  const pct = styles.use("sum.pct", { font: f(), numberFormat: "0.0%", border: BORDER, alignment: middle });
  const pctBold = styles.use("sum.pctBold", { font: f({ bold: true }), numberFormat: "0.0%", border: BORDER, alignment: middle });
  const notApplicable = styles.use("sum.na", { font: f({ color: "808080" }), border: BORDER, alignment: middle });
  const date = styles.use("sum.date", { font: f(), numberFormat: "dd/mm/yyyy", border: BORDER, alignment: { horizontal: "center", vertical: "top" } });
  const cellTop = styles.use("sum.cell", { font: f(), border: BORDER, alignment: { horizontal: "left", vertical: "top", wrap: true, indent: 1 } });
  const centerTop = styles.use("sum.center", { font: f(), border: BORDER, alignment: { horizontal: "center", vertical: "top" } });
  const link = styles.use("sum.link", { font: f({ color: "0563C1", underline: true }), border: BORDER, alignment: { horizontal: "left", vertical: "top", wrap: true, indent: 1 } });
  const leadStyle = styles.use("sum.lead", { font: f(), border: BORDER, alignment: { horizontal: "left", vertical: "top", wrap: true, indent: 1 } });

  let r = 0;
  w.putMerged({ top: r, left: 0, bottom: r, right: LAST_COL }, s.title, title);
  w.height(r, lineHeight(14) + 4);
  r++;
  if (ctx.planName !== "") {
    // Height fitted to the wrapped name by fitRowHeights.
    w.putMerged({ top: r, left: 0, bottom: r, right: LAST_COL }, ctx.planName, subtitle);
    r++;
  }
  const note = styles.use("sum.note", { font: f({ italic: true }) });
  w.put(r, 0, text.common.reportDate(formatVnDate(ctx.settings.reportDate)), note);
  r++;
  // The staff's plan prints as before from the name printViewRange sets (their own print settings are never changed).
  w.putMerged({ top: r, left: 0, bottom: r, right: LAST_COL }, s.printHint(PRINT_VIEW_NAME, plan.sheet), styles.use("sum.hint", { font: reportFont(11, { italic: true }), alignment: { vertical: "top", wrap: true } }));
  r += 2;

  // 1. Counts by status.
  const countsTop = r;
  w.put(r++, 0, s.countsHeading, heading);
  w.put(r, 0, s.category, th);
  w.put(r, 1, s.count, th);
  w.put(r, 2, s.share, th);
  r++;
  const total = counts.total;
  const share = (n: number) => (total === 0 ? 0 : n / total);
  const line = (labelText: string, n: number, bold: boolean, code?: StatusCode) => {
    w.put(r, 0, labelText, code ? statusStyle(styles, code, "sum.status", f(), "left") : bold ? labelBold : label);
    w.put(r, 1, n, bold ? numBold : num);
    w.put(r, 2, share(n), bold ? pctBold : pct);
    r++;
  };
  const by = counts.byCode;
  line(s.doneTotal, counts.done, true);
  line(s.doneOnTime, by.done_on_time, false, "done_on_time");
  line(s.doneLate, by.done_late, false, "done_late");
  line(s.doneUndated, by.done, false, "done");
  line(s.inProgressTotal, counts.inProgress, true);
  line(s.inProgressOnTime, by.in_progress, false, "in_progress");
  line(s.inProgressOverdue, by.overdue, false, "overdue");
  line(s.dueSoon, by.due_soon, false, "due_soon");
  line(s.notYetDue, by.not_started_yet, false, "not_started_yet");
  line(s.ongoing, by.ongoing, false, "ongoing");
  line(s.paused, by.paused, false, "paused");
  line(s.unknown, by.unknown, false, "unknown");
  line(s.total, total, true);
  w.put(r, 0, s.completedShare, labelBold);
  w.putMergedFramed({ top: r, left: 1, bottom: r, right: 2 }, counts.completedShare, pctBold);
  const countsBottom = r;
  r += 2;

  // 2. By lead unit.
  const unitRows = summarizeUnits(ctx.views, ctx.units);
  w.put(r++, 0, s.unitsHeading, heading);
  const unitHeader = [s.unit, s.led, s.done, s.inProgress, s.overdue, s.other, s.coordinating, s.doneShare];
  unitHeader.forEach((h, c) => w.put(r, c, h, th));
  r++;
  const firstUnitRow = r;
  // Lead units only ("Theo đơn vị chủ trì"); the units that only coordinate get their own table below.
  const leading = unitRows.filter((u) => u.led > 0);
  for (const u of leading) {
    w.put(r, 0, u.unit.display, label);
    [u.led, u.done, u.inProgress, u.overdue, u.other, u.coordinating].forEach((n, i) => w.put(r, 1 + i, n, num));
    w.put(r, 7, u.done / u.led, pct);
    r++;
  }
  if (leading.length === 0) {
    w.put(r, 0, text.common.none, label);
    for (let c = 1; c <= LAST_COL; c++) w.put(r, c, NOT_APPLICABLE, notApplicable);
    r++;
  }
  const ledRows = leading.length;
  const coordinatingOnly = unitRows.filter((u) => u.led === 0);
  if (coordinatingOnly.length > 0) {
    r++;
    w.putMerged({ top: r, left: 0, bottom: r, right: LAST_COL }, s.coordinatingOnlyHeading, styles.use("sum.subheading", { font: f({ bold: true, italic: true }), alignment: { vertical: "middle" } }));
    r++;
    w.put(r, 0, s.unit, th);
    w.put(r, 1, s.coordinatingTasks, th);
    r++;
    for (const u of coordinatingOnly) {
      w.put(r, 0, u.unit.display, label);
      w.put(r, 1, u.coordinating, num);
      r++;
    }
  }
  const conditionalFormats: ConditionalFormat[] = [];
  const charts: ChartSpec[] = [];
  if (ledRows > 0) {
    const last = firstUnitRow + ledRows - 1;
    conditionalFormats.push({
      range: { top: firstUnitRow, left: 7, bottom: last, right: 7 },
      rules: [{ kind: "dataBar", color: UI_COLORS.dataBar, min: 0, max: 1 }],
    });
    const series = (col: number, seriesName: string, code: StatusCode) => ({
      name: seriesName,
      values: { top: firstUnitRow, left: col, bottom: last, right: col },
      color: STATUS_PALETTE[code].chart,
    });
    charts.push({
      key: "PlanTracker_Chart_StatusByUnit",
      kind: "barStacked",
      title: s.chartTitle,
      categories: { top: firstUnitRow, left: 0, bottom: last, right: 0 },
      series: [
        series(2, s.done, "done_on_time"),
        series(3, s.inProgress, "in_progress"),
        series(4, s.overdue, "overdue"),
        series(5, s.other, "not_started_yet"),
      ],
      anchor: { from: { row: countsTop, col: CHART_COLS.left }, to: { row: countsBottom + 1, col: CHART_COLS.right } },
      font: { name: REPORT_FONT, size: 10 },
    });
  }
  r++;

  // 3–4. The tasks staff must act on, each linked to its row in the plan.
  const list = (headingText: string, items: Listed[], daysHeader: string) => {
    w.put(r++, 0, headingText, heading);
    if (items.length === 0) {
      w.put(r++, 0, text.common.none, styles.use("sum.none", { font: f({ italic: true }) }));
      r++;
      return;
    }
    [text.common.task, text.common.tt, text.common.timeframe, text.common.due, daysHeader].forEach((h, c) => w.put(r, c, h, th));
    // The lead units get the last three columns: a full name does not fit one.
    w.putMergedFramed({ top: r, left: 5, bottom: r, right: LAST_COL }, text.common.lead, th);
    r++;
    for (const { task, status, leadNames } of items) {
      w.put(r, 0, taskLink(plan, task), link);
      w.put(r, 1, task.number, centerTop);
      w.put(r, 2, task.timeframe.text, cellTop);
      w.put(r, 3, status.due !== undefined ? { date: status.due } : null, date);
      const days = status.daysLeft;
      w.put(r, 4, days === undefined ? null : daysHeader === s.daysOverdue ? Math.abs(days) : days, centerTop);
      w.putMergedFramed({ top: r, left: 5, bottom: r, right: LAST_COL }, leadNames, leadStyle);
      r++;
    }
    r++;
  };
  list(s.overdueHeading, pressingTasks(ctx, "overdue"), s.daysOverdue);
  list(s.dueSoonHeading(ctx.settings.dueSoonDays), pressingTasks(ctx, "due_soon"), s.daysLeft);

  const columns = [
    { col: 0, width: 48 },
    { col: 1, width: 11 },
    { col: 2, width: 16 },
    { col: 3, width: 13 },
    { col: 4, width: 12 },
    { col: 5, width: 12 },
    { col: 6, width: 11 },
    { col: 7, width: 14 },
  ];
  fitRowHeights(w, columns, styles.styles, lineHeight(BODY_SIZE));
  return {
    name,
    mode: "replace",
    tabColor: UI_COLORS.summaryTab,
    cells: w.cells,
    merges: w.merges,
    rows: w.rows,
    columns,
    conditionalFormats,
    charts,
    gridlines: false,
    pageSetup: { orientation: "landscape", paper: "A4", fitToWidth: 1, fitToHeight: 0 },
  };
}
