// The history sheet "Lịch sử", rewritten whole each run: a plain table (one header row, one row per task and period,
// no merges) staff can filter, hidden when created. This run's period replaces its own rows; other periods' rows are
// kept as read. A value a returned form gave keeps its provenance when a later run of the same period finds it
// unchanged in the plan.
import type { SheetPatch } from "../patch/WorkbookPatch";
import { UI_COLORS } from "../report/palette";
import { reportFont } from "../report/reportFont";
import type { ReportContext } from "../report/ReportContext";
import { SheetWriter } from "../report/SheetWriter";
import { historyHeaders, periodIndex, periodLabel, SOURCE_WORDS, SOURCE_WORDS_EN, type HistoryRow } from "./HistoryRow";

const WIDTHS = [10, 12, 9, 6, 14, 10, 14, 40, 30, 30, 16, 28, 28, 12];

/** This run's rows: one per task, at the reporting date. */
export function currentHistoryRows(ctx: ReportContext): HistoryRow[] {
  const period = periodLabel(ctx.period.year, ctx.period.month);
  const before = new Map<string, HistoryRow>();
  for (const r of ctx.history.rows) if (r.period === period) before.set(r.key, r);
  const provenance = ctx.input.provenance;
  const rows: HistoryRow[] = [];
  for (const v of ctx.views) {
    const key = ctx.keys.byTask.get(v.task.id);
    if (key === undefined) continue;
    const p = v.task.progress;
    const row: HistoryRow = {
      period,
      reportDate: ctx.settings.reportDate,
      key,
      number: v.task.number,
      code: v.status.code,
      label: ctx.label(v.status.code),
      source: "plan",
    };
    if (p?.percent !== undefined) row.percent = p.percent;
    if (p?.completedOn !== undefined) row.completedOn = p.completedOn;
    if (p?.result !== undefined && p.result !== "") row.result = p.result;
    const from = provenance?.get(key);
    const old = before.get(key);
    if (from) {
      Object.assign(row, { source: "form", unit: from.unit, file: from.file, collectedOn: from.collectedOn });
      if (from.difficulties) row.difficulties = from.difficulties;
      if (from.proposals) row.proposals = from.proposals;
    } else if (
      old?.source === "form" &&
      old.percent === row.percent &&
      old.completedOn === row.completedOn &&
      (old.result ?? "") === (row.result ?? "")
    ) {
      for (const f of ["unit", "file", "collectedOn", "difficulties", "proposals"] as const) if (old[f] !== undefined) row[f] = old[f];
      row.source = "form";
    }
    rows.push(row);
  }
  return rows;
}

/** Every period's rows after this run, oldest period first. */
export function historyAfterRun(ctx: ReportContext, current: readonly HistoryRow[]): HistoryRow[] {
  const period = periodLabel(ctx.period.year, ctx.period.month);
  const all = [...ctx.history.rows.filter((r) => r.period !== period), ...current];
  const index = (r: HistoryRow) => periodIndex(r.period) ?? 0;
  // Stable: rows of one period keep their order.
  return all.map((r, i) => [r, i] as const).sort((a, b) => index(a[0]) - index(b[0]) || a[1] - b[1]).map(([r]) => r);
}

export function historySheet(ctx: ReportContext, name: string, rows: readonly HistoryRow[]): SheetPatch {
  const w = new SheetWriter();
  const th = ctx.styles.use("hist.th", {
    font: reportFont(11, { bold: true, color: UI_COLORS.headerText }),
    fill: UI_COLORS.headerFill,
    alignment: { horizontal: "center", vertical: "middle", wrap: true },
  });
  historyHeaders(ctx.lang).forEach((h, c) => w.put(0, c, h, th));
  const fromForm = (ctx.lang === "en" ? SOURCE_WORDS_EN : SOURCE_WORDS).form;
  rows.forEach((r, i) => {
    const values = [
      r.period,
      ctx.date(r.reportDate),
      r.key,
      r.number,
      r.code,
      r.percent ?? null,
      r.completedOn ? ctx.date(r.completedOn) : null,
      r.result ?? null,
      r.difficulties ?? null,
      r.proposals ?? null,
      r.source === "form" ? fromForm : null,
      r.unit ?? null,
      r.file ?? null,
      r.collectedOn ? ctx.date(r.collectedOn) : null,
    ];
    // Plain cells in the workbook's default font (see HistoryRow on the size of a run).
    // The first five columns always written (a blank TT as ""), so each row's cells form one block with its
    // neighbours' and a host sends them as one rectangle rather than one per row.
    values.forEach((v, c) => {
      if (c < 5) w.put(i + 1, c, v ?? "");
      else if (v !== null && v !== "") w.put(i + 1, c, v);
    });
  });
  return {
    name,
    mode: "replace",
    hidden: true,
    cells: w.cells,
    columns: WIDTHS.map((width, col) => ({ col, width })),
    freeze: { rows: 1, cols: 0 },
    gridlines: true,
  };
}
