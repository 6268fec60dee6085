// The span a timeframe covers, for the timeline and for "outside the programme" checks.
import { isoDate, type IsoDate } from "../date/calendar";
import type { Timeframe, TimeframeContext } from "../model/Timeframe";
import { occurrences, recurrenceBounds } from "./occurrence";

/**
 * The whole span a timeframe covers (start to last due), or null when it has none (continuous, unparsed,
 * a recurrence whose years are unknown).
 * - deadline: its start when stated, to its due date;
 * - range: start to due;
 * - milestones: the programme's start (else the first due) to the last due;
 * - recurring: 1 January of its first year to the last occurrence's due date.
 */
export function timeframeBounds(
  tf: Timeframe,
  ctx: TimeframeContext = {},
): { start?: IsoDate; end: IsoDate } | null {
  switch (tf.kind) {
    case "deadline":
      return tf.start === undefined ? { end: tf.due } : { start: tf.start, end: tf.due };
    case "range":
      return { start: tf.start, end: tf.due };
    case "milestones": {
      const dues = tf.milestones.map((m) => m.due).sort();
      const first = dues[0];
      const last = dues[dues.length - 1];
      if (first === undefined || last === undefined) return null;
      const start = ctx.programPeriod ? isoDate(ctx.programPeriod.start, 1, 1) : first;
      return { start, end: last };
    }
    case "recurring": {
      const { firstYear, lastYear } = recurrenceBounds(tf, ctx);
      if (firstYear === undefined || lastYear === undefined) return null;
      const last = occurrences(tf, ctx, lastYear, lastYear).pop();
      if (!last) return null;
      return { start: isoDate(firstYear, 1, 1), end: last.due };
    }
    case "continuous":
    case "event":
    case "unparsed":
      return null;
  }
}
