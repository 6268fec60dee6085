// A time cell that says the task is already done ("Đã hoàn thành", Quyết định 844/QĐ-TTg, Phụ lục) counts as
// progress "done" unless staff wrote a status of their own; a time cell with a time is never read as progress.
import type { Progress } from "../../../src/core/model/Plan";
import { progressFromTimeCell } from "../../../src/core/plan/timeCellProgress";
import { parseTimeframe } from "../../../src/core/timeframe/parseTimeframe";

const ROWS: [string, string, Progress | undefined, Progress | undefined][] = [
  ["Đã hoàn thành (844/QĐ-TTg)", "Đã hoàn thành", undefined, { state: "done", stateText: "Đã hoàn thành" }],
  ["Hoàn thành", "Hoàn thành", undefined, { state: "done", stateText: "Hoàn thành" }],
  ["upper case", "ĐÃ HOÀN THÀNH", undefined, { state: "done", stateText: "ĐÃ HOÀN THÀNH" }],
  [
    "with a result already read",
    "Đã hoàn thành",
    { result: "Đã ban hành" },
    { result: "Đã ban hành", state: "done", stateText: "Đã hoàn thành" },
  ],
  ["staff's percent wins", "Đã hoàn thành", { percent: 80 }, { percent: 80 }],
  // Negative cases: staff's own status wins; a time form is a deadline; other words are no progress.
  [
    "staff's status wins",
    "Đã hoàn thành",
    { state: "in_progress", stateText: "Đang thực hiện" },
    { state: "in_progress", stateText: "Đang thực hiện" },
  ],
  ["a deadline", "Hoàn thành trước 30/6/2026", undefined, undefined],
  ["not yet done", "Chưa hoàn thành", undefined, undefined],
  ["free text", "Chưa rõ", undefined, undefined],
  ["empty", "", undefined, undefined],
];

describe("progressFromTimeCell", () => {
  it.each(ROWS)("%s", (_label, cell, progress, expected) => {
    expect(progressFromTimeCell(parseTimeframe(cell), progress)).toEqual(expected);
    const nfd = progressFromTimeCell(parseTimeframe(cell.normalize("NFD")), progress);
    expect(nfd?.state).toBe(expected?.state);
  });
});
