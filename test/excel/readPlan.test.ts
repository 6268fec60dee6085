// How the Office.js host plans a read: merge tiles that cannot hold more than 512 areas, value bands under the
// response budget, the same plan for the same used ranges.
import { CELL_BYTES, MERGED_AREAS_LIMIT, PLAIN_CELL_BYTES, mergeTiles, planRead, valueBands, type UsedRange } from "../../src/excel/readPlan";

const plan: UsedRange = { sheet: "Kế hoạch", top: 7, left: 0, rows: 15_001, columns: 14 };

function covered(ranges: { top: number; left: number; bottom: number; right: number }[]): Map<string, number> {
  const seen = new Map<string, number>();
  for (const r of ranges)
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++) seen.set(`${row},${col}`, (seen.get(`${row},${col}`) ?? 0) + 1);
  return seen;
}

test.each([
  ["a 14-column plan", plan],
  ["a sheet 200 columns wide starting at column C", { sheet: "Rộng", top: 0, left: 2, rows: 300, columns: 200 }],
])("merge tiles of %s cover it from column A once, each too small for more than 512 areas", (_, used) => {
  const tiles = mergeTiles(used).map((t) => t.range);
  for (const t of tiles) expect((t.bottom - t.top + 2) * (t.right - t.left + 2)).toBeLessThanOrEqual(2 * MERGED_AREAS_LIMIT);
  const seen = covered(tiles);
  expect(seen.size).toBe(used.rows * (used.left + used.columns));
  expect([...seen.values()].every((n) => n === 1)).toBe(true);
});

test("value bands cover the used range once, each under the budget", () => {
  const budget = 1024 * 1024;
  const bands = valueBands(plan, budget).map((b) => b.range);
  for (const b of bands) expect((b.bottom - b.top + 1) * (b.right - b.left + 1) * CELL_BYTES).toBeLessThanOrEqual(budget);
  expect(bands[0]?.top).toBe(plan.top);
  expect(bands.at(-1)?.bottom).toBe(plan.top + plan.rows - 1);
  bands.slice(1).forEach((b, i) => expect(b.top).toBe((bands[i]?.bottom ?? 0) + 1));
});

test("the same used ranges give the same syncs; a larger sheet needs more, never fewer", () => {
  const once = planRead([plan]);
  expect(planRead([plan])).toEqual(once);
  expect(planRead([{ ...plan, rows: plan.rows * 4 }]).length).toBeGreaterThan(once.length);
  expect(planRead([{ ...plan, rows: 20 }])).toHaveLength(1);
});

test("the history sheet, a plain table, is read for its values only: bands twice as tall, no merge tiles", () => {
  const history: UsedRange = { sheet: "Lịch sử", top: 0, left: 0, rows: 60_001, columns: 14 };
  const plainBands = valueBands({ ...history, plain: true });
  const fullBands = valueBands(history);
  expect(plainBands.every((b) => b.plain === true)).toBe(true);
  expect(fullBands.some((b) => b.plain)).toBe(false);
  expect(CELL_BYTES / PLAIN_CELL_BYTES).toBe(2);
  expect(plainBands.length).toBeLessThanOrEqual(Math.ceil(fullBands.length / 2));
  expect(covered(plainBands.map((b) => b.range)).size).toBe(history.rows * history.columns);
  const parts = planRead([plan, { ...history, plain: true }]);
  const tiles = parts.flatMap((p) => p.merges);
  expect(tiles.length).toBe(mergeTiles(plan).length);
  expect(tiles.every((t) => t.sheet === plan.sheet)).toBe(true);
});
