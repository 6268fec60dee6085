import { renderIssuesGrouped } from "../../../src/core/i18n/renderIssue";
import type { Issue } from "../../../src/core/model/Issue";

const missing = (row: number): Issue => ({ code: "numbering-missing", severity: "warning", sheet: "Kế hoạch", row, cell: `A${row}` });

test("one line per problem and sheet, cells listed in order, errors before warnings before notes", () => {
  const issues: Issue[] = [
    { code: "unit-variant", severity: "info", sheet: "Kế hoạch", row: 9, cell: "D9", unit: "Sở Tư Pháp", canonical: "Sở Tư pháp" },
    missing(10),
    missing(14),
    { code: "lead-missing", severity: "error", sheet: "Kế hoạch", row: 20, cell: "C20" },
    { code: "unit-variant", severity: "info", sheet: "Kế hoạch", row: 16, cell: "D16", unit: "Sở Tư Pháp", canonical: "Sở Tư pháp" },
    missing(14),
  ];
  const lines = renderIssuesGrouped(issues, "vi");
  expect(lines.map((l) => l.severity)).toEqual(["error", "warning", "info"]);
  expect(lines[1]!.text).toBe("Ô A10, A14 (trang Kế hoạch): Nhiệm vụ chưa có số thứ tự (cột TT để trống).");
  expect(lines[2]!.text).toMatch(/^Ô D9, D16 \(trang Kế hoạch\): .*Sở Tư Pháp/);
});

test("different sheets or different units stay apart", () => {
  const lines = renderIssuesGrouped(
    [missing(10), { ...missing(10), sheet: "Kế hoạch 2" }, { code: "unit-unknown", severity: "warning", sheet: "Kế hoạch", row: 9, cell: "D9", unit: "Sở A" }, { code: "unit-unknown", severity: "warning", sheet: "Kế hoạch", row: 9, cell: "D9", unit: "Sở B" }],
    "en",
  );
  expect(lines).toHaveLength(4);
});
