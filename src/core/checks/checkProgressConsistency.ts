import type { Issue } from "../model/Issue";
import type { Plan, Progress, ProgressState, Task } from "../model/Plan";
import { taskIssue } from "./taskIssue";

const STATE_WORDS: Record<ProgressState, string> = {
  not_started: "Chưa thực hiện",
  in_progress: "Đang thực hiện",
  done: "Đã hoàn thành",
  paused: "Tạm dừng",
};

/**
 * Whether the status and the percentage staff wrote contradict each other:
 * "Đã hoàn thành" below 100%; 100% while "Chưa thực hiện" or "Đang thực hiện"; "Chưa thực hiện" above 0%.
 * A paused task may have any percentage.
 */
function contradicts(state: ProgressState, percent: number): boolean {
  switch (state) {
    case "done":
      return percent < 100;
    case "not_started":
      return percent > 0;
    case "in_progress":
      return percent >= 100;
    case "paused":
      return false;
  }
}

function inconsistent(
  progress: Progress | undefined,
): progress is Progress & { state: ProgressState; percent: number } {
  return (
    progress?.state !== undefined &&
    progress.percent !== undefined &&
    contradicts(progress.state, progress.percent)
  );
}

/** A progress status at odds with its percentage ("Đã hoàn thành" with 40%, or 100% with "Chưa thực hiện"). */
export function checkProgressConsistency(plan: Plan): Issue[] {
  const issues: Issue[] = [];
  // Indexed loops: a check runs once per analysis, largely before it is optimised, where for…of costs an
  // iterator call and a result object per task.
  const tasks = plan.tasks;
  for (let t = 0; t < tasks.length; t++) {
    const task = tasks[t] as Task;
    const progress = task.progress;
    if (!inconsistent(progress)) continue;
    const role = task.cells.progressStatus !== undefined ? "progressStatus" : "progressPercent";
    issues.push(
      taskIssue(task, role, "progress-inconsistent", {
        stateText: progress.stateText?.trim() || STATE_WORDS[progress.state],
        percent: progress.percent,
      }),
    );
  }
  return issues;
}
