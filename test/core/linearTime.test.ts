// Very long cells (100,000 characters in a task, unit or deadline cell) go through every parser in linear time. Not a
// timed test of the machine's speed: it compares the engine's own work on 10,000 and on 100,000 characters, and fails
// only when ten times the text costs far more than ten times the work (a backtracking pattern or a rescan per word
// costs a hundred times).
import { analyzeWorkbook } from "../../src/core/engine";
import type { CellValue } from "../../src/core/grid/Grid";
import { DEFAULT_SETTINGS } from "../../src/core/model/Status";

const SETTINGS = { ...DEFAULT_SETTINGS, reportDate: "2026-11-30" };
const long = (unit: string, n: number) => unit.repeat(Math.ceil(n / unit.length)).slice(0, n);

function analyse(column: 1 | 2 | 3, text: string): void {
  const row: CellValue[] = [1, "Rà soát quy hoạch", "Văn phòng Sở", "Quý IV/2026"];
  row[column] = text;
  const values: CellValue[][] = [["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"], row, [2, "Tổ chức hội nghị", "Văn phòng Sở", "Tháng 12/2026"]];
  analyzeWorkbook({ sheets: [{ name: "Kế hoạch", values, merges: [] }], names: [] }, SETTINGS);
}

/** The least time of three runs: the machine's other work only ever adds. */
function cost(fn: () => void): number {
  let best = Infinity;
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    fn();
    best = Math.min(best, performance.now() - t);
  }
  return best;
}

describe.each([
  ["task", 1, "Rà soát, cập nhật (bổ sung) quy hoạch; "],
  ["unit", 2, "Phòng A, "],
  ["deadline", 3, "Quý I/2026 - tháng 6/2027, hằng năm; "],
] as const)("a 100,000-character %s cell", (_what, column, unit) => {
  test("costs less than 40 times a 10,000-character one (linear: 10, quadratic: 100)", () => {
    analyse(column, long(unit, 1000)); // warm-up: compile the code paths
    const small = cost(() => analyse(column, long(unit, 10_000)));
    const large = cost(() => analyse(column, long(unit, 100_000)));
    expect(large / Math.max(small, 1)).toBeLessThan(40);
  });
});
