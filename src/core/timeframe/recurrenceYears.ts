// The years a recurring expression runs in: as written ("Hằng năm giai đoạn 2023-2025", "hằng quý từ năm 2024"),
// else the programme period from the context ("giai đoạn 2023 - 2030" in the plan's title).
import type { TimeframeContext } from "../model/Timeframe";
import { firstMatch, isYear, WORD_START, YEAR, YEAR_AFTER, YEAR_RANGE } from "./patterns";

export function recurrenceYears(
  folded: string,
  ctx: TimeframeContext,
): { firstYear?: number; lastYear?: number } {
  let firstYear = ctx.programPeriod?.start;
  let lastYear = ctx.programPeriod?.end;
  const range = firstMatch(YEAR_RANGE, folded);
  if (range) {
    const a = Number(range[1]);
    const b = Number(range[2]);
    if (isYear(a) && isYear(b) && a <= b) return { firstYear: a, lastYear: b };
  }
  const from = firstMatch(`${WORD_START}tu\\s+(?:nam\\s+)?${YEAR}`, folded);
  if (from && isYear(Number(from[1]))) firstYear = Number(from[1]);
  const to = firstMatch(`${WORD_START}(?:den|toi)\\s+(?:het\\s+)?(?:nam\\s+)?${YEAR_AFTER}`, folded);
  if (to && isYear(Number(to[1]))) lastYear = Number(to[1]);
  const years: { firstYear?: number; lastYear?: number } = {};
  if (firstYear !== undefined) years.firstYear = firstYear;
  if (lastYear !== undefined) years.lastYear = lastYear;
  return years;
}
