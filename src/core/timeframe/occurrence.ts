// STUB — to be replaced by the timeframe parser.
import type { IsoDate } from "../date/calendar";
import type { RecurringTimeframe, TimeframeContext } from "../model/Timeframe";

/** The occurrence of a recurring timeframe that is current at `date`: the first one due on or after it. */
export function currentOccurrence(
  tf: RecurringTimeframe,
  date: IsoDate,
  ctx: TimeframeContext = {},
): { start: IsoDate; due: IsoDate } | null {
  void tf; void date; void ctx;
  return null;
}
