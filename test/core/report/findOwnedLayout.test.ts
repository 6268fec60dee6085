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
    expect([layout.status, layout.due, layout.daysLeft, layout.legend]).toEqual([10, 11, 12, 14]);
    expect(layout.reused).toBe(false);
    expect(layout.clear).toEqual([]);
    expect({ top: layout.headerTop, first: layout.firstDataRow, last: layout.lastRow }).toEqual({ top: 7, first: 8, last: 15 });
  });

  test("a plan with progress columns gets no input columns", () => {
    const plan = seedPlan({ progress: true }); // columns A–J
    const layout = findOwnedLayout(snapshotOf(seedGrid(plan)), plan);
    expect(layout.input).toBeNull();
    expect([layout.status, layout.due, layout.daysLeft, layout.legend]).toEqual([10, 11, 12, 14]);
  });

  test("staff data right of the table pushes the block to the first fully empty columns", () => {
    const plan = seedPlan({ progress: true });
    // A note typed in L12 and a merge over N9:O9: the block of five (3 owned, a spacer, the legend) must clear both.
    let grid = withCell(seedGrid(plan), 11, 11, "ghi chú của cán bộ");
    grid = { ...grid, merges: [...grid.merges, { top: 8, left: 13, bottom: 8, right: 14 }] };
    const layout = findOwnedLayout(snapshotOf(grid), plan);
    expect(layout.status).toBe(15);
    const written = [layout.status, layout.due, layout.daysLeft, layout.legend];
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
    expect([layout.status, layout.due, layout.daysLeft, layout.legend]).toEqual([20, 21, 22, 24]);
    expect(layout.input).toBeNull();
    expect(layout.clear).toEqual([
      { sheet: PLAN_SHEET, range: { top: 7, left: 20, bottom: 29, right: 20 } },
      { sheet: PLAN_SHEET, range: { top: 7, left: 21, bottom: 29, right: 21 } },
      { sheet: PLAN_SHEET, range: { top: 7, left: 22, bottom: 29, right: 22 } },
      { sheet: PLAN_SHEET, range: { top: 7, left: 24, bottom: 17, right: 24 } },
    ]);
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
