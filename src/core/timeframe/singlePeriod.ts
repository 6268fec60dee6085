// One period or date, read by the single-form parsers: the parts of "Từ quý I/2026 đến quý IV/2028" and of
// "Quý II/2026: dự thảo; Quý IV/2026: ban hành" are each one of these.
import type { DeadlineTimeframe, TimeframeContext } from "../model/Timeframe";
import type { NormalizedText } from "./NormalizedText";
import { dateParser } from "./parsers/dateParser";
import { halfParser } from "./parsers/halfParser";
import { monthParser } from "./parsers/monthParser";
import { quarterParser } from "./parsers/quarterParser";
import { yearParser } from "./parsers/yearParser";

// In the order timeframeParsers tries them: halves before months and years, dates before months, months before years.
const SINGLE = [halfParser, quarterParser, dateParser, monthParser, yearParser] as const;

/** The one period `text` names, as a deadline (its start when the form states one), or null. */
export function readSinglePeriod(text: NormalizedText, ctx: TimeframeContext): DeadlineTimeframe | null {
  for (const parser of SINGLE) {
    const result = parser.extract(text, ctx);
    if (result) return result.kind === "deadline" ? result : null;
  }
  return null;
}
