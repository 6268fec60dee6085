// The trend in "Tổng hợp": tasks by status for the last 12 reporting periods recorded in "Lịch sử" (this run's
// included), as a table below the sheet's content and a native stacked column chart beside it.
import type { SheetPatch } from "../patch/WorkbookPatch";
import { STATUS_PALETTE, UI_COLORS } from "../report/palette";
import { REPORT_FONT, reportFont } from "../report/reportFont";
import type { ReportContext } from "../report/ReportContext";
import { DONE_CODES } from "../report/summarizeStatuses";
import { periodIndex, type HistoryRow } from "./HistoryRow";
import { PERIOD_TEXT } from "./periodText";

const PERIODS = 12;
const BORDER = { style: "thin", color: UI_COLORS.border } as const;

export interface TrendPoint {
  period: string;
  done: number;
  inProgress: number;
  overdue: number;
  other: number;
}

export function trendPoints(rows: readonly HistoryRow[]): TrendPoint[] {
  const byPeriod = new Map<string, TrendPoint>();
  for (const r of rows) {
    const p = byPeriod.get(r.period) ?? { period: r.period, done: 0, inProgress: 0, overdue: 0, other: 0 };
    if (DONE_CODES.has(r.code)) p.done++;
    else if (r.code === "in_progress" || r.code === "due_soon") p.inProgress++;
    else if (r.code === "overdue") p.overdue++;
    else p.other++;
    byPeriod.set(r.period, p);
  }
  return [...byPeriod.values()].sort((a, b) => (periodIndex(a.period) ?? 0) - (periodIndex(b.period) ?? 0)).slice(-PERIODS);
}

/** Appends the trend table and chart to the summary sheet's patch. */
export function addTrend(ctx: ReportContext, sheet: SheetPatch, rows: readonly HistoryRow[]): void {
  const T = PERIOD_TEXT[ctx.lang];
  const points = trendPoints(rows);
  if (points.length === 0) return;
  const { styles } = ctx;
  const heading = styles.use("trend.heading", { font: reportFont(13, { bold: true, color: UI_COLORS.titleText }), alignment: { vertical: "middle" } });
  const th = styles.use("trend.th", {
    font: reportFont(12, { bold: true, color: UI_COLORS.headerText }),
    fill: UI_COLORS.headerFill,
    border: BORDER,
    alignment: { horizontal: "center", vertical: "middle", wrap: true },
  });
  const label = styles.use("trend.label", { font: reportFont(12), border: BORDER, alignment: { horizontal: "center", vertical: "middle" } });
  const num = styles.use("trend.num", { font: reportFont(12), numberFormat: "0", border: BORDER, alignment: { horizontal: "center", vertical: "middle" } });
  let top = 0;
  for (const c of sheet.cells) top = Math.max(top, c.row);
  for (const m of sheet.merges ?? []) top = Math.max(top, m.bottom);
  for (const ch of sheet.charts ?? []) top = Math.max(top, ch.anchor.to.row);
  let r = top + 2;
  sheet.cells.push({ row: r++, col: 0, value: T.trendHeading, style: heading });
  const headerRow = r;
  const s = T.trendSeries;
  [T.trendPeriod, s.done, s.inProgress, s.overdue, s.other].forEach((h, col) => sheet.cells.push({ row: r, col, value: h, style: th }));
  (sheet.rows ??= []).push({ row: r, height: 36 });
  r++;
  const first = r;
  for (const p of points) {
    sheet.cells.push({ row: r, col: 0, value: p.period, style: label });
    [p.done, p.inProgress, p.overdue, p.other].forEach((n, i) => sheet.cells.push({ row: r, col: i + 1, value: n, style: num }));
    r++;
  }
  const last = r - 1;
  const series = (col: number, name: string, color: string) => ({ name, values: { top: first, left: col, bottom: last, right: col }, color });
  (sheet.charts ??= []).push({
    key: "PlanTracker_Chart_Trend",
    kind: "columnStacked",
    title: T.trendChart,
    categories: { top: first, left: 0, bottom: last, right: 0 },
    series: [
      series(1, s.done, STATUS_PALETTE.done_on_time.chart),
      series(2, s.inProgress, STATUS_PALETTE.in_progress.chart),
      series(3, s.overdue, STATUS_PALETTE.overdue.chart),
      series(4, s.other, STATUS_PALETTE.not_started_yet.chart),
    ],
    anchor: { from: { row: headerRow, col: 5 }, to: { row: Math.max(last + 1, headerRow + 14), col: 8 } },
    font: { name: REPORT_FONT, size: 10 },
  });
}
