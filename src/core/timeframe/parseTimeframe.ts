// STUB — to be replaced by the timeframe parser.
import type { Timeframe, TimeframeContext } from "../model/Timeframe";

export function parseTimeframe(text: string, ctx: TimeframeContext = {}): Timeframe {
  void ctx;
  return { kind: "unparsed", text, reason: "free-text" };
}
