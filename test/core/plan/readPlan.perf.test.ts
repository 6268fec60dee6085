// The reader's cost grows linearly with the plan: 10,000 tasks of about ten columns (some multi-line), in
// both layouts: one row per task with progress columns, and Word paste (~3 rows and ~4 merges per task).
// The unit splitter and the timeframe parser are replaced by trivial ones here: they are measured with
// their own modules, and this test guards the reader's own work (merge lookups, row rules, text assembly).
//
// Target: well under 100 ms for 10,000 tasks. Wall time on a shared machine varies several-fold, and jest's
// module sandbox here runs hot loops far slower than plain node, so the assertions are ones a regression
// (a scan of all merges per cell, a quadratic join) breaks whatever the load: 10× the tasks costs at most
// 30× the time (linear is 10×, quadratic 100×), and never more than a few seconds.
import type { Grid } from "../../../src/core/grid/Grid";
import type { Timeframe } from "../../../src/core/model/Timeframe";
import type { UnitRef } from "../../../src/core/model/Unit";
import { readPlan } from "../../../src/core/plan/readPlan";
import { GridBuilder, SEED_HEADER, type TaskCells, workbook, writeOneRowPerTask, writeWordPaste } from "./gridBuilder";
import { SEED_TASKS } from "./seedTasks";

jest.mock("../../../src/core/units/splitUnits", () => ({
  splitUnits: (text: string): UnitRef[] => text.split("\n").map((t) => ({ text: t, name: t, subUnits: [] })),
}));
jest.mock("../../../src/core/units/directory", () => ({ resolveUnit: (ref: UnitRef) => ref }));
jest.mock("../../../src/core/timeframe/parseTimeframe", () => ({
  parseTimeframe: (text: string): Timeframe => ({ kind: "unparsed", text, reason: "free-text" }),
}));

const STATES = ["Đã hoàn thành", "Đang thực hiện", "Chưa thực hiện", "x", null];
const directory = { units: [], genericPhrases: [] };

function bigGrid(count: number, layout: "rows" | "word"): Grid {
  const tasks: TaskCells[] = Array.from({ length: count }, (_, i) => {
    const seed = SEED_TASKS[i % SEED_TASKS.length] as TaskCells;
    return { ...seed, number: String(i + 1), title: `${seed.title} (${i + 1})` };
  });
  const b = new GridBuilder();
  b.set("A1", "Kế hoạch năm 2026 thực hiện Chương trình giai đoạn 2023 – 2030");
  b.row(3, [...SEED_HEADER, "Ghi chú", "Tình trạng", "Tiến độ (%)", "Kết quả thực hiện"]);
  if (layout === "rows") {
    writeOneRowPerTask(b, 4, tasks).forEach((row, i) => {
      b.row(row, [`Ghi chú ${i % 7}`, STATES[i % STATES.length] ?? null, (i * 7) % 101, i % 3 === 0 ? "Đã ban hành văn bản" : null], "G");
    });
  } else {
    writeWordPaste(b, 4, tasks);
  }
  return b.build();
}

/** Fastest of several reads, after a warm-up: the least disturbed by other work on the machine. */
function fastestRead(grid: Grid, count: number, runs = 5): number {
  const snapshot = workbook(grid);
  readPlan(snapshot, { directory });
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    const result = readPlan(snapshot, { directory });
    best = Math.min(best, performance.now() - start);
    expect(result.plan?.tasks).toHaveLength(count);
  }
  return best;
}

describe("readPlan performance", () => {
  test.each(["rows", "word"] as const)("10,000 tasks, %s layout: linear, and bounded", (layout) => {
    const small = fastestRead(bigGrid(1_000, layout), 1_000);
    const large = fastestRead(bigGrid(10_000, layout), 10_000);
    console.log(`readPlan (reader only), ${layout} layout: 1,000 tasks ${small.toFixed(1)} ms, 10,000 tasks ${large.toFixed(1)} ms`);
    expect(large).toBeLessThan(2_500);
    expect(large).toBeLessThan(Math.max(30 * small, 100));
  });
});
