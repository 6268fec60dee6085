import { analyzeWorkbook } from "../../../src/core/engine";
import { buildPatch } from "../../../src/core/report/buildPatch";
import { STATUS_PALETTE } from "../../../src/core/report/palette";
import { statusLabel } from "../../../src/core/i18n/statusLabel";
import { applyToGrid, definedName, PLAN_SHEET, seedGrid, seedInput, seedPlan } from "./seedReport";
import { cellAt, sheetOf, textOf } from "./patchLookup";

const IN_PROGRESS = statusLabel("in_progress", "vi");
const OVERDUE = statusLabel("overdue", "vi");

describe("plan sheet: owned columns beside the staff's table", () => {
  test("update mode; every write lies right of the table, in columns empty in the staff's grid", () => {
    const input = seedInput({ progress: true });
    const sheet = sheetOf(buildPatch(input), PLAN_SHEET);
    expect(sheet.mode).toBe("update");
    const grid = input.snapshot.sheets[0];
    const staffCols = new Set<number>();
    grid?.values.forEach((row) => row.forEach((v, c) => v !== null && staffCols.add(c)));
    for (const c of sheet.cells) {
      expect(c.col).toBeGreaterThan(input.plan.lastCol);
      expect(staffCols.has(c.col)).toBe(false);
    }
    for (const m of sheet.merges ?? []) expect(m.left).toBeGreaterThan(input.plan.lastCol);
  });

  test("status words, the due date judged and the days left on each task's row", () => {
    const sheet = sheetOf(buildPatch(seedInput({ progress: true })), PLAN_SHEET);
    // Header row 8 (0-based 7): K "Trạng thái", L "Hạn", M "Còn lại (ngày)".
    expect([10, 11, 12].map((c) => textOf(cellAt(sheet, 7, c)?.value))).toEqual(["Trạng thái", "Hạn", "Còn lại (ngày)"]);
    // The seed's first task (row 9): a range running to 2030.
    expect(cellAt(sheet, 8, 10)?.value).toBe(IN_PROGRESS);
    expect(cellAt(sheet, 8, 11)?.value).toEqual({ date: "2030-12-31" });
    expect(cellAt(sheet, 8, 12)?.value).toBe(1492);
    // The last task (row 16): "GĐ1: 2025; GĐ2: 2030", GĐ1 overdue by 334 days.
    expect(cellAt(sheet, 15, 10)?.value).toBe(OVERDUE);
    expect(cellAt(sheet, 15, 11)?.value).toEqual({ date: "2025-12-31" });
    expect(cellAt(sheet, 15, 12)?.value).toBe(-334);
  });

  test("the fill is written directly and by an 'equals' rule on each status word, with readable colours", () => {
    const patch = buildPatch(seedInput({ progress: true }));
    const sheet = sheetOf(patch, PLAN_SHEET);
    const overdueCell = cellAt(sheet, 15, 10);
    expect(patch.styles[overdueCell?.style ?? ""]?.fill).toBe(STATUS_PALETTE.overdue.fill);
    expect(patch.styles[overdueCell?.style ?? ""]?.font?.color).toBe(STATUS_PALETTE.overdue.text);
    const rules = sheet.conditionalFormats?.[0];
    expect(rules?.range).toEqual({ top: 8, left: 10, bottom: 15, right: 10 });
    const equals = rules?.rules.filter((r) => r.kind === "equals") ?? [];
    expect(equals).toHaveLength(10);
    const overdueRule = equals.find((r) => r.kind === "equals" && r.text === OVERDUE);
    expect(overdueRule && "style" in overdueRule ? patch.styles[overdueRule.style]?.fill : undefined).toBe(STATUS_PALETTE.overdue.fill);
    // The words differ from one another (Excel compares them without case), so each colour has exactly one word.
    expect(new Set(equals.map((r) => (r.kind === "equals" ? r.text.toLowerCase() : ""))).size).toBe(10);
  });

  test("legend: each status word on its colour, in the status column one row below the last task", () => {
    const patch = buildPatch(seedInput({ progress: true }));
    const sheet = sheetOf(patch, PLAN_SHEET);
    // The last task ends on row 16 (0-based 15); row 17 stays empty; the legend heading on row 18.
    expect(sheet.cells.some((c) => c.row === 16)).toBe(false);
    expect(textOf(cellAt(sheet, 17, 10)?.value)).toBe("Chú giải");
    const legend = sheet.cells.filter((c) => c.row > 17);
    expect(legend.map((c) => c.col)).toEqual(Array(10).fill(10));
    expect(legend.map((c) => c.row)).toEqual([18, 19, 20, 21, 22, 23, 24, 25, 26, 27]);
    for (const c of legend) {
      const code = (Object.keys(STATUS_PALETTE) as (keyof typeof STATUS_PALETTE)[]).find((k) => statusLabel(k, "vi") === c.value);
      expect(code).toBeDefined();
      expect(patch.styles[c.style ?? ""]?.fill).toBe(STATUS_PALETTE[code ?? "unknown"].fill);
    }
    // Nothing right of the owned columns (the key column N last), and no row heights on the staff's sheet.
    expect(Math.max(...sheet.cells.map((c) => c.col))).toBe(13);
    expect(sheet.rows ?? []).toEqual([]);
  });

  test("plan-tracker's cells in the staff's table font, Times New Roman 12", () => {
    for (const input of [seedInput({ progress: true }), seedInput()]) {
      const patch = buildPatch(input);
      for (const c of sheetOf(patch, PLAN_SHEET).cells) {
        expect(patch.styles[c.style ?? ""]?.font).toMatchObject({ name: "Times New Roman", size: 12 });
      }
    }
  });

  test("a Word-pasted task spanning rows: status on its first row, owned cells merged over its rows", () => {
    const input = seedInput({ progress: true, rowsPerTask: 2 });
    const sheet = sheetOf(buildPatch(input), PLAN_SHEET);
    const first = input.plan.tasks[0];
    expect(first?.row).toBe(9);
    expect(cellAt(sheet, 8, 10)?.value).toBe(IN_PROGRESS);
    expect(cellAt(sheet, 9, 10)?.value ?? null).toBeNull();
    for (const col of [10, 11, 12]) expect(sheet.merges).toContainEqual({ top: 8, left: col, bottom: 9, right: col });
    expect(sheet.conditionalFormats?.[0]?.range).toEqual({ top: 8, left: 10, bottom: 23, right: 10 });
  });

  test("markers name each owned range", () => {
    const patch = buildPatch(seedInput({ progress: true }));
    const byName = Object.fromEntries(patch.names.map((n) => [n.name, n]));
    expect(byName.PlanTracker_Status).toEqual({ name: "PlanTracker_Status", sheet: PLAN_SHEET, range: { top: 7, left: 10, bottom: 15, right: 10 } });
    expect(byName.PlanTracker_Due?.range.left).toBe(11);
    expect(byName.PlanTracker_DaysLeft?.range.left).toBe(12);
    expect(byName.PlanTracker_Legend?.range).toEqual({ top: 17, left: 10, bottom: 27, right: 10 });
    expect(byName.PlanTracker_Input).toBeUndefined();
  });
});

describe("plan sheet: input columns for a plan without progress columns", () => {
  test("added before the owned columns, with list, whole and date validations", () => {
    const patch = buildPatch(seedInput());
    const sheet = sheetOf(patch, PLAN_SHEET);
    expect([6, 7, 8, 9, 10].map((c) => textOf(cellAt(sheet, 7, c)?.value))).toEqual([
      "Tình trạng",
      "Tiến độ (%)",
      "Ngày hoàn thành",
      "Kết quả thực hiện",
      "Trạng thái",
    ]);
    const v = sheet.dataValidations ?? [];
    expect(v.find((x) => x.kind === "list")).toMatchObject({
      range: { top: 8, left: 6, bottom: 15, right: 6 },
      values: ["Chưa thực hiện", "Đang thực hiện", "Đã hoàn thành", "Tạm dừng"],
    });
    expect(v.find((x) => x.kind === "whole")).toMatchObject({ range: { left: 7, right: 7 }, min: 0, max: 100 });
    expect(v.find((x) => x.kind === "date")?.range.left).toBe(8);
    expect(patch.styles[cellAt(sheet, 8, 8)?.style ?? ""]?.numberFormat).toBe("dd/mm/yyyy");
    expect(patch.names.find((n) => n.name === "PlanTracker_Input")?.range).toEqual({ top: 7, left: 6, bottom: 15, right: 9 });
  });

  test("in English too the input columns stay Vietnamese: the plan reader reads them back", () => {
    const sheet = sheetOf(buildPatch(seedInput({ settings: { lang: "en" } })), PLAN_SHEET);
    expect(textOf(cellAt(sheet, 7, 6)?.value)).toBe("Tình trạng");
    expect(textOf(cellAt(sheet, 7, 10)?.value)).toBe("Status");
  });

  test("not added when the plan has progress columns", () => {
    const sheet = sheetOf(buildPatch(seedInput({ progress: true })), PLAN_SHEET);
    expect(sheet.dataValidations).toEqual([]);
    expect(sheet.cells.some((c) => c.value === "Tình trạng")).toBe(false);
  });
});

describe("plan sheet: a second run", () => {
  test("finds the owned columns from the markers, reuses them, clears the old extent and never writes the input columns again", () => {
    const first = seedInput();
    const firstPatch = buildPatch(first);
    const grid = applyToGrid(first.snapshot.sheets[0] ?? seedGrid(first.plan), firstPatch);
    // The reader now finds the input columns G–J as progress columns (and is told to ignore K–O).
    const plan = seedPlan({ progress: true });
    const names = firstPatch.names.map(definedName);
    const second = seedInput({ plan, grid, names });
    const sheet = sheetOf(buildPatch(second), PLAN_SHEET);
    expect(sheet.clear).toEqual([
      { top: 7, left: 10, bottom: 15, right: 10 },
      { top: 7, left: 11, bottom: 15, right: 11 },
      { top: 7, left: 12, bottom: 15, right: 12 },
      { top: 17, left: 10, bottom: 27, right: 10 },
      { top: 7, left: 13, bottom: 15, right: 13 },
    ]);
    expect(sheet.cells.every((c) => c.col >= 10)).toBe(true);
    // The keys written on the first run are read back, not renumbered.
    expect(cellAt(sheet, 8, 13)?.value).toBe("NV-001");
    expect(cellAt(sheet, 15, 13)?.value).toBe("NV-008");
    expect(cellAt(sheet, 8, 10)?.value).toBe(IN_PROGRESS);
    expect(sheet.dataValidations).toEqual([]);
  });

  test("follows the markers when staff inserted a column before the owned ones", () => {
    const plan = seedPlan({ progress: true });
    const names = [
      { name: "PlanTracker_Status", ref: "'Kế hoạch'!$L$8:$L$16" },
      { name: "PlanTracker_Due", ref: "'Kế hoạch'!$M$8:$M$16" },
      { name: "PlanTracker_DaysLeft", ref: "'Kế hoạch'!$N$8:$N$16" },
      { name: "PlanTracker_Legend", ref: "'Kế hoạch'!$P$8:$P$18" },
    ];
    const patch = buildPatch(seedInput({ plan, names }));
    const sheet = sheetOf(patch, PLAN_SHEET);
    expect(cellAt(sheet, 8, 11)?.value).toBe(IN_PROGRESS);
    expect(cellAt(sheet, 8, 10)).toBeUndefined();
    expect(patch.names.find((n) => n.name === "PlanTracker_Status")?.range.left).toBe(11);
  });

  test("a shrinking plan: the old, longer extent is cleared, the markers shrink", () => {
    const full = seedInput({ progress: true });
    const names = buildPatch(full).names.map(definedName);
    const shorter = seedPlan({ progress: true, taskCount: 5 });
    const patch = buildPatch(seedInput({ plan: shorter, names }));
    const sheet = sheetOf(patch, PLAN_SHEET);
    expect(sheet.clear?.[0]).toEqual({ top: 7, left: 10, bottom: 15, right: 10 });
    expect(patch.names.find((n) => n.name === "PlanTracker_Status")?.range.bottom).toBe(12);
    // Status cells end with the last task; the old legend (rows 18–28) is cleared and the legend follows the tasks up.
    expect(sheet.clear).toContainEqual({ top: 17, left: 10, bottom: 27, right: 10 });
    const statusRows = sheet.cells.filter((c) => c.col === 10 && c.row > 7 && c.row <= 12);
    expect(statusRows.map((c) => c.row)).toEqual([8, 9, 10, 11, 12]);
    expect(textOf(cellAt(sheet, 14, 10)?.value)).toBe("Chú giải");
    expect(patch.names.find((n) => n.name === "PlanTracker_Legend")?.range).toEqual({ top: 14, left: 10, bottom: 24, right: 10 });
  });
});

describe("plan sheet: the legend on a second run", () => {
  /** First run on the seed, the patch applied, the plan read back by the real reader, second run. */
  function twoRuns() {
    const first = seedInput({ progress: true });
    const firstPatch = buildPatch(first);
    const grid = applyToGrid(first.snapshot.sheets[0] ?? seedGrid(first.plan), firstPatch);
    const names = firstPatch.names.map(definedName);
    const snapshot = { sheets: [grid], names };
    const analysis = analyzeWorkbook(snapshot, first.settings);
    if (!analysis.plan) throw new Error("plan not read back");
    const secondPatch = buildPatch({ ...first, plan: analysis.plan, statuses: analysis.statuses, snapshot });
    return { firstPatch, analysis, secondPatch };
  }

  test("the plan reader does not read the legend: same tasks, same last row", () => {
    const { analysis } = twoRuns();
    const plan = analysis.plan;
    expect(plan?.tasks).toHaveLength(8);
    expect(plan?.lastDataRow).toBe(16);
    expect(plan?.tasks.map((t) => t.title)).not.toContain("Chú giải");
  });

  test("found again by its marker, cleared from its old place and written in the same place", () => {
    const { firstPatch, secondPatch } = twoRuns();
    const legendOf = (p: typeof firstPatch) => p.names.find((n) => n.name === "PlanTracker_Legend")?.range;
    expect(legendOf(secondPatch)).toEqual(legendOf(firstPatch));
    const sheet = sheetOf(secondPatch, PLAN_SHEET);
    expect(sheet.clear).toContainEqual(legendOf(firstPatch));
    expect(textOf(cellAt(sheet, 17, 10)?.value)).toBe("Chú giải");
    // The second run writes the same cells as the first.
    expect(sheet.cells).toEqual(sheetOf(firstPatch, PLAN_SHEET).cells);
  });

  test("no legend row shares a row with a task, and every legend cell is in an owned column", () => {
    const { secondPatch } = twoRuns();
    const sheet = sheetOf(secondPatch, PLAN_SHEET);
    const legend = secondPatch.names.find((n) => n.name === "PlanTracker_Legend")?.range;
    const status = secondPatch.names.find((n) => n.name === "PlanTracker_Status")?.range;
    if (!legend || !status) throw new Error("markers");
    expect(legend.top).toBeGreaterThan(status.bottom + 1);
    expect(legend.left).toBe(status.left);
    const inLegend = sheet.cells.filter((c) => c.row >= legend.top && c.row <= legend.bottom);
    expect(inLegend).toHaveLength(11);
    for (const c of inLegend) expect(c.col).toBe(status.left);
  });
});
