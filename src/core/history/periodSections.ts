// What the monthly report says of the period against the one before (from the history sheet): the tasks completed
// in the period (on time / late), those that became overdue, the percent moved (from → to, backwards flagged), the
// tasks of the next period by lead unit, and the lead units that sent no form. Lines of prose, each a paragraph of
// the report sheet, headings flagged.
import { addDays, isoDate, type IsoDate } from "../date/calendar";
import type { ReportContext } from "../report/ReportContext";
import { reportingPeriod } from "../report/reportingPeriod";
import { DONE_CODES } from "../report/summarizeStatuses";
import type { TaskView } from "../report/TaskView";
import { matchKey } from "../text/normalize";
import { periodIndex, periodLabel, type HistoryRow } from "./HistoryRow";
import { PERIOD_TEXT } from "./periodText";
import { currentUnitName } from "./currentUnitName";

export interface ProseLine {
  text: string;
  heading?: boolean;
}

/** The rows of the latest period recorded before the report's, by key. */
export function previousPeriod(ctx: ReportContext): { period: string | null; byKey: Map<string, HistoryRow> } {
  const current = periodIndex(periodLabel(ctx.period.year, ctx.period.month)) ?? 0;
  let best: string | null = null;
  let bestIndex = -1;
  for (const r of ctx.history.rows) {
    const i = periodIndex(r.period) ?? -1;
    if (i < current && i > bestIndex) {
      best = r.period;
      bestIndex = i;
    }
  }
  const byKey = new Map<string, HistoryRow>();
  if (best !== null) for (const r of ctx.history.rows) if (r.period === best) byKey.set(r.key, r);
  return { period: best, byKey };
}

/** The next reporting period: from the day after this one's cut-off to the next cut-off. */
export function nextPeriod(ctx: ReportContext): { start: IsoDate; end: IsoDate; month: number; year: number } {
  const { year, month } = ctx.period;
  const nextMonth = month === 12 ? 1 : month + 1;
  const nextYear = month === 12 ? year + 1 : year;
  const p = reportingPeriod(isoDate(nextYear, nextMonth, 1), ctx.settings.cutoffDay);
  return { start: addDays(ctx.period.end, 1), end: p.end, month: nextMonth, year: nextYear };
}

export function periodSections(ctx: ReportContext): ProseLine[] {
  const T = PERIOD_TEXT[ctx.lang];
  const out: ProseLine[] = [];
  const key = (v: TaskView) => ctx.keys.byTask.get(v.task.id) ?? "";
  // The title without its closing full stop, as the item goes on after it.
  const name = (v: TaskView) => `${key(v)} (${T.tt} ${v.task.number || "–"}) ${v.task.title.replace(/[.;,\s]+$/u, "")}`;
  const leads = (v: TaskView) => v.leads.map((u) => currentUnitName(ctx, u)).join("; ");
  const prev = previousPeriod(ctx);
  const { start, end } = ctx.period;

  out.push({ text: T.resultsHeading(prev.period), heading: true });
  const doneNow = ctx.views.filter((v) => {
    if (!DONE_CODES.has(v.status.code)) return false;
    const d = v.task.progress?.completedOn;
    if (d !== undefined) return d >= start && d <= end;
    const before = prev.byKey.get(key(v));
    return before !== undefined && !DONE_CODES.has(before.code);
  });
  const prevDone = [...prev.byKey.values()].filter((r) => DONE_CODES.has(r.code)).length;
  out.push({ text: T.completedCount(doneNow.length, prev.period === null ? null : prevDone, ctx.counts.done) });
  for (const v of doneNow) {
    const d = v.task.progress?.completedOn;
    out.push({ text: T.completedItem(name(v), v.status.code === "done_late", d ? ctx.date(d) : "", leads(v)) });
  }
  const newlyOverdue = ctx.views.filter((v) => {
    if (v.status.code !== "overdue") return false;
    const before = prev.byKey.get(key(v));
    if (before) return before.code !== "overdue";
    return v.status.due !== undefined && v.status.due >= start && v.status.due <= end;
  });
  out.push({ text: T.overdueCount(newlyOverdue.length) });
  for (const v of newlyOverdue) out.push({ text: T.overdueItem(name(v), v.status.due ? ctx.date(v.status.due) : "", leads(v)) });
  const moved: { v: TaskView; from: number; to: number }[] = [];
  for (const v of ctx.views) {
    const to = v.task.progress?.percent;
    const from = prev.byKey.get(key(v))?.percent ?? (prev.period !== null && to !== undefined ? 0 : undefined);
    if (to !== undefined && from !== undefined && from !== to) moved.push({ v, from, to });
  }
  if (moved.length > 0) {
    out.push({ text: T.movedCount(moved.length) });
    for (const m of moved) out.push({ text: T.movedItem(name(m.v), m.from, m.to) });
  }

  // Next period's tasks, by lead unit.
  const next = nextPeriod(ctx);
  out.push({ text: T.nextHeading(next.month, next.year, ctx.date(next.start), ctx.date(next.end)), heading: true });
  const byUnit = new Map<string, { display: string; items: TaskView[] }>();
  for (const v of ctx.views) {
    const due = v.status.due;
    if (DONE_CODES.has(v.status.code) || due === undefined || due < next.start || due > next.end) continue;
    for (const u of v.leads) {
      const g = byUnit.get(u.key) ?? { display: currentUnitName(ctx, u), items: [] };
      g.items.push(v);
      byUnit.set(u.key, g);
    }
  }
  if (byUnit.size === 0) out.push({ text: T.none });
  for (const g of byUnit.values()) {
    out.push({ text: `${g.display}:` });
    for (const v of g.items) out.push({ text: T.nextItem(name(v), ctx.date(v.status.due ?? "")) });
  }

  // Lead units with work due or under way that sent no form for the period.
  out.push({ text: T.silentHeading, heading: true });
  const period = periodLabel(ctx.period.year, ctx.period.month);
  const returned = new Set<string>();
  for (const r of ctx.history.rows) if (r.period === period && r.source === "form" && r.unit) returned.add(matchKey(r.unit));
  for (const u of ctx.input.provenance?.values() ?? []) returned.add(matchKey(u.unit));
  const silent = new Map<string, { display: string; n: number }>();
  for (const v of ctx.views) {
    if (!["in_progress", "overdue", "due_soon"].includes(v.status.code)) continue;
    for (const u of v.leads) {
      if (u.key === "" || returned.has(matchKey(u.name))) continue;
      const s = silent.get(u.key) ?? { display: currentUnitName(ctx, u), n: 0 };
      s.n++;
      silent.set(u.key, s);
    }
  }
  if (silent.size === 0) out.push({ text: T.none });
  for (const s of silent.values()) out.push({ text: T.silentItem(s.display, s.n) });
  return out;
}
