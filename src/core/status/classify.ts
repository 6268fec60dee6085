// The status of each task at a reporting date, in the words of government reports (QĐ 42/2014/QĐ-TTg:
// completion × timeliness, plus "Sắp đến hạn", "Chưa đến kỳ", "Thường xuyên", "Tạm dừng").
//
// Rules, in order:
// 1. Paused: staff wrote "Tạm dừng" / "Tạm hoãn" (progress.state "paused"). Said as written, before anything else:
//    a paused task is neither late nor done. Its due date is still given when known.
// 2. Done: progress.state "done" or 100%. With a completion date it is done_on_time (on or before the due date)
//    or done_late; without one, done. (A status and percentage that disagree are flagged by checkProgressConsistency.)
// 3. Otherwise by the timeframe:
//    - deadline / range: before the stated start → not_started_yet; past due → overdue; within dueSoonDays → due_soon;
//      else in_progress. A deadline without a stated start ("30/6/2026") counts as begun, and so does a period
//      under a deadline column (role "deadline": "Quý I/2027" under "Thời gian hoàn thành" is when the task must
//      be done, its work may start any time before) unless staff report "Chưa thực hiện"; under "Thời gian thực
//      hiện" (role "period") or an unknown header the period's start counts.
//    - recurring ("Tháng 12 hằng năm"): judged on the occurrence current at the reporting date (the first due on or
//      after it; after the recurrence's last year, the last one, still owed). A completion date inside that
//      occurrence (from its start to its due date) makes it done; a date before it was the previous round's.
//      A "done" status without a date counts for the current occurrence only when that occurrence is within
//      dueSoonDays of its due date or past it: staff who mark an annual task done in December report this round,
//      while a "done" left standing from last December must not turn the whole new year green.
//    - milestones ("GĐ1: 2025; GĐ2: 2030"): with no per-milestone progress, a task marked done has every milestone
//      done (judged against the last one). Otherwise the first milestone already due is overdue (the seed's GĐ1,
//      due 31/12/2025, at 30/11/2026); if none is, the next one is judged (due_soon / in_progress).
//    - continuous ("Thường xuyên"): ongoing; with an open-ended start ("Từ tháng 3/2027"), not_started_yet before it.
//    - event: "Khi có yêu cầu" (whenever asked) is standing work: ongoing. "Sau khi … được ban hành" and "Theo tiến
//      độ của …" hang on something the plan cannot see: unknown, never overdue.
//    - unparsed: unknown.
// 4. Reported progress wins over the calendar: a task whose progress says "Đang thực hiện" or a percentage above 0
//    is under way even before its period begins, so it is never not_started_yet; it is in_progress, due_soon or
//    overdue by its deadline.
//    "Chưa thực hiện" after the start is not shown apart: the task is judged like any task not done (in_progress,
//    due_soon, overdue). The status column speaks of timeliness, as government reports do ("chưa hoàn thành – trong
//    hạn" counts begun and not begun alike), and the staff's own "Chưa thực hiện" stays in the cell beside it.
// due is the date judged on, daysLeft = due − reportDate (negative when overdue).

import { diffDays, type IsoDate } from "../date/calendar";
import type { Plan, Task } from "../model/Plan";
import type { Settings, StatusCode, TaskStatus } from "../model/Status";
import type { Milestone, Timeframe, TimeframeContext } from "../model/Timeframe";
import { currentOccurrence } from "../timeframe/occurrence";

type ClassifySettings = Pick<Settings, "reportDate" | "dueSoonDays">;

/** What the timeframe says at the reporting date, before progress is considered. */
interface Timing {
  /** The date judged on. */
  due?: IsoDate;
  milestone?: string;
  /** Code when the task is not done (and not paused). */
  pending: StatusCode;
  /** Whether a completion date counts for this period (recurring: only within the current occurrence). */
  completionCounts: (completedOn: IsoDate) => boolean;
  /** Whether a "done" without a date counts. */
  datelessDoneCounts: boolean;
  /** due − reporting date, filled in once by timing(). */
  daysLeft?: number;
}

function isDone(task: Task): boolean {
  const p = task.progress;
  return p?.state === "done" || (p?.percent !== undefined && p.percent >= 100);
}

/** What staff report of the work (rule 4): under way ("Đang thực hiện", a percentage above 0), not begun ("Chưa
 * thực hiện" with no percentage above 0), or nothing. */
type Reported = "under_way" | "not_begun" | "none";

function reportedProgress(task: Task): Reported {
  const p = task.progress;
  if (p?.state === "in_progress" || (p?.percent !== undefined && p.percent > 0)) return "under_way";
  return p?.state === "not_started" ? "not_begun" : "none";
}

const REPORTED_KEY: Record<Reported, number> = { none: 0, under_way: 1, not_begun: 2 };

function pendingCode(reportDate: IsoDate, due: IsoDate, dueSoonDays: number, start?: IsoDate): StatusCode {
  if (start !== undefined && reportDate < start) return "not_started_yet";
  const daysLeft = diffDays(reportDate, due);
  if (daysLeft < 0) return "overdue";
  if (daysLeft <= dueSoonDays) return "due_soon";
  return "in_progress";
}

const always = (): boolean => true;

function milestoneTiming(milestones: Milestone[], done: boolean, settings: ClassifySettings): Timing | null {
  const sorted = [...milestones].sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  const last = sorted[sorted.length - 1];
  if (!last) return null;
  // No per-milestone progress: a task marked done has done them all, so it is judged against the last one.
  const judged = done
    ? last
    : (sorted.find((m) => m.due < settings.reportDate) ??
      sorted.find((m) => m.due >= settings.reportDate) ??
      last);
  return {
    due: judged.due,
    milestone: judged.label,
    pending: pendingCode(settings.reportDate, judged.due, settings.dueSoonDays),
    completionCounts: always,
    datelessDoneCounts: true,
  };
}

function timing(
  tf: Timeframe,
  done: boolean,
  reported: Reported,
  settings: ClassifySettings,
  ctx: TimeframeContext,
): Timing | null {
  const t = timingOf(tf, done, reported, settings, ctx);
  if (t?.due !== undefined) t.daysLeft = diffDays(settings.reportDate, t.due);
  return t;
}

function timingOf(
  tf: Timeframe,
  done: boolean,
  reported: Reported,
  settings: ClassifySettings,
  ctx: TimeframeContext,
): Timing | null {
  const { reportDate, dueSoonDays } = settings;
  // The start that can make a task not_started_yet: none once the work is reported under way.
  const startOf = (start: IsoDate | undefined): IsoDate | undefined => (reported === "under_way" ? undefined : start);
  switch (tf.kind) {
    case "deadline":
    case "range":
      return {
        due: tf.due,
        pending: pendingCode(
          reportDate,
          tf.due,
          dueSoonDays,
          // Under a deadline column the period's start counts only when staff say the work has not begun.
          startOf(tf.kind === "deadline" && tf.role === "deadline" && reported !== "not_begun" ? undefined : tf.start),
        ),
        completionCounts: always,
        datelessDoneCounts: true,
      };
    case "recurring": {
      const occ = currentOccurrence(tf, reportDate, ctx);
      if (!occ) return null;
      return {
        due: occ.due,
        pending: pendingCode(reportDate, occ.due, dueSoonDays, startOf(occ.start)),
        completionCounts: (completedOn) => completedOn >= occ.start,
        datelessDoneCounts: diffDays(reportDate, occ.due) <= dueSoonDays,
      };
    }
    case "milestones":
      return milestoneTiming(tf.milestones, done, settings);
    case "continuous": {
      const start = startOf(tf.start);
      const pending = start !== undefined && reportDate < start ? "not_started_yet" : "ongoing";
      return { pending, completionCounts: always, datelessDoneCounts: true };
    }
    case "event":
      return tf.relation === "request"
        ? { pending: "ongoing", completionCounts: always, datelessDoneCounts: true }
        : null;
    case "unparsed":
      return null;
  }
}

function withDue(status: TaskStatus, t: Timing | null, reportDate: IsoDate): TaskStatus {
  if (t?.due !== undefined) {
    status.due = t.due;
    status.daysLeft = t.daysLeft ?? diffDays(reportDate, t.due);
  }
  if (t?.milestone !== undefined) status.milestone = t.milestone;
  return status;
}

/**
 * What a timeframe says, remembered per timeframe object for one classification: the plan reader parses each
 * distinct cell text once, so the tasks of a large plan share a few dozen timeframe objects.
 */
type TimingMemo = WeakMap<Timeframe, Map<number, Timing | null>>;

function memoTiming(
  memo: TimingMemo | undefined,
  tf: Timeframe,
  done: boolean,
  reported: Reported,
  settings: ClassifySettings,
  ctx: TimeframeContext,
): Timing | null {
  if (!memo) return timing(tf, done, reported, settings, ctx);
  const key = REPORTED_KEY[reported] + (done ? 3 : 0);
  let byKey = memo.get(tf);
  if (!byKey) memo.set(tf, (byKey = new Map()));
  const known = byKey.get(key);
  if (known !== undefined) return known;
  const computed = timing(tf, done, reported, settings, ctx);
  byKey.set(key, computed);
  return computed;
}

/** The status of one task at settings.reportDate. ctx gives the plan's year and programme period. */
export function classifyTask(
  task: Task,
  settings: ClassifySettings,
  ctx: TimeframeContext = {},
  memo?: TimingMemo,
): TaskStatus {
  const { reportDate } = settings;
  const done = isDone(task);
  const t = memoTiming(memo, task.timeframe, done, reportedProgress(task), settings, ctx);
  // The code is settled first and the status built once (a closure per task cost more than the rest).
  let code: StatusCode = t ? t.pending : "unknown";
  if (task.progress?.state === "paused") code = "paused";
  else if (done) {
    const completedOn = task.progress?.completedOn;
    if (completedOn === undefined) {
      if (!t || t.datelessDoneCounts) code = "done";
    } else if (t?.due === undefined) {
      code = "done";
    } else if (t.completionCounts(completedOn)) {
      code = completedOn <= t.due ? "done_on_time" : "done_late";
    }
    // Otherwise the completion belongs to an earlier occurrence: the current one is judged as not done.
  }
  return withDue({ taskId: task.id, code }, t, reportDate);
}

/** The timeframe context of a plan: settings override what was read from the title. */
export function planTimeframeContext(
  plan: Plan,
  settings: Pick<Settings, "planYear" | "programPeriod">,
): TimeframeContext {
  const ctx: TimeframeContext = {};
  const planYear = settings.planYear ?? plan.planYear ?? undefined;
  const programPeriod = settings.programPeriod ?? plan.programPeriod ?? undefined;
  if (planYear !== undefined) ctx.planYear = planYear;
  if (programPeriod !== undefined) ctx.programPeriod = programPeriod;
  return ctx;
}

/** The status of every task of the plan, in plan order. */
export function classify(plan: Plan, settings: Settings): TaskStatus[] {
  const ctx = planTimeframeContext(plan, settings);
  const memo: TimingMemo = new WeakMap();
  return plan.tasks.map((task) => classifyTask(task, settings, ctx, memo));
}
