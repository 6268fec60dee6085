import type { Plan } from "../../../src/core/model/Plan";
import { planTitle } from "../../../src/core/report/planTitle";
import { seedPlan, TITLE_LINES } from "./seedReport";

const withTitle = (titleLines: string[]): Plan => ({ ...seedPlan(), titleLines });

describe("planTitle", () => {
  test.each([
    [
      "the seed: the Kế hoạch line and its continuation, without the issuing body, PHỤ LỤC or the issuance note",
      TITLE_LINES,
      "Kế hoạch chi tiết triển khai thực hiện Chương trình Hỗ trợ phát triển giáo dục mầm non vùng khó khăn trên địa bàn tỉnh Ninh Thuận giai đoạn 2023 - 2030",
    ],
    ["one line, decomposed text", ["KẾ HOẠCH Thực hiện nhiệm vụ năm học 2026".normalize("NFD")], "KẾ HOẠCH Thực hiện nhiệm vụ năm học 2026"],
    ["the national motto above is skipped", ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Chương trình chuyển đổi số 2026"], "Chương trình chuyển đổi số 2026"],
    ["no title above the table", [], ""],
    ["only the issuing body", ["ỦY BAN NHÂN DÂN", "TỈNH KHÁNH HÒA", "(Kèm theo Kế hoạch số 12)"], ""],
  ])("%s", (_, lines, expected) => {
    expect(planTitle(withTitle(lines))).toBe(expected);
  });
});
