// The monthly report sheet ("BC T11-2026"), print-ready in the layout of Nghị định 30/2020/NĐ-CP: Times New Roman,
// the issuing body top left (parent body upright, issuing body bold and underlined), the national name and motto top
// right, the place and date, the title, then I. the figures, II. every task with the staff's progress, III. the
// overdue and due-soon tasks grouped by lead unit, ready to send as reminders, IV. the plan entries to correct,
// and the recipients and signature block. A4 landscape, one page wide, the table header repeated on each page.
import { formatVnDate } from "../date/calendar";
import type { CellRange } from "../grid/Grid";
import type { Task } from "../model/Plan";
import type { TaskStatus } from "../model/Status";
import type { CellStyle, FontStyle, SheetPatch } from "../patch/WorkbookPatch";
import { issueLines } from "../i18n/issueLines";
import { UI_COLORS } from "./palette";
import { BODY_SIZE, charsPerUnit, lineHeight, reportFont } from "./reportFont";
import type { ReportContext } from "./ReportContext";
import { SheetWriter, wrappedLines } from "./SheetWriter";
import { statusStyleKeys } from "./statusStyles";
import { DONE_CODES } from "./summarizeStatuses";
import { documentCode } from "./documentCode";
import { reportFigures } from "./figuresAsOf";
import { taskName } from "./taskLink";
import type { TaskView } from "./TaskView";
import { periodSections } from "../history/periodSections";

/**
 * TT, Nhiệm vụ, Đơn vị chủ trì, Thời gian hoàn thành, Tình trạng, Kết quả thực hiện, Khó khăn vướng mắc: 143 units,
 * which fit the 250 mm between the margins at about 95 %. "Sở Giáo dục và Đào tạo" and "Đang thực hiện trong hạn"
 * each take one line inside the small indent of bordered text.
 */
const WIDTHS = [6, 36, 24, 14, 24, 20, 19];
const LAST = WIDTHS.length - 1;
/** The header block splits the page: issuing body over A:C, national name over D:G. */
const LEFT_BLOCK = { left: 0, right: 2 };
const RIGHT_BLOCK = { left: 3, right: LAST };
/** Points per line of the 13-point prose and headings. */
const LINE = lineHeight(13);
/** Points per line of the 12-point table. */
const TABLE_LINE = lineHeight(BODY_SIZE);
const MM = 1 / 25.4;
/** Character units an indent of 1 takes from a bordered text cell's width. */
const INDENT_UNITS = 2;
const BOLD_PER_UNIT = charsPerUnit(BODY_SIZE, true);

function across(row: number, left = 0, right = LAST): CellRange {
  return { top: row, left, bottom: row, right };
}

function blockWidth(left: number, right: number): number {
  let w = 0;
  for (let c = left; c <= right; c++) w += WIDTHS[c] ?? 0;
  return w;
}

export function monthlyReportSheet(ctx: ReportContext, name: string): SheetPatch {
  const { text, styles, period, settings } = ctx;
  const t = text.report;
  // The figures as they stood at the cut-off (figuresAsOf): counts, the task table and the late tasks alike.
  const figures = reportFigures(ctx);
  const { counts, views } = figures;
  const w = new SheetWriter();
  const font = (f: FontStyle = {}): FontStyle => ({ ...reportFont(BODY_SIZE), ...f });
  const style = (key: string, s: CellStyle) => styles.use(`rep.${key}`, s);
  const border = { style: "thin" as const };

  const centerBold = style("centerBold", { font: font({ bold: true }), alignment: { horizontal: "center", vertical: "middle" } });
  const centerPlain = style("center", { font: font(), alignment: { horizontal: "center", vertical: "middle" } });
  const bodyUnderlined = style("bodyUnderlined", { font: font({ bold: true, underline: true }), alignment: { horizontal: "center", vertical: "middle" } });
  const motto = style("motto", { font: font({ bold: true, size: 13, underline: true }), alignment: { horizontal: "center", vertical: "middle" } });
  const placeDate = style("placeDate", { font: font({ italic: true, size: 13 }), alignment: { horizontal: "center", vertical: "middle" } });
  const titleStyle = style("title", { font: font({ bold: true, size: 14 }), alignment: { horizontal: "center", vertical: "middle" } });
  const subject = style("subject", { font: font({ bold: true, size: 13 }), alignment: { horizontal: "center", vertical: "middle", wrap: true } });
  const periodStyle = style("period", { font: font({ italic: true, size: 13 }), alignment: { horizontal: "center", vertical: "middle", wrap: true } });
  const heading = style("heading", { font: font({ bold: true, size: 13 }), alignment: { vertical: "middle", wrap: true } });
  const prose = style("prose", { font: font({ size: 13 }), alignment: { horizontal: "left", vertical: "top", wrap: true, indent: 2 } });
  const th = style("th", { font: font({ bold: true }), border, alignment: { horizontal: "center", vertical: "middle", wrap: true } });
  // Text in a bordered cell keeps a small indent off the border, as the prose does off the margin.
  const td = style("td", { font: font(), border, alignment: { horizontal: "left", vertical: "top", wrap: true, indent: 1 } });
  const tdCenter = style("tdCenter", { font: font(), border, alignment: { horizontal: "center", vertical: "top", wrap: true } });
  const tdBold = style("tdBold", { font: font({ bold: true }), border, alignment: { horizontal: "left", vertical: "middle", wrap: true, indent: 1 } });
  const recipientsHead = style("recipientsHead", { font: font({ bold: true, italic: true }), alignment: { vertical: "top" } });
  const recipient = style("recipient", { font: font({ size: 11 }), alignment: { vertical: "top" } });
  const link = style("link", { font: font({ color: "0563C1", underline: true }), border, alignment: { horizontal: "left", vertical: "top", wrap: true, indent: 1 } });

  const proseWidth = blockWidth(0, LAST);
  let r = 0;
  const proseLine = (value: string, s = prose) => {
    w.putMerged(across(r), value, s);
    w.height(r, Math.max(1, wrappedLines(value, proseWidth - 4)) * LINE + 2);
    r++;
  };

  // Header block.
  const issuer = ctx.issuer;
  w.putMerged(across(0, LEFT_BLOCK.left, LEFT_BLOCK.right), issuer.parent, centerPlain);
  w.putMerged(across(0, RIGHT_BLOCK.left, RIGHT_BLOCK.right), t.nation, centerBold);
  w.putMerged(across(1, LEFT_BLOCK.left, LEFT_BLOCK.right), issuer.body, bodyUnderlined);
  w.putMerged(across(1, RIGHT_BLOCK.left, RIGHT_BLOCK.right), t.motto, motto);
  w.putMerged(across(3, LEFT_BLOCK.left, LEFT_BLOCK.right), t.number(settings.documentCode ?? documentCode(issuer.body)), centerPlain);
  w.putMerged(across(3, RIGHT_BLOCK.left, RIGHT_BLOCK.right), t.placeDate(issuer.place, settings.reportDate), placeDate);
  r = 5;
  w.putMerged(across(r++), t.title, titleStyle);
  const subjectText = t.subject(ctx.planName || t.planFallback, period.month, period.year);
  w.putMerged(across(r), subjectText, subject);
  w.height(r, wrappedLines(subjectText, proseWidth - 10) * LINE + 2);
  r++;
  w.putMerged(across(r++), t.period(formatVnDate(period.start), formatVnDate(period.end)), periodStyle);
  w.putMerged(across(r++), t.figuresAsOf(formatVnDate(figures.asOf)), periodStyle);
  r++;

  // I. Figures.
  proseLine(t.sectionOverview, heading);
  const by = counts.byCode;
  proseLine(t.total(counts.total));
  proseLine(t.done(counts.done, by.done_on_time, by.done_late, by.done));
  proseLine(t.inProgress(counts.inProgress, by.in_progress, by.overdue));
  proseLine(t.dueSoon(by.due_soon, settings.dueSoonDays));
  proseLine(t.others(by.not_started_yet, by.ongoing, by.paused, by.unknown));
  proseLine(t.share(text.common.percent(counts.completedShare)));
  const inPeriod = (task: Task) => {
    const d = task.progress?.completedOn;
    return d !== undefined && d >= period.start && d <= period.end;
  };
  const completed = views.filter((v) => inPeriod(v.task));
  if (completed.length === 0) proseLine(t.noneCompleted);
  else {
    proseLine(t.completedInPeriod(completed.length));
    for (const { task, leads: units } of completed) {
      const leads = units.map((u) => u.name).join("; ");
      proseLine(t.completedItem(taskName(task), leads, formatVnDate(task.progress?.completedOn ?? "")));
    }
  }
  r++;

  // II. Every task with the staff's progress. Section III uses the same columns, so the header repeated on each
  // printed page reads right there too.
  proseLine(t.sectionTasks, heading);
  const headerRow = r;
  // "Khó khăn, vướng mắc" broken after its comma: wrapped by width, "vướng" ran into the cell's borders.
  const difficultiesHeader = t.difficulties.replace(", ", ",\n");
  [text.common.tt, text.common.task, text.common.lead, text.common.timeframe, text.common.status, t.result, difficultiesHeader].forEach(
    (h, c) => w.put(headerRow, c, h, th),
  );
  w.height(headerRow, 2 * TABLE_LINE + 4);
  r++;

  const statusKeys = statusStyleKeys(styles, "rep.status", font());
  const statusText = (status: TaskStatus): string => {
    const words = ctx.label(status.code);
    if (DONE_CODES.has(status.code) || status.daysLeft === undefined) return words;
    const where = [status.milestone, status.due !== undefined ? text.common.dueOn(ctx.date(status.due)) : undefined]
      .filter((x): x is string => x !== undefined && x !== "")
      .join(", ");
    return `${words}\n(${where ? `${where}: ` : ""}${text.common.days(status.daysLeft)})`;
  };
  const resultText = (task: Task): string => {
    const p = task.progress;
    if (!p) return "";
    const parts: string[] = [];
    if (p.percent !== undefined) parts.push(t.reached(p.percent));
    if (p.completedOn !== undefined) parts.push(`${t.completedOn(ctx.date(p.completedOn))}${inPeriod(task) ? ` ${t.inPeriodMark}` : ""}`);
    if (p.result) parts.push(p.result);
    return parts.join("\n");
  };
  const taskRow = ({ task, status, leadNames }: TaskView, index: string) => {
    const values = [
      index,
      taskName(task),
      leadNames,
      task.timeframe.text,
      statusText(status),
      resultText(task),
      "",
    ];
    values.forEach((v, c) => {
      const s = c === 4 ? statusKeys[status.code] : c === 0 || c === 3 ? tdCenter : td;
      w.put(r, c, v, s);
    });
    let lines = 1;
    // The indented columns (all but TT, time and status) lose about two character widths to the indent.
    values.forEach((v, c) => (lines = Math.max(lines, wrappedLines(v, (WIDTHS[c] ?? 10) - (c === 0 || c === 3 || c === 4 ? 0 : INDENT_UNITS)))));
    w.height(r, lines * TABLE_LINE + 4);
    r++;
  };
  let lastSection: number | undefined;
  for (const view of views) {
    const task = view.task;
    if (task.section && task.section.row !== lastSection) {
      lastSection = task.section.row;
      w.put(r, 0, task.section.number, style("sectionNo", { font: font({ bold: true }), border, alignment: { horizontal: "center", vertical: "middle" } }));
      w.putMergedFramed({ top: r, left: 1, bottom: r, right: LAST }, task.section.title, tdBold);
      w.height(r, wrappedLines(task.section.title, blockWidth(1, LAST) - INDENT_UNITS, BOLD_PER_UNIT) * TABLE_LINE + 4);
      r++;
    }
    taskRow(view, task.number);
  }
  r++;

  // III. Overdue and due-soon tasks by lead unit: one block per unit, the most pressing first.
  proseLine(t.sectionLate, heading);
  const groups = new Map<string, { display: string; items: TaskView[] }>();
  for (const view of views) {
    if (view.status.code !== "overdue" && view.status.code !== "due_soon") continue;
    for (const u of view.leads) {
      const g = groups.get(u.key) ?? { display: u.display, items: [] };
      g.items.push(view);
      groups.set(u.key, g);
    }
  }
  if (groups.size === 0) proseLine(t.noLate);
  let groupIndex = 0;
  for (const g of groups.values()) {
    groupIndex++;
    const headingText = t.groupHeading(groupIndex, g.display, g.items.length);
    w.putMergedFramed(across(r), headingText, tdBold);
    w.height(r, wrappedLines(headingText, proseWidth - INDENT_UNITS, BOLD_PER_UNIT) * TABLE_LINE + 4);
    r++;
    const rank = (s: TaskStatus) => (s.code === "overdue" ? 0 : 1);
    g.items
      .sort((a, b) => rank(a.status) - rank(b.status) || (a.status.daysLeft ?? 0) - (b.status.daysLeft ?? 0) || a.task.row - b.task.row)
      .forEach((view, i) => taskRow(view, String(i + 1)));
  }
  r++;

  // The period against the one before, the next period's tasks, the units that sent no form (src/core/history).
  for (const line of periodSections(ctx)) proseLine(line.text, line.heading ? heading : prose);
  r++;

  // IV. Plan entries to correct, from the checks.
  proseLine(t.sectionIssues, heading);
  // One row per problem, as the command line and the task pane list them: "Ô A10, A14 (trang Kế hoạch): …".
  const toFix = issueLines(ctx.input.issues, ctx.lang).lines.filter((line) => line.severity !== "info");
  if (toFix.length === 0) proseLine(t.noIssues);
  else {
    w.put(r, 0, text.common.tt, th);
    w.putMergedFramed({ top: r, left: 1, bottom: r, right: LAST }, t.issueText, th);
    w.height(r, TABLE_LINE + 6);
    r++;
    toFix.forEach((line, i) => {
      // The text links to the line's first cell when there is one.
      const message = line.text;
      const [first] = line.cells;
      const value = first !== undefined && line.sheet ? { link: { sheet: line.sheet, cell: first }, text: message } : message;
      w.put(r, 0, i + 1, tdCenter);
      w.putMergedFramed({ top: r, left: 1, bottom: r, right: LAST }, value, typeof value === "string" ? td : link);
      w.height(r, wrappedLines(message, blockWidth(1, LAST) - INDENT_UNITS) * TABLE_LINE + 4);
      r++;
    });
  }
  r++;

  // Recipients (left) and signature (right).
  const signRow = r;
  w.putMerged(across(signRow, LEFT_BLOCK.left, LEFT_BLOCK.right), t.recipients, recipientsHead);
  w.putMerged(across(signRow, RIGHT_BLOCK.left, RIGHT_BLOCK.right), t.signer, centerBold);
  t.recipientList.forEach((line, i) => w.putMerged(across(signRow + 1 + i, LEFT_BLOCK.left, LEFT_BLOCK.right), line, recipient));
  // Room for the signature and seal.
  r = signRow + Math.max(t.recipientList.length + 1, 5);

  return {
    name,
    mode: "replace",
    tabColor: UI_COLORS.reportTab,
    cells: w.cells,
    merges: w.merges,
    rows: w.rows,
    columns: WIDTHS.map((width, col) => ({ col, width })),
    gridlines: false,
    pageSetup: {
      orientation: "landscape",
      paper: "A4",
      fitToWidth: 1,
      fitToHeight: 0,
      printTitleRows: { first: headerRow, last: headerRow },
      printArea: { top: 0, left: 0, bottom: Math.max(r - 1, headerRow), right: LAST },
      // Nghị định 30/2020: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm; inside those ranges after
      // rounding to hundredths of an inch (22, 22, 32, 17 mm).
      margins: {
        top: round2(22 * MM),
        bottom: round2(22 * MM),
        left: round2(32 * MM),
        right: round2(17 * MM),
        header: round2(8 * MM),
        footer: round2(8 * MM),
      },
      centerHorizontally: true,
    },
  };
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
