import type { Grid } from "../../../src/core/grid/Grid";
import { findOwnedLayout, markedColumns } from "../../../src/core/report/findOwnedLayout";
import { PLAN_SHEET, seedGrid, seedPlan } from "./seedReport";

const snapshotOf = (grid: Grid, names: { name: string; ref: string }[] = []) => ({ sheets: [grid], names });

/** Sets one cell of a grid copy. */
function withCell(grid: Grid, row: number, col: number, value: string): Grid {
  const values = grid.values.map((r) => [...r]);
  while (values.length <= row) values.push([]);
  const r = values[row] ?? [];
  while (r.length <= col) r.push(null);
  r[col] = value;
  values[row] = r;
  return { ...grid, values };
}

describe("findOwnedLayout: first run", () => {
  test("a plan without progress columns gets the input columns, then the owned ones, right of the table", () => {
    const plan = seedPlan(); // columns A–F
    const layout = findOwnedLayout(snapshotOf(seedGrid(plan)), plan);
    expect(layout.input).toEqual({ status: 6, percent: 7, completedOn: 8, result: 9 });
    expect([layout.status, layout.due, layout.daysLeft]).toEqual([10, 11, 12]);
    expect(layout.legend).toEqual({ col: 10, top: 17 });
    expect(layout.reused).toBe(false);
    expect(layout.clear).toEqual([]);
    expect({ top: layout.headerTop, first: layout.firstDataRow, last: layout.lastRow }).toEqual({ top: 7, first: 8, last: 15 });
  });

  test("a plan with progress columns gets no input columns", () => {
    const plan = seedPlan({ progress: true }); // columns A–J
    const layout = findOwnedLayout(snapshotOf(seedGrid(plan)), plan);
    expect(layout.input).toBeNull();
    expect([layout.status, layout.due, layout.daysLeft]).toEqual([10, 11, 12]);
    expect(layout.ownedColumns).toEqual([10, 11, 12, 13]);
    expect(layout.key).toBe(13);
  });

  test("staff data right of the table pushes the block to the first fully empty columns", () => {
    const plan = seedPlan({ progress: true });
    // A note typed in L12 and a merge over N9:O9: the block of three owned columns must clear both.
    let grid = withCell(seedGrid(plan), 11, 11, "ghi chú của cán bộ");
    grid = { ...grid, merges: [...grid.merges, { top: 8, left: 13, bottom: 8, right: 14 }] };
    const layout = findOwnedLayout(snapshotOf(grid), plan);
    expect(layout.status).toBe(15);
    const written = [layout.status, layout.due, layout.daysLeft, layout.legend.col];
    for (const col of written) {
      expect(col).toBeGreaterThan(plan.lastCol);
      expect([11, 13, 14]).not.toContain(col);
    }
  });

  test("a title merged wider than the table above the header does not push the block away", () => {
    const plan = seedPlan({ progress: true });
    const grid = seedGrid(plan);
    const wide = { ...grid, merges: [...grid.merges, { top: 0, left: 0, bottom: 0, right: 30 }] };
    expect(findOwnedLayout(snapshotOf(wide), plan).status).toBe(10);
  });

  test("an input-columns marker means they were added before: never again", () => {
    const plan = seedPlan();
    const layout = findOwnedLayout(
      snapshotOf(seedGrid(plan), [{ name: "PlanTracker_Input", ref: "'Kế hoạch'!$G$8:$J$16" }]),
      plan,
    );
    expect(layout.input).toBeNull();
    expect(layout.status).toBe(6);
  });
});

describe("findOwnedLayout: later runs find the owned columns from the markers", () => {
  const names = (cols: { status: string; due: string; days: string; legend: string }, last = 16) => [
    { name: "PlanTracker_Status", ref: `'Kế hoạch'!$${cols.status}$8:$${cols.status}$${last}` },
    { name: "PlanTracker_Due", ref: `'Kế hoạch'!$${cols.due}$8:$${cols.due}$${last}` },
    { name: "PlanTracker_DaysLeft", ref: `'Kế hoạch'!$${cols.days}$8:$${cols.days}$${last}` },
    { name: "PlanTracker_Legend", ref: `'Kế hoạch'!$${cols.legend}$8:$${cols.legend}$18` },
  ];

  test("not by position: markers far right are reused where they are, and their old extent is cleared", () => {
    const plan = seedPlan({ progress: true });
    const grid = withCell(seedGrid(plan), 7, 20, "Trạng thái");
    const layout = findOwnedLayout(snapshotOf(grid, names({ status: "U", due: "V", days: "W", legend: "Y" }, 30)), plan);
    expect(layout.reused).toBe(true);
    expect([layout.status, layout.due, layout.daysLeft]).toEqual([20, 21, 22]);
    // An earlier version's legend column (Y) is cleared; the legend now lies under the status column.
    expect(layout.legend).toEqual({ col: 20, top: 17 });
    expect(layout.input).toBeNull();
    expect(layout.clear).toEqual([
      { sheet: PLAN_SHEET, range: { top: 7, left: 20, bottom: 29, right: 20 } },
      { sheet: PLAN_SHEET, range: { top: 7, left: 21, bottom: 29, right: 21 } },
      { sheet: PLAN_SHEET, range: { top: 7, left: 22, bottom: 29, right: 22 } },
      { sheet: PLAN_SHEET, range: { top: 7, left: 24, bottom: 17, right: 24 } },
    ]);
  });

  test("markers naming the sheet in another case are the same sheet (Excel's rule)", () => {
    const plan = seedPlan({ progress: true });
    const upper = names({ status: "U", due: "V", days: "W", legend: "U" }, 30).map((n) => ({ ...n, ref: n.ref.replace("'Kế hoạch'", "'KẾ HOẠCH'") }));
    const layout = findOwnedLayout(snapshotOf(seedGrid(plan), upper), plan);
    expect(layout.reused).toBe(true);
    expect([layout.status, layout.due, layout.daysLeft]).toEqual([20, 21, 22]);
  });

  test("the owned 'Trạng thái' column read as a progress column by an unaware reader is still not the staff's", () => {
    const plan = seedPlan({ progress: true });
    const confused = { ...plan, lastCol: 12, columns: [...plan.columns, { role: "progressStatus" as const, col: 10, header: "Trạng thái" }] };
    const layout = findOwnedLayout(snapshotOf(seedGrid(plan), names({ status: "K", due: "L", days: "M", legend: "O" })), confused);
    expect(layout.reused).toBe(true);
    expect(layout.status).toBe(10);
  });

  test("markers pointing into the staff's table are not reused nor cleared", () => {
    const plan = seedPlan({ progress: true });
    const layout = findOwnedLayout(snapshotOf(seedGrid(plan), names({ status: "C", due: "D", days: "E", legend: "O" })), plan);
    expect(layout.reused).toBe(false);
    expect(layout.status).toBe(10);
    expect(layout.clear.map((m) => m.range.left)).toEqual([14]);
  });

  test("unreadable markers (#REF!) are ignored: fresh placement", () => {
    const plan = seedPlan({ progress: true });
    const broken = [
      { name: "PlanTracker_Status", ref: "#REF!" },
      { name: "PlanTracker_Due", ref: "'Kế hoạch'!#REF!" },
    ];
    const layout = findOwnedLayout(snapshotOf(seedGrid(plan), broken), plan);
    expect(layout.reused).toBe(false);
    expect(layout.status).toBe(10);
    expect(layout.clear).toEqual([]);
  });

  test("a plan that moved to another sheet: fresh placement there, the old sheet's extent cleared", () => {
    const plan = seedPlan({ progress: true });
    const old: Grid = { name: "KH cũ", values: [], merges: [] };
    const moved = [
      { name: "PlanTracker_Status", ref: "'KH cũ'!$K$8:$K$16" },
      { name: "PlanTracker_Due", ref: "'KH cũ'!$L$8:$L$16" },
      { name: "PlanTracker_DaysLeft", ref: "'KH cũ'!$M$8:$M$16" },
    ];
    const layout = findOwnedLayout({ sheets: [seedGrid(plan), old], names: moved }, plan);
    expect(layout.reused).toBe(false);
    expect(layout.clear.map((m) => [m.sheet, m.range.left])).toEqual([
      ["KH cũ", 10],
      ["KH cũ", 11],
      ["KH cũ", 12],
    ]);
  });

  test("markedColumns tells the plan reader which columns to ignore, before any plan is read", () => {
    expect(markedColumns({ sheets: [], names: names({ status: "K", due: "L", days: "M", legend: "O" }) })).toEqual([
      { sheet: PLAN_SHEET, columns: [10, 11, 12, 14] },
    ]);
    expect(markedColumns({ sheets: [], names: [] })).toEqual([]);
  });
});

describe("findOwnedLayout: the legend below the tasks", () => {
  const status = (top: number, bottom: number) => ({ name: "PlanTracker_Status", ref: `'Kế hoạch'!$K$${top}:$K$${bottom}` });
  const owned = [
    status(8, 16),
    { name: "PlanTracker_Due", ref: "'Kế hoạch'!$L$8:$L$16" },
    { name: "PlanTracker_DaysLeft", ref: "'Kế hoạch'!$M$8:$M$16" },
  ];

  test.each([
    ["one row per task", 1, 17],
    ["Word-pasted tasks of two rows each", 2, 25],
  ])("%s: in the status column, one empty row below the last task row", (_, rowsPerTask, top) => {
    const plan = seedPlan({ progress: true, rowsPerTask });
    const layout = findOwnedLayout(snapshotOf(seedGrid(plan)), plan);
    expect(layout.legend).toEqual({ col: layout.status, top });
    expect(layout.legend.top).toBeGreaterThan(layout.lastRow + 1);
    for (const t of plan.tasks) expect(t.lastRow - 1).toBeLessThan(layout.legend.top);
  });

  test("moves below a staff note typed under the table in the status column; never onto it", () => {
    const plan = seedPlan({ progress: true });
    // After an earlier run, staff typed a note in K20 (0-based row 19), inside where the legend would go.
    const grid = withCell(seedGrid(plan), 19, 10, "Ghi chú: cập nhật hằng tháng");
    const layout = findOwnedLayout(snapshotOf(grid, owned), plan);
    expect(layout.reused).toBe(true);
    expect(layout.legend).toEqual({ col: 10, top: 20 });
  });

  test("its own earlier cells do not push it: the old legend is cleared and the new one takes its place", () => {
    const plan = seedPlan({ progress: true });
    let grid = seedGrid(plan);
    grid = withCell(grid, 17, 10, "Chú giải");
    grid = withCell(grid, 18, 10, "Hoàn thành đúng hạn");
    const names = [...owned, { name: "PlanTracker_Legend", ref: "'Kế hoạch'!$K$18:$K$28" }];
    const layout = findOwnedLayout(snapshotOf(grid, names), plan);
    expect(layout.legend).toEqual({ col: 10, top: 17 });
    expect(layout.clear).toContainEqual({ sheet: PLAN_SHEET, range: { top: 17, left: 10, bottom: 27, right: 10 } });
  });

  test("a staff merge reaching into the status column below the table is stepped over", () => {
    const plan = seedPlan({ progress: true });
    const grid = seedGrid(plan);
    const merged = { ...grid, merges: [...grid.merges, { top: 22, left: 8, bottom: 23, right: 10 }] };
    const layout = findOwnedLayout(snapshotOf(merged, owned), plan);
    expect(layout.legend.top).toBe(24);
  });

  test("markedColumns: the legend adds no column of its own", () => {
    const names = [...owned, { name: "PlanTracker_Legend", ref: "'Kế hoạch'!$K$18:$K$28" }];
    expect(markedColumns({ sheets: [], names })).toEqual([{ sheet: PLAN_SHEET, columns: [10, 11, 12] }]);
  });
});
