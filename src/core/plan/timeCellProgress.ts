// A time cell that records the task as done instead of giving a time: "Đã hoàn thành" under "Thời gian hoàn
// thành" (Quyết định 844/QĐ-TTg ngày 13/5/2026, Phụ lục; test/fixtures/corpus/qd844-2026-bhyt). The plan itself
// says the task is done, so it counts as progress "done" when staff have written no status or percent of their
// own (those win, and are checked against each other as usual). Only a cell that no time form reads: "Hoàn thành
// trước 30/6/2026" is a deadline.
import type { Progress } from "../model/Plan";
import type { Timeframe } from "../model/Timeframe";
import { readProgressState } from "./progress";

/** The task's progress with the time cell's "done" added, or the progress unchanged. */
export function progressFromTimeCell(
  timeframe: Timeframe,
  progress: Progress | undefined,
): Progress | undefined {
  if (timeframe.kind !== "unparsed" || timeframe.text === "") return progress;
  if (progress?.state !== undefined || progress?.percent !== undefined) return progress;
  const state = readProgressState(timeframe.text, timeframe.text);
  if (!state?.ok || state.value !== "done") return progress;
  return { ...progress, state: "done", stateText: timeframe.text };
}
