// One parser per form of time expression, tried in order by parseTimeframe (the chrono design).
import type { Timeframe, TimeframeContext } from "../model/Timeframe";
import type { NormalizedText } from "./NormalizedText";

export interface TimeframeParser {
  name: string;
  /**
   * The timeframe this parser reads in `text`, or null when the text is not its form.
   * A parser that recognises its form but finds it unusable ("31/2/2026") returns an unparsed result.
   * `note`, when given, receives why the parser declined (for the debug hook).
   */
  extract(text: NormalizedText, ctx: TimeframeContext, note?: (why: string) => void): Timeframe | null;
}
