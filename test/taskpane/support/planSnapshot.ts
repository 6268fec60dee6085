// A small plan workbook in the seed's shape, built cell by cell so the pane's tests do not depend on a file reader.
// At the reporting date 30/11/2026 its tasks are in progress, overdue, due soon and not yet due; its TT column has a
// blank and a repeated number; one lead unit ("Sở Kế hoạch và Đầu tư") was reorganised in 2025.
import type { CellValue, WorkbookSnapshot } from "../../../src/core/grid/Grid";

export const PLAN_SHEET = "Kế hoạch";

export const TASKS = {
  programme: "Xây dựng kế hoạch triển khai Chương trình",
  training: "Tổ chức tập huấn cho giáo viên mầm non",
  survey: "Rà soát cơ sở vật chất các trường mầm non",
  review: "Sơ kết giai đoạn 1 thực hiện Chương trình",
} as const;

export function planSnapshot(extraSheets: string[] = []): WorkbookSnapshot {
  const rows: CellValue[][] = [
    ["ỦY BAN NHÂN DÂN TỈNH NINH THUẬN"],
    ["Kế hoạch thực hiện Chương trình hỗ trợ phát triển giáo dục mầm non giai đoạn 2023 - 2030"],
    [],
    ["TT", "Nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành", "Sản phẩm dự kiến"],
    [1, TASKS.programme, "Sở GDĐT", "Sở Tài chính", "2023 – 2030", "Kế hoạch"],
    [null, TASKS.training, "Sở Kế hoạch và Đầu tư", "Sở GDĐT", "Quý III/2026", "Báo cáo"],
    [3, TASKS.survey, "Sở GDĐT", "UBND các huyện", "15/12/2026", "Báo cáo"],
    // A span with its own start: not begun at 30/11/2026 ("Năm 2028" under "Thời gian hoàn thành" is a deadline whose
    // work may already be under way, so it would count as in progress).
    [3, TASKS.review, "Sở Tài chính", "Sở GDĐT", "2028 - 2030", "Báo cáo sơ kết"],
  ];
  return {
    sheets: [
      { name: PLAN_SHEET, values: rows, merges: [] },
      ...extraSheets.map((name) => ({ name, values: [["Ghi chú"]], merges: [] })),
    ],
    names: [],
  };
}
