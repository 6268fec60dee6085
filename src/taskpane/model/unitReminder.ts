// The reminder a unit gets, ready to paste into an official letter: its overdue and due-soon tasks with their
// deadlines as written, and the date to report back by (the next monthly cut-off, so the answer reaches the
// next report).
import { addDays, endOfMonth, formatVnDate, monthOf, yearOf, type IsoDate } from "../../core/date/calendar";
import type { ReportContext } from "../../core/report/ReportContext";
import { reportingPeriod } from "../../core/report/reportingPeriod";
import { taskName } from "../../core/report/taskLink";
import { cleanText, matchKey } from "../../core/text/normalize";
import { periodLabel } from "../../core/history/HistoryRow";
import type { Text } from "../text/TextContext";
import type { PressingTask, UnitOverview } from "./unitOverview";

/** The first cut-off on or after the date: 30/11/2026 with cut-off 14 → 14/12/2026. */
export function nextCutoff(date: IsoDate, cutoffDay: number): IsoDate {
  const current = reportingPeriod(date, cutoffDay).end;
  if (current >= date) return current;
  return reportingPeriod(addDays(endOfMonth(yearOf(date), monthOf(date)), 1), cutoffDay).end;
}

function daysText(item: PressingTask, text: Text): string {
  const days = item.status.daysLeft ?? 0;
  if (days < 0) return text.t("units.daysOverdue", { days: -days });
  if (days === 0) return text.t("units.dueToday");
  return text.t("units.daysLeft", { days });
}

function itemLine(item: PressingTask, text: Text): string {
  const title = cleanText(taskName(item.task))
    .replace(/\s*\n\s*/g, " ")
    .replace(/[.;:,\s]+$/u, "");
  const timeframe =
    cleanText(item.task.timeframe.text).replace(/\s*\n\s*/g, " ") || formatVnDate(item.status.due ?? "");
  return text.t("units.reminderItem", { title, timeframe, days: daysText(item, text) });
}

/** "" when the unit has nothing overdue or due soon. */
export function unitReminder(unit: UnitOverview, ctx: ReportContext, text: Text): string {
  if (unit.overdueTasks.length === 0 && unit.dueSoonTasks.length === 0) return "";
  const name = unit.unit.display;
  const lines = [
    text.t("units.reminderHeading", { unit: name }),
    "",
    text.t("units.reminderIntro", {
      plan: ctx.planName || text.t("units.thePlan"),
      date: formatVnDate(ctx.settings.reportDate),
      unit: name,
    }),
  ];
  if (unit.overdueTasks.length > 0) {
    lines.push(text.t("units.reminderOverdue"));
    for (const item of unit.overdueTasks) lines.push(itemLine(item, text));
  }
  if (unit.dueSoonTasks.length > 0) {
    lines.push(text.t("units.reminderDueSoon", { days: ctx.settings.dueSoonDays }));
    for (const item of unit.dueSoonTasks) lines.push(itemLine(item, text));
  }
  const cutoff = nextCutoff(ctx.settings.reportDate, ctx.settings.cutoffDay);
  // The period the next form answers for, and whether the unit's form for it is back ("Lịch sử" records it).
  const period = periodLabel(yearOf(cutoff), monthOf(cutoff));
  const unitKey = matchKey(unit.unit.name);
  const returned = ctx.history.rows.some((r) => r.period === period && r.source === "form" && matchKey(r.unit ?? "") === unitKey);
  lines.push(
    returned
      ? text.t("units.reminderFormReturned", { period })
      : text.t("units.reminderForm", { period, date: formatVnDate(cutoff) }),
  );
  lines.push(
    text.t("units.reminderClosing", {
      unit: name,
      cutoff: formatVnDate(cutoff),
    }),
  );
  return lines.join("\n");
}
