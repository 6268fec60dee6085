// The timeline and the outside-programme check on the timeframe kinds of issue 7 §1.
import { checkTimeframeOutsideProgram } from "../../../src/core/checks/checkTimeframeOutsideProgram";
import type { Task } from "../../../src/core/model/Plan";
import { taskCells } from "../../../src/core/report/timelineSheet";
import { timelinePeriods } from "../../../src/core/report/timelinePeriods";
import { parseTimeframe } from "../../../src/core/timeframe/parseTimeframe";
import { makePlan, makeTask } from "../taskFactory";
import { SETTINGS, seedPlan } from "./seedReport";

const CTX = { programPeriod: { start: 2023, end: 2030 } };
const P = { unit: "quarter" as const, firstYear: 2026, lastYear: 2027, count: 8 };

test.each([
  ["Từ Quý II/2026", [[1, null], [2, null], [3, null], [4, null], [5, null], [6, null], [7, null]]],
  ["Từ năm 2028", []],
  ["Sau khi Nghị định được ban hành", []],
  ["Khi có yêu cầu", []],
  ["Tháng 6 và tháng 12/2026", [[1, "◆"], [3, "◆"]]],
  ["Từ quý III/2026 đến quý I/2027", [[2, null], [3, null], [4, null]]],
] as [string, [number, string | null][]][])("quarter columns of %j", (text, expected) => {
  const task = { ...(seedPlan().tasks[0] as Task), timeframe: parseTimeframe(text, CTX) };
  const cells = taskCells(task, P);
  expect(cells.flatMap((c, i) => (c === undefined ? [] : [[i, c]]))).toEqual(expected);
});

test("an open-ended start counts among the years a plan without a stated period spans", () => {
  const plan = { ...seedPlan(), programPeriod: null, tasks: [{ ...(seedPlan().tasks[0] as Task), timeframe: parseTimeframe("Từ năm 2031", {}) }] };
  const p = timelinePeriods(plan, { ...SETTINGS, programPeriod: undefined });
  expect(p.lastYear).toBe(2031);
});

test.each([
  ["Từ năm 2020", true],
  ["Từ năm 2026", false],
  ["Sau khi Luật Nhà giáo năm 2035 được ban hành", false],
  ["2020 và những năm tiếp theo", true],
])("outside the programme 2023–2030: %j → %s", (text, outside) => {
  const plan = makePlan([makeTask({ timeframe: parseTimeframe(text, CTX) })]);
  expect(checkTimeframeOutsideProgram(plan).length).toBe(outside ? 1 : 0);
});
