import type { Task } from "../../../src/core/model/Plan";
import { buildPatch } from "../../../src/core/report/buildPatch";
import { STATUS_PALETTE } from "../../../src/core/report/palette";
import { lineHeight } from "../../../src/core/report/reportFont";
import { taskCells } from "../../../src/core/report/timelineSheet";
import { timelinePeriods } from "../../../src/core/report/timelinePeriods";
import { SETTINGS, seedInput, seedPlan } from "./seedReport";
import { cellAt, sheetOf, textOf } from "./patchLookup";

const FIRST = 5; // period columns start at F
const HEADER = 4;
const FIRST_TASK_ROW = 6;

describe("Lộ trình", () => {
  const patch = buildPatch(seedInput());
  const sheet = sheetOf(patch, "Lộ trình");

  test("one column per year of the programme, 2023 … 2030", () => {
    expect(Array.from({ length: 8 }, (_, i) => cellAt(sheet, HEADER, FIRST + i)?.value)).toEqual([2023, 2024, 2025, 2026, 2027, 2028, 2029, 2030]);
    expect(cellAt(sheet, HEADER, FIRST + 8)).toBeUndefined();
  });

  test("the reporting date's column is marked and framed", () => {
    const nowCol = FIRST + 3; // 2026
    expect(cellAt(sheet, 3, nowCol)?.value).toBe("▼");
    expect(patch.styles[cellAt(sheet, HEADER, nowCol)?.style ?? ""]?.border?.style).toBe("medium");
    expect(patch.styles[cellAt(sheet, FIRST_TASK_ROW, nowCol)?.style ?? ""]?.border?.sides).toEqual(["left", "right"]);
    expect(patch.styles[cellAt(sheet, FIRST_TASK_ROW, nowCol - 1)?.style ?? ""]?.border).toBeUndefined();
  });

  test("a range task is a bar in its status colour over its years", () => {
    // Task 5, "2025 - 2030", in progress: 2023 and 2024 empty, 2025–2030 filled blue.
    const row = FIRST_TASK_ROW + 4;
    expect(textOf(cellAt(sheet, row, 3)?.value)).toBe("2025 - 2030");
    expect(cellAt(sheet, row, FIRST)).toBeUndefined();
    expect(cellAt(sheet, row, FIRST + 1)).toBeUndefined();
    for (let i = 2; i < 8; i++) expect(patch.styles[cellAt(sheet, row, FIRST + i)?.style ?? ""]?.fill).toBe(STATUS_PALETTE.in_progress.fill);
  });

  test("phase milestones marked ◆ in 2025 and 2030, in the overdue colour; nothing between", () => {
    const row = FIRST_TASK_ROW + 7;
    expect(cellAt(sheet, row, FIRST + 2)?.value).toBe("◆");
    expect(cellAt(sheet, row, FIRST + 7)?.value).toBe("◆");
    expect(patch.styles[cellAt(sheet, row, FIRST + 2)?.style ?? ""]?.fill).toBe(STATUS_PALETTE.overdue.fill);
    expect(cellAt(sheet, row, FIRST + 4)).toBeUndefined();
  });

  test("a yearly recurring task marked ● in every year", () => {
    const row = FIRST_TASK_ROW + 6;
    expect(Array.from({ length: 8 }, (_, i) => cellAt(sheet, row, FIRST + i)?.value)).toEqual(Array(8).fill("●"));
  });

  test("status words beside the bars, and a legend below the table under the status column", () => {
    expect(cellAt(sheet, FIRST_TASK_ROW + 7, 4)?.value).toBe("Quá hạn");
    // Eight tasks on rows 6–13, an empty row, then the heading and ten status words, one row each.
    const lastTaskRow = FIRST_TASK_ROW + 7;
    expect(sheet.cells.some((c) => c.row === lastTaskRow + 1)).toBe(false);
    expect(cellAt(sheet, lastTaskRow + 2, 4)?.value).toBe("Chú giải");
    const words = sheet.cells.filter((c) => c.row > lastTaskRow + 2);
    expect(words.map((c) => c.col)).toEqual(Array(10).fill(4));
    expect(words.map((c) => c.value)).toContain("Sắp đến hạn");
    // Nothing right of the period columns, and no legend row beside a task row.
    expect(Math.max(...sheet.cells.map((c) => c.col))).toBe(FIRST + 7);
    expect(sheet.cells.filter((c) => c.row >= HEADER && c.row <= lastTaskRow).some((c) => c.value === "Chú giải")).toBe(false);
    // The legend rows keep one line's height (none is set for them).
    expect((sheet.rows ?? []).filter((r) => r.row > lastTaskRow)).toEqual([]);
  });
});

describe("timeline periods", () => {
  test("quarters when the plan spans one or two years", () => {
    const plan = { ...seedPlan(), programPeriod: { start: 2026, end: 2027 } };
    expect(timelinePeriods(plan, SETTINGS)).toEqual({ unit: "quarter", firstYear: 2026, lastYear: 2027, count: 8 });
    const sheet = sheetOf(buildPatch({ ...seedInput(), plan }), "Lộ trình");
    expect(cellAt(sheet, 5, FIRST)?.value).toBe("I");
    expect(cellAt(sheet, 5, FIRST + 7)?.value).toBe("IV");
    // 30/11/2026 is in Q4 2026: the fourth period column.
    expect(cellAt(sheet, 3, FIRST + 3)?.value).toBe("▼");
  });

  test("years taken from the tasks when the plan states no programme period", () => {
    const plan = { ...seedPlan(), programPeriod: null };
    expect(timelinePeriods(plan, SETTINGS)).toEqual({ unit: "year", firstYear: 2023, lastYear: 2030, count: 8 });
  });

  test("the settings' programme period overrides the plan's", () => {
    expect(timelinePeriods(seedPlan(), { ...SETTINGS, programPeriod: { start: 2021, end: 2025 } }).firstYear).toBe(2021);
  });

  test.each([
    ["Quý I/2026", { kind: "deadline", text: "Quý I/2026", start: "2026-01-01", due: "2026-03-31", certain: { year: true, month: true, day: false } }, [[0, "◆"]]],
    ["Định kỳ 6 tháng", { kind: "recurring", text: "Định kỳ 6 tháng", period: "half", firstYear: 2026, lastYear: 2026 }, [[0, null], [1, "●"], [2, null], [3, "●"]]],
    ["Thường xuyên", { kind: "continuous", text: "Thường xuyên" }, [[0, null], [1, null], [2, null], [3, null], [4, null], [5, null], [6, null], [7, null]]],
    ["Theo tiến độ của Bộ", { kind: "unparsed", text: "Theo tiến độ của Bộ", reason: "free-text" }, []],
    ["2020 (before the programme)", { kind: "deadline", text: "2020", due: "2020-12-31", certain: { year: true, month: false, day: false } }, []],
  ] as [string, Task["timeframe"], [number, string | null][]][])("quarter columns of %s", (_, timeframe, expected) => {
    const p = { unit: "quarter" as const, firstYear: 2026, lastYear: 2027, count: 8 };
    const task = { ...(seedPlan().tasks[0] as Task), timeframe };
    const cells = taskCells(task, p);
    const shown = cells.flatMap((c, i) => (c === undefined ? [] : [[i, c] as [number, string | null]]));
    expect(shown).toEqual(expected);
    expect(cells).toHaveLength(8);
  });
});

describe("Lộ trình: title block and type", () => {
  const patch = buildPatch(seedInput());
  const sheet = sheetOf(patch, "Lộ trình");

  test("the plan name is merged across the whole table and its row fitted to the wrapped name", () => {
    // Columns A–E and eight years F–M.
    expect(sheet.merges).toContainEqual({ top: 1, left: 0, bottom: 1, right: FIRST + 7 });
    expect(sheet.merges).toContainEqual({ top: 0, left: 0, bottom: 0, right: FIRST + 7 });
    expect(patch.styles[cellAt(sheet, 1, 0)?.style ?? ""]?.alignment?.wrap).toBe(true);
    // The seed's name fits the 174 units on one line: no height. Twice as long, it takes two lines of 12 points.
    expect((sheet.rows ?? []).find((r) => r.row === 1)).toBeUndefined();
    const plan = seedPlan();
    const long = { ...plan, titleLines: plan.titleLines.map((l) => (l.length > 60 ? `${l} ${l}` : l)) };
    const longSheet = sheetOf(buildPatch({ ...seedInput(), plan: long }), "Lộ trình");
    expect(textOf(cellAt(longSheet, 1, 0)?.value).length).toBeGreaterThan(200);
    expect((longSheet.rows ?? []).find((r) => r.row === 1)?.height).toBe(2 * lineHeight(12) + 4);
  });

  test("Times New Roman throughout: 11 points in the table, 14 in the title", () => {
    for (const c of sheet.cells) expect(patch.styles[c.style ?? ""]?.font?.name).toBe("Times New Roman");
    expect(patch.styles[cellAt(sheet, 0, 0)?.style ?? ""]?.font?.size).toBe(14);
    expect(patch.styles[cellAt(sheet, FIRST_TASK_ROW, 1)?.style ?? ""]?.font?.size).toBe(11);
    expect(patch.styles[cellAt(sheet, FIRST_TASK_ROW, 4)?.style ?? ""]?.font?.size).toBe(11);
  });

  test("the status column is wide enough for 'Đang thực hiện trong hạn' on one line", () => {
    expect(sheet.columns?.find((c) => c.col === 4)?.width).toBeGreaterThanOrEqual(22);
  });
});
