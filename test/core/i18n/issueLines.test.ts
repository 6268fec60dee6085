// The command line's issue list is the same whether the engine reports a problem found in several cells as several
// issues or as one issue with `cells`.
import { issueLines } from "../../../src/core/i18n/issueLines";
import type { Issue } from "../../../src/core/model/Issue";

const base = { severity: "info" as const, sheet: "Kế hoạch" };
const variant = (cell: string, row: number, unit: string): Issue => ({ ...base, code: "unit-variant", row, cell, unit, canonical: "Sở Kế hoạch và Đầu tư" });
const reorganised = (cell: string, row: number, unit: string): Issue => ({
  ...base,
  code: "unit-reorganised",
  row,
  cell,
  unit,
  effective: "2025-03-01",
  successors: ["Sở Tài chính"],
});
const noNumber = (cell: string, row: number): Issue => ({ severity: "warning", sheet: "Kế hoạch", code: "numbering-missing", row, cell });

const spread: Issue[] = [
  noNumber("A10", 10),
  noNumber("A14", 14),
  reorganised("D9", 9, "Sở Kế hoạch và Đầu tư"),
  variant("D10", 10, "Sở Kế hoạch Đầu tư"),
  reorganised("D10", 10, "Sở Kế hoạch Đầu tư"),
  variant("D15", 15, "Sở Kế hoạch đầu tư"),
  variant("D16", 16, "Sở Kế hoạch đầu tư"),
  reorganised("D15", 15, "Sở Kế hoạch đầu tư"),
  reorganised("D16", 16, "Sở Kế hoạch đầu tư"),
];
const grouped: Issue[] = [
  { ...noNumber("A10", 10), cells: ["A14"] },
  reorganised("D9", 9, "Sở Kế hoạch và Đầu tư"),
  variant("D10", 10, "Sở Kế hoạch Đầu tư"),
  reorganised("D10", 10, "Sở Kế hoạch Đầu tư"),
  { ...variant("D15", 15, "Sở Kế hoạch đầu tư"), cells: ["D16"] },
  { ...reorganised("D15", 15, "Sở Kế hoạch đầu tư"), cells: ["D16"] },
];

test("one line per problem and one per unit, the same from spread and grouped issues", () => {
  const expected = [
    "Ô A10, A14 (trang Kế hoạch): Nhiệm vụ chưa có số thứ tự (cột TT để trống).",
    "Đơn vị “Sở Kế hoạch và Đầu tư” ở ô D9, D10, D15, D16 (trang Kế hoạch): Viết khác tên chính thức: “Sở Kế hoạch Đầu tư” (D10), “Sở Kế hoạch đầu tư” (D15, D16); từ ngày 01/03/2025 không còn do sắp xếp tổ chức bộ máy; đơn vị tiếp nhận: Sở Tài chính.",
  ];
  for (const issues of [spread, grouped]) {
    const list = issueLines(issues, "vi");
    expect(list.lines.map((l) => l.text)).toEqual(expected);
    expect(list.lines.map((l) => l.severity)).toEqual(["warning", "info"]);
    expect(list.cellCount).toBe(6);
  }
});

test("English says cell or cells, and shortens a long list", () => {
  const one = issueLines([noNumber("A12", 12)], "en");
  expect(one.lines[0]?.text).toBe("Cell A12 (sheet Kế hoạch): The task has no number (the TT cell is empty).");
  const many = issueLines(
    Array.from({ length: 15 }, (_, i) => noNumber(`A${i + 10}`, i + 10)),
    "en",
  );
  expect(many.lines).toHaveLength(1);
  expect(many.lines[0]?.text).toBe(
    "Cells A10, A11, A12, A13, A14, A15, A16, A17, A18, A19, A20, A21 and 3 more (sheet Kế hoạch): The task has no number (the TT cell is empty).",
  );
  expect(many.cellCount).toBe(15);
});
