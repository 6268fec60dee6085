// The "Lộ trình" sheet: one row per task, one column per year of the programme (quarters for a short plan), each
// task's period filled in its status colour, "◆" on a deadline or phase milestone, "●" on each recurring
// occurrence, and the reporting date's column framed and marked "▼". A sheet of its own rather than a section of
// "Tổng hợp": it needs narrow period columns, frozen task columns and its own print width, which the summary's
// tables would fight with.
import { formatVnDate } from "../date/calendar";
import type { Task } from "../model/Plan";
import type { StatusCode } from "../model/Status";
import type { BorderStyle, CellStyle, SheetPatch } from "../patch/WorkbookPatch";
import { STATUS_ORDER, STATUS_PALETTE, UI_COLORS } from "./palette";
import type { ReportContext } from "./ReportContext";
import { BODY_SIZE, DENSE_SIZE, lineHeight, reportFont } from "./reportFont";
import { fitRowHeights, SheetWriter } from "./SheetWriter";
import { statusStyleKeys } from "./statusStyles";
import { monthIndex, periodIndex, timelinePeriods, type TimelinePeriods } from "./timelinePeriods";

const BORDER = { style: "thin", color: UI_COLORS.border } as const;
const FIRST_PERIOD_COL = 5;
/** The status column; the legend lies under it. */
const LEGEND_COL = 4;
export const MILESTONE_MARK = "◆";
export const OCCURRENCE_MARK = "●";
export const NOW_MARK = "▼";

/** A period cell of a task: undefined = empty, null = filled without a mark, else the mark. */
export type PeriodCell = string | null | undefined;

/** Months of the year a recurring task falls due in, per its period (year: its month, default December). */
function recurrenceMonths(period: "year" | "half" | "quarter" | "month", month: number | undefined): number[] {
  switch (period) {
    case "year":
      return [month ?? 12];
    case "half":
      return [6, 12];
    case "quarter":
      return [3, 6, 9, 12];
    case "month":
      return [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12];
  }
}

/** What each period column of a task shows, by period index. */
export function taskCells(task: Task, p: TimelinePeriods): PeriodCell[] {
  const cells: PeriodCell[] = new Array<PeriodCell>(p.count).fill(undefined);
  const fill = (from: number, to: number) => {
    for (let i = Math.max(0, from); i <= Math.min(p.count - 1, to); i++) cells[i] = cells[i] ?? null;
  };
  const mark = (i: number, m: string) => {
    if (i >= 0 && i < p.count) cells[i] = m;
  };
  const tf = task.timeframe;
  switch (tf.kind) {
    case "deadline":
      fill(periodIndex(p, tf.start ?? tf.due), periodIndex(p, tf.due));
      mark(periodIndex(p, tf.due), MILESTONE_MARK);
      break;
    case "range":
      fill(periodIndex(p, tf.start), periodIndex(p, tf.due));
      break;
    case "milestones":
      for (const m of tf.milestones) mark(periodIndex(p, m.due), MILESTONE_MARK);
      break;
    case "recurring": {
      const first = Math.max(tf.firstYear ?? p.firstYear, p.firstYear);
      const last = Math.min(tf.lastYear ?? p.lastYear, p.lastYear);
      for (let y = first; y <= last; y++) {
        fill(monthIndex(p, y, 1), monthIndex(p, y, 12));
        for (const m of recurrenceMonths(tf.period, tf.month)) mark(monthIndex(p, y, m), OCCURRENCE_MARK);
      }
      break;
    }
    case "continuous":
      fill(tf.start === undefined ? 0 : periodIndex(p, tf.start), p.count - 1);
      break;
    case "event":
    case "unparsed":
      break;
    default:
      return assertNever(tf);
  }
  return cells;
}

export function timelineSheet(ctx: ReportContext, name: string): SheetPatch {
  const { text, styles, plan } = ctx;
  const p = timelinePeriods(plan, ctx.settings);
  const w = new SheetWriter();
  const lastPeriodCol = FIRST_PERIOD_COL + p.count - 1;
  const now = periodIndex(p, ctx.settings.reportDate);
  const nowCol = now >= 0 && now < p.count ? FIRST_PERIOD_COL + now : -1;
  const nowBorder: BorderStyle = { style: "medium", color: UI_COLORS.nowMark, sides: ["left", "right"] };

  // Times New Roman (reportFont): 11 points in the table, whose many columns must fit one page wide.
  const f = (extra: Parameters<typeof reportFont>[1] = {}) => reportFont(DENSE_SIZE, extra);
  const title = styles.use("tl.title", { font: reportFont(14, { bold: true, color: UI_COLORS.titleText }), alignment: { vertical: "middle" } });
  const subtitle = styles.use("tl.subtitle", {
    font: reportFont(BODY_SIZE, { italic: true }),
    alignment: { horizontal: "left", vertical: "top", wrap: true },
  });
  const keyStyle = styles.use("tl.key", { font: f({ italic: true }), alignment: { vertical: "middle" } });
  const th = styles.use("tl.th", {
    font: f({ bold: true, color: UI_COLORS.headerText }),
    fill: UI_COLORS.headerFill,
    border: BORDER,
    alignment: { horizontal: "center", vertical: "middle", wrap: true },
  });
  const thNow = styles.use("tl.thNow", {
    font: f({ bold: true, color: UI_COLORS.nowMark }),
    fill: UI_COLORS.headerFill,
    border: { style: "medium", color: UI_COLORS.nowMark },
    alignment: { horizontal: "center", vertical: "middle", wrap: true },
  });
  const nowMarkStyle = styles.use("tl.nowMark", { font: f({ bold: true, color: UI_COLORS.nowMark }), alignment: { horizontal: "center" } });
  const nowNote = styles.use("tl.nowNote", { font: f({ bold: true, color: UI_COLORS.nowMark }), alignment: { horizontal: "left" } });
  const cell = styles.use("tl.cell", { font: f(), border: BORDER, alignment: { vertical: "top", wrap: true } });
  const center = styles.use("tl.center", { font: f(), border: BORDER, alignment: { horizontal: "center", vertical: "top" } });
  const section = styles.use("tl.section", { font: f({ bold: true }), border: BORDER, alignment: { vertical: "middle", wrap: true } });
  const emptyNow = styles.use("tl.now", { font: f(), border: nowBorder });
  const barStyleOf = (code: StatusCode, isNow: boolean): string => {
    const colors = STATUS_PALETTE[code];
    // "Chưa xác định" has a white fill in the status column; a bar needs some colour to be seen.
    const style: CellStyle = {
      font: f({ bold: true, color: colors.text }),
      fill: code === "unknown" ? "F2F2F2" : colors.fill,
      alignment: { horizontal: "center", vertical: "middle" },
      ...(isNow ? { border: nowBorder } : {}),
    };
    return styles.use(`tl.bar.${code}${isNow ? ".now" : ""}`, style);
  };
  const bars = {} as Record<StatusCode, [string, string]>;
  for (const code of STATUS_ORDER) bars[code] = [barStyleOf(code, false), barStyleOf(code, true)];
  const barStyle = (code: StatusCode, isNow: boolean) => bars[code][isNow ? 1 : 0];
  const statusKeys = statusStyleKeys(styles, "tl.status", f());

  // The title block spans the whole table, so a long plan name wraps inside the printed width instead of being cut
  // at the task columns ("…giai đoạn 202" in the samples).
  const across = (row: number, right = lastPeriodCol) => ({ top: row, left: 0, bottom: row, right });
  w.putMerged(across(0), text.timeline.title, title);
  w.height(0, lineHeight(14) + 4);
  if (ctx.planName !== "") w.putMerged(across(1), ctx.planName, subtitle);
  w.putMerged(across(2), [text.timeline.milestoneKey, text.timeline.occurrenceKey, text.timeline.nowKey].join("     "), keyStyle);
  if (nowCol >= 0) {
    w.put(3, nowCol, NOW_MARK, nowMarkStyle);
    w.putMerged(across(3, 4), text.timeline.nowMark(formatVnDate(ctx.settings.reportDate)), nowNote);
  }

  const h1 = 4;
  const h2 = 5;
  [text.common.tt, text.common.task, text.common.lead, text.common.timeframe, text.common.status].forEach((h, c) =>
    w.putMergedFramed({ top: h1, left: c, bottom: h2, right: c }, h, th),
  );
  for (let y = p.firstYear; y <= p.lastYear; y++) {
    if (p.unit === "year") {
      const col = FIRST_PERIOD_COL + y - p.firstYear;
      w.putMergedFramed({ top: h1, left: col, bottom: h2, right: col }, y, col === nowCol ? thNow : th);
    } else {
      const left = FIRST_PERIOD_COL + (y - p.firstYear) * 4;
      w.putMergedFramed({ top: h1, left, bottom: h1, right: left + 3 }, y, th);
      for (let q = 1; q <= 4; q++) w.put(h2, left + q - 1, text.timeline.quarter(q), left + q - 1 === nowCol ? thNow : th);
    }
  }

  let r = h2 + 1;
  let lastSection: number | undefined;
  for (const { task, status, leadNames } of ctx.views) {
    if (task.section && task.section.row !== lastSection) {
      lastSection = task.section.row;
      w.put(r, 0, task.section.number, section);
      w.putMergedFramed({ top: r, left: 1, bottom: r, right: 4 }, task.section.title, section);
      if (nowCol >= 0) w.put(r, nowCol, null, emptyNow);
      r++;
    }
    w.put(r, 0, task.number, center);
    w.put(r, 1, task.title, cell);
    w.put(r, 2, leadNames, cell);
    w.put(r, 3, task.timeframe.text, cell);
    w.put(r, 4, ctx.label(status.code), statusKeys[status.code]);
    const cells = taskCells(task, p);
    for (let i = 0; i < p.count; i++) {
      const col = FIRST_PERIOD_COL + i;
      const c = cells[i];
      if (c !== undefined) w.put(r, col, c, barStyle(status.code, col === nowCol));
      else if (col === nowCol) w.put(r, col, null, emptyNow);
    }
    r++;
  }

  // Legend below the table, under the status column it explains: one line per status word on its colour. Beside the
  // table each of its lines took the height of a task row.
  const legendTop = r + 1;
  w.put(legendTop, LEGEND_COL, text.owned.legend, th);
  STATUS_ORDER.forEach((code, i) => w.put(legendTop + 1 + i, LEGEND_COL, ctx.label(code), statusKeys[code]));

  const periodWidth = p.unit === "year" ? 7 : 5;
  const columns = [
    { col: 0, width: 6 },
    { col: 1, width: 50 },
    { col: 2, width: 24 },
    { col: 3, width: 16 },
    // "Đang thực hiện trong hạn" on one line.
    { col: LEGEND_COL, width: 22 },
  ];
  for (let i = 0; i < p.count; i++) columns.push({ col: FIRST_PERIOD_COL + i, width: periodWidth });

  fitRowHeights(w, columns, styles.styles, lineHeight(DENSE_SIZE));
  return {
    name,
    mode: "replace",
    tabColor: UI_COLORS.timelineTab,
    cells: w.cells,
    merges: w.merges,
    rows: w.rows,
    columns,
    freeze: { rows: h2 + 1, cols: FIRST_PERIOD_COL },
    gridlines: false,
    pageSetup: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      printTitleRows: { first: h1, last: h2 },
    },
  };
}

/** The compiler's check that every timeframe kind is handled above. */
function assertNever(tf: never): never {
  throw new Error(`timeline: unknown timeframe ${JSON.stringify(tf)}`);
}
