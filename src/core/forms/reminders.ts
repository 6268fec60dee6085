// The reminder (đôn đốc) for each lead unit: its tasks overdue, due soon or in progress, and whether its form for
// the period has come back (the history records the forms collected), with the date to return it by.
import { matchKey } from "../text/normalize";
import { periodLabel } from "../history/HistoryRow";
import type { ReportContext } from "../report/ReportContext";
import { leadUnits } from "./buildForms";
import { currentUnitName } from "../history/currentUnitName";

export interface Reminder {
  unit: string;
  returned: boolean;
  text: string;
}

const PRESSING = new Set(["overdue", "due_soon", "in_progress"]);

export function reminders(ctx: ReportContext, unitFilter?: string): Reminder[] {
  const period = periodLabel(ctx.period.year, ctx.period.month);
  const returned = new Set(ctx.history.rows.filter((r) => r.period === period && r.source === "form" && r.unit).map((r) => matchKey(r.unit ?? "")));
  const filter = unitFilter ? matchKey(unitFilter) : "";
  const by = ctx.date(ctx.period.end);
  const en = ctx.lang === "en";
  return leadUnits(ctx)
    .filter((u) => filter === "" || matchKey(u.name).includes(filter) || matchKey(u.display).includes(filter))
    .map((u) => {
      const isBack = returned.has(matchKey(u.name));
      const tasks = u.views.filter((v) => PRESSING.has(v.status.code));
      const lines = tasks.map((v) => `- ${ctx.keys.byTask.get(v.task.id) ?? ""} (TT ${v.task.number || "–"}) ${v.task.title} — ${ctx.label(v.status.code)}`);
      const head = en
        ? [`To: ${currentUnitName(ctx, u)}`, `Please report the progress of the tasks you lead for ${period}, returning the form by ${by}.`]
        : [`Kính gửi: ${currentUnitName(ctx, u)}`, `Đề nghị đơn vị báo cáo tiến độ các nhiệm vụ chủ trì kỳ tháng ${period}, gửi lại phiếu báo cáo trước ngày ${by}.`];
      const form = en
        ? isBack
          ? "Report form for the period: received."
          : `Report form for the period: not yet returned (due ${by}).`
        : isBack
          ? "Phiếu báo cáo kỳ này: đã nhận."
          : `Phiếu báo cáo kỳ này: chưa gửi (hạn ${by}).`;
      const none = en ? "No task overdue, due soon or in progress." : "Không có nhiệm vụ quá hạn, sắp đến hạn hay đang thực hiện.";
      return { unit: u.name, returned: isBack, text: [...head, ...(lines.length ? lines : [none]), form].join("\n") };
    });
}
