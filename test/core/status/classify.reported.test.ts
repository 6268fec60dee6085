// Reported progress wins over the calendar (issue 7 §5), the column's role (§1), open-ended starts and events.
import type { Progress } from "../../../src/core/model/Plan";
import type { StatusCode } from "../../../src/core/model/Status";
import type { TimeframeContext, TimeframeRole } from "../../../src/core/model/Timeframe";
import { classifyTask } from "../../../src/core/status/classify";
import { parseTimeframe } from "../../../src/core/timeframe/parseTimeframe";
import { makeTask } from "../taskFactory";

const SETTINGS = { reportDate: "2026-11-30", dueSoonDays: 30 };
const HEADERS: Record<TimeframeRole | "unknown", string | undefined> = {
  deadline: "Thời gian hoàn thành",
  period: "Thời gian thực hiện",
  unknown: "Thời gian",
};
const CTX: TimeframeContext = { programPeriod: { start: 2023, end: 2030 } };

const UNDER_WAY: Progress = { state: "in_progress", stateText: "Đang thực hiện" };
const NOT_BEGUN: Progress = { state: "not_started", stateText: "Chưa thực hiện" };
const PERCENT_20: Progress = { percent: 20 };
const PERCENT_0: Progress = { percent: 0 };

function status(timeframe: string, column: keyof typeof HEADERS, progress?: Progress): StatusCode {
  const header = HEADERS[column];
  const tf = parseTimeframe(timeframe, header === undefined ? CTX : { ...CTX, header });
  return classifyTask(makeTask({ timeframe: tf, ...(progress ? { progress } : {}) }), SETTINGS, CTX).code;
}

// At 30/11/2026.
const rows: [timeframe: string, column: keyof typeof HEADERS, progress: Progress | undefined, expected: StatusCode][] = [
  // A period not yet begun: under "Thời gian thực hiện" (or a bare "Thời gian") the work has not started…
  ["Quý I/2027", "period", undefined, "not_started_yet"],
  ["Quý I/2027", "unknown", undefined, "not_started_yet"],
  // …under "Thời gian hoàn thành" it is the deadline of work that may be under way.
  ["Quý I/2027", "deadline", undefined, "in_progress"],
  ["Tháng 12/2026", "deadline", undefined, "in_progress"],
  ["Trước 15/12/2026", "deadline", undefined, "due_soon"],
  // Reported progress wins over the calendar, whatever the column.
  ["Quý I/2027", "period", UNDER_WAY, "in_progress"],
  ["Quý I/2027", "unknown", PERCENT_20, "in_progress"],
  ["Quý I/2027", "deadline", UNDER_WAY, "in_progress"],
  ["2027 - 2030", "period", UNDER_WAY, "in_progress"],
  ["Tháng 12/2026", "period", UNDER_WAY, "in_progress"],
  ["Từ 01/12/2026 đến 15/12/2026", "period", UNDER_WAY, "due_soon"],
  ["Từ 01/12/2026 đến 15/12/2026", "period", undefined, "not_started_yet"],
  ["Từ năm 2027", "period", UNDER_WAY, "ongoing"],
  // Nothing reported, or 0%, or "Chưa thực hiện": the calendar decides.
  ["Quý I/2027", "period", PERCENT_0, "not_started_yet"],
  ["Quý I/2027", "period", NOT_BEGUN, "not_started_yet"],
  // Under a deadline column the period's start counts again when staff say the work has not begun.
  ["Quý I/2027", "deadline", NOT_BEGUN, "not_started_yet"],
  ["Quý I/2027", "deadline", PERCENT_0, "in_progress"],
  ["2027 - 2030", "period", undefined, "not_started_yet"],
  // "Chưa thực hiện" after the start: judged like any task not done (no separate label; classify.ts rule 4).
  ["Quý IV/2026", "period", NOT_BEGUN, "in_progress"],
  ["2023 - 2030", "period", NOT_BEGUN, "in_progress"],
  ["Quý III/2026", "period", NOT_BEGUN, "overdue"],
  ["Quý III/2026", "period", UNDER_WAY, "overdue"],
  // Open-ended starts.
  ["Từ năm 2027", "period", undefined, "not_started_yet"],
  ["Từ tháng 3/2024", "period", undefined, "ongoing"],
  ["Từ Quý II/2025", "deadline", undefined, "ongoing"],
  // Recurring from a year on: this year's occurrence, never the first year's 31/12.
  ["2025 và những năm tiếp theo", "deadline", undefined, "in_progress"],
  ["Năm 2027 và những năm tiếp theo", "period", undefined, "not_started_yet"],
  // Events: never overdue.
  ["Sau khi Nghị định được ban hành", "deadline", undefined, "unknown"],
  ["Theo tiến độ của Bộ", "deadline", undefined, "unknown"],
  ["Khi có yêu cầu", "deadline", undefined, "ongoing"],
  ["Trong thời gian triển khai Kế hoạch", "deadline", undefined, "ongoing"],
  // Several deadlines: the first one past due is overdue.
  ["Tháng 6 và tháng 12/2026", "deadline", undefined, "overdue"],
  ["Quý II/2027: dự thảo; Quý IV/2027: ban hành", "deadline", undefined, "in_progress"],
];

test.each(rows)("%j under %s, progress %j → %s", (timeframe, column, progress, expected) => {
  expect(status(timeframe, column, progress)).toBe(expected);
});

test("a recurring task from 2025 on is judged on this year's occurrence", () => {
  const tf = parseTimeframe("2025 và những năm tiếp theo", { ...CTX, header: HEADERS.deadline });
  const s = classifyTask(makeTask({ timeframe: tf }), SETTINGS, CTX);
  expect(s).toMatchObject({ code: "in_progress", due: "2026-12-31", daysLeft: 31 });
});

test("a milestone cell names the milestone judged", () => {
  const tf = parseTimeframe("Tháng 6 và tháng 12/2026", CTX);
  expect(classifyTask(makeTask({ timeframe: tf }), SETTINGS, CTX)).toMatchObject({ code: "overdue", due: "2026-06-30", milestone: "Tháng 6" });
});
