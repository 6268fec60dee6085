// Filters of the task list: by status, by lead unit, and a search that ignores case and diacritics
// ("so ke hoach" finds "Sở Kế hoạch và Đầu tư"; "đ" is folded explicitly by foldText).
import type { StatusCode } from "../../core/model/Status";
import { foldText } from "../../core/text/normalize";
import type { TaskView } from "../../core/report/TaskView";

export interface TaskFilter {
  /** A status code, or "" for all. */
  status: StatusCode | "";
  /** A lead unit's key (UnitIdentity.key), or null for all. */
  unit: string | null;
  query: string;
}

export const NO_FILTER: TaskFilter = { status: "", unit: null, query: "" };

function searchable(row: TaskView): string {
  const { task } = row;
  return foldText(
    [
      task.number,
      task.title,
      task.leadText,
      task.coordinatingText,
      task.timeframe.text,
      ...row.leads.map((u) => u.name),
    ].join("\n"),
  );
}

/** Every word of the query must occur somewhere in the task (its number, title, units or timeframe). */
export function filterTasks(rows: readonly TaskView[], filter: TaskFilter): TaskView[] {
  const words = foldText(filter.query)
    .split(/\s+/u)
    .filter((w) => w !== "");
  return rows.filter((row) => {
    if (filter.status !== "" && row.status.code !== filter.status) return false;
    if (filter.unit !== null && !row.leads.some((u) => u.key === filter.unit)) return false;
    if (words.length === 0) return true;
    const haystack = searchable(row);
    return words.every((w) => haystack.includes(w));
  });
}
