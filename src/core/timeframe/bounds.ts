// STUB — to be replaced by the timeframe parser.
import type { IsoDate } from "../date/calendar";
import type { Timeframe, TimeframeContext } from "../model/Timeframe";

/** The whole span a timeframe covers (first start to last due), or null when it has none. */
export function timeframeBounds(tf: Timeframe, ctx: TimeframeContext = {}): { start?: IsoDate; end: IsoDate } | null {
  void ctx;
  switch (tf.kind) {
    case "deadline":
      return { start: tf.start, end: tf.due };
    case "range":
      return { start: tf.start, end: tf.due };
    default:
      return null;
  }
}
