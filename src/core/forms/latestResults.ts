// The last result each task's unit reported, from the history (the latest period with a result before this one).
import type { ReportContext } from "../report/ReportContext";
import { periodIndex, periodLabel } from "../history/HistoryRow";

export function latestResults(ctx: ReportContext): Map<string, string> {
  const current = periodIndex(periodLabel(ctx.period.year, ctx.period.month)) ?? 0;
  const best = new Map<string, { index: number; result: string }>();
  for (const r of ctx.history.rows) {
    const index = periodIndex(r.period) ?? 0;
    if (!r.result || index >= current) continue;
    const old = best.get(r.key);
    if (!old || index >= old.index) best.set(r.key, { index, result: r.result });
  }
  return new Map([...best].map(([k, v]) => [k, v.result]));
}
