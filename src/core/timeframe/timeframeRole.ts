// What a timeframe column's times mean, from its header (issue 7 §1):
// - "deadline": "Thời gian hoàn thành", "Thời hạn", "Thời hạn hoàn thành", "Hạn hoàn thành", "Tiến độ hoàn thành":
//   "Quý I/2027" is when the task must be done; its work may already be under way before the quarter.
// - "period": "Thời gian thực hiện", "Thời gian triển khai", "Tiến độ thực hiện": the time the work is done in.
// - Anything else ("Thời gian", "Tiến độ", a header we do not know) is read as "period". Why: it keeps what such
//   columns have always meant here, and before a period begins it says only what the cell says — "Chưa đến kỳ",
//   the period has not come — rather than claiming work is under way that nobody reported. Reported progress
//   ("Đang thực hiện", a percentage) still wins over the calendar (src/core/status/classify.ts, rule 4).
import type { TimeframeRole } from "../model/Timeframe";
import { matchKey } from "../text/normalize";

const DEADLINE = /(?:^| )(?:hoan thanh|thoi han|han chot|han)(?: |$)/u;

export function timeframeRole(header: string): TimeframeRole {
  const key = matchKey(header);
  return DEADLINE.test(key) ? "deadline" : "period";
}
