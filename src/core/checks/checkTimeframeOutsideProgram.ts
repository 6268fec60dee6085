import { yearOf } from "../date/calendar";
import type { Issue } from "../model/Issue";
import type { Plan, Task } from "../model/Plan";
import type { Timeframe } from "../model/Timeframe";
import { taskIssue } from "./taskIssue";

/** The years a timeframe reaches, as written: first and last. Null when it names none. */
function yearsReached(tf: Timeframe): { first: number; last: number } | null {
  switch (tf.kind) {
    case "deadline":
      return { first: yearOf(tf.start ?? tf.due), last: yearOf(tf.due) };
    case "range":
      return { first: yearOf(tf.start), last: yearOf(tf.due) };
    case "milestones": {
      const years = tf.milestones.map((m) => yearOf(m.due));
      return years.length > 0 ? { first: Math.min(...years), last: Math.max(...years) } : null;
    }
    case "recurring":
      return tf.firstYear !== undefined && tf.lastYear !== undefined
        ? { first: tf.firstYear, last: tf.lastYear }
        : null;
    case "continuous":
      // "Từ năm 2027": only its start is written.
      return tf.start === undefined ? null : { first: yearOf(tf.start), last: yearOf(tf.start) };
    case "event":
    case "unparsed":
      return null;
  }
}

/**
 * A deadline, range, milestone or recurrence reaching outside the programme period read from the title
 * ("giai đoạn 2023 - 2030"): "trước ngày 15/12/2016" copied from an older plan, "2016-–2025" in a 2023–2030 plan.
 * Nothing is checked when the plan states no period.
 */
export function checkTimeframeOutsideProgram(plan: Plan): Issue[] {
  const period = plan.programPeriod;
  if (!period) return [];
  const issues: Issue[] = [];
  // readPlan parses each distinct time text once and shares the timeframe: settle each timeframe once.
  const outside = new Map<Timeframe, boolean>();
  // Indexed loops: a check runs once per analysis, largely before it is optimised, where for…of costs an
  // iterator call and a result object per task.
  const tasks = plan.tasks;
  for (let t = 0; t < tasks.length; t++) {
    const task = tasks[t] as Task;
    let out = outside.get(task.timeframe);
    if (out === undefined) {
      const years = yearsReached(task.timeframe);
      out = years !== null && !(years.first >= period.start && years.last <= period.end);
      outside.set(task.timeframe, out);
    }
    if (!out) continue;
    issues.push(
      taskIssue(task, "timeframe", "timeframe-outside-program", {
        text: task.timeframe.text,
        programStart: period.start,
        programEnd: period.end,
      }),
    );
  }
  return issues;
}
