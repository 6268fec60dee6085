// readPlan never throws, whatever the cells hold: random grids of Vietnamese text, header words, numbers,
// booleans, blanks and error values, with random (possibly overlapping or malformed) merges.
import fc from "fast-check";
import type { CellRange, CellValue, Grid } from "../../../src/core/grid/Grid";
import { readPlan } from "../../../src/core/plan/readPlan";
import { defaultDirectory } from "../../../src/core/units/directory";
import { SEED_HEADER } from "./gridBuilder";

const directory = defaultDirectory();

const WORDS = [
  ...SEED_HEADER,
  ...SEED_HEADER.map((w) => w.normalize("NFD")),
  "STT",
  "Đơn vị thực hiện",
  "Chủ trì",
  "Phối hợp",
  "Tình trạng",
  "Tiến độ (%)",
  "Ngày hoàn thành",
  "Kết quả thực hiện",
  "Ghi chú",
  "I",
  "II",
  "A",
  "(1)",
  "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH",
  "Sở GDĐT (Phòng Nghiệp vụ Dạy học; Phòng Tổ chức – Hành chính)",
  "- UBND và Phòng GDĐT các huyện, thành phố;\n\n- Các đơn vị có liên quan.",
  "2023 – 2030",
  "GĐ1: 2025;\n\nGĐ2: 2030",
  "Tháng 12 hằng năm",
  "giai đoạn 2023 - 2030",
  "Kế hoạch năm 2026",
  "Đã hoàn thành",
  "x",
  "80%",
  "Nơi nhận:",
  "Bộ, ngành, địa phương",
  "Nhiệm vụ chủ trì",
  "Đơn vị",
  "1.",
  "1.1",
  "a)",
  "-",
  "Ghi chú: x",
  "(*) Nhiệm vụ chuyển tiếp",
  "Các Sở: Tài chính, Nội vụ",
  "Công an tỉnh (cơ quan thường trực)",
  "#REF!",
  "#N/A",
  "#VALUE!",
  "#DIV/0!",
  "#NAME?",
  "#NUM!",
  "#NULL!",
  "",
  "  ",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.integer({ min: -5, max: 60000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.constant(null),
);

const merge = (rows: number, cols: number): fc.Arbitrary<CellRange> =>
  fc.record({
    top: fc.integer({ min: -1, max: rows + 2 }),
    left: fc.integer({ min: -1, max: cols + 2 }),
    bottom: fc.integer({ min: -1, max: rows + 2 }),
    right: fc.integer({ min: -1, max: cols + 2 }),
  });

const grid: fc.Arbitrary<Grid> = fc
  .tuple(fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1, max: 9 }))
  .chain(([rows, cols]) =>
    fc.record({
      name: fc.constantFrom("Kế hoạch", "Sheet1", "Tổng hợp", ""),
      values: fc.array(fc.array(cell, { maxLength: cols }), { minLength: rows, maxLength: rows }),
      formats: fc.option(fc.array(fc.array(fc.constantFrom("General", "dd/mm/yyyy", "0%", null, undefined), { maxLength: cols }), { maxLength: rows }), { nil: undefined }),
      merges: fc.array(merge(rows, cols), { maxLength: 8 }),
      hidden: fc.option(fc.boolean(), { nil: undefined }),
      date1904: fc.option(fc.boolean(), { nil: undefined }),
    }),
  )
  .map((g) => {
    const out: Grid = { name: g.name, values: g.values, merges: g.merges };
    if (g.formats) out.formats = g.formats;
    if (g.hidden !== undefined) out.hidden = g.hidden;
    if (g.date1904 !== undefined) out.date1904 = g.date1904;
    return out;
  });

/** A plan-like grid: the seed header somewhere in the first rows (no merge hiding its cells), then random rows. */
const planLike: fc.Arbitrary<Grid> = fc.tuple(grid, fc.integer({ min: 0, max: 5 }), fc.boolean()).map(([g, at, nfd]) => {
  const values = g.values.map((r) => [...r]);
  while (values.length <= at) values.push([]);
  values[at] = SEED_HEADER.map((h) => (nfd ? h.normalize("NFD") : h));
  const merges = g.merges.filter((m) => Math.max(m.top, m.bottom) < at || Math.min(m.top, m.bottom) > at);
  return { ...g, values, merges };
});

describe("readPlan never throws", () => {
  test("on random workbooks", () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(grid, planLike), { maxLength: 3 }), fc.option(fc.constantFrom("Kế hoạch", "Không có"), { nil: undefined }), (sheets, sheet) => {
        const result = readPlan({ sheets, names: [] }, sheet === undefined ? { directory } : { directory, sheet });
        expect(Array.isArray(result.issues)).toBe(true);
        if (result.plan) {
          for (const task of result.plan.tasks) {
            expect(task.row).toBeLessThanOrEqual(task.lastRow);
            expect(typeof task.title).toBe("string");
          }
        } else {
          expect(result.issues.some((i) => i.code === "no-plan-table")).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });

  test("a plan-like grid is found", () => {
    fc.assert(
      fc.property(planLike, (g) => {
        expect(readPlan({ sheets: [g], names: [] }, { directory }).plan).not.toBeNull();
      }),
      { numRuns: 200 },
    );
  });
});
