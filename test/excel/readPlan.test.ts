// How the Office.js host plans a read: merge tiles that cannot hold more than 512 areas, value bands under the
// response budget, the same plan for the same used ranges.
import { CELL_BYTES, MERGED_AREAS_LIMIT, mergeTiles, planRead, valueBands, type UsedRange } from "../../src/excel/readPlan";

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
