// A plan table right of other data beyond column IV (256) is found: the header search spans the used width.
import { readPlan } from "../../../src/core/plan/readPlan";
import type { CellValue } from "../../../src/core/grid/Grid";
import { defaultDirectory } from "../../../src/core/units/directory";

test("a table whose header starts at column KN (300) is read", () => {
  const at = 299;
  const row = (cells: CellValue[]): CellValue[] => {
    const line: CellValue[] = [];
    cells.forEach((v, i) => (line[at + i] = v));
    return line;
  };
  const values: CellValue[][] = [
    ["Ghi chú của văn phòng", "Số liệu tháng trước"],
    row(["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Thời gian hoàn thành"]),
    row([1, "Rà soát quy hoạch mạng lưới trường lớp", "Phòng Kế hoạch - Tài chính", "Quý IV/2026"]),
    row([2, "Tổ chức hội nghị sơ kết", "Văn phòng Sở", "Tháng 12/2026"]),
  ];
  const result = readPlan({ sheets: [{ name: "Kế hoạch", values, merges: [] }], names: [] }, { directory: defaultDirectory() });
  expect(result.plan?.columns.find((c) => c.role === "title")?.col).toBe(at + 1);
  expect(result.plan?.tasks.map((t) => t.title)).toEqual(["Rà soát quy hoạch mạng lưới trường lớp", "Tổ chức hội nghị sơ kết"]);
});
