import { readTitleInfo } from "../../../src/core/plan/titleInfo";

describe("readTitleInfo", () => {
  const cases: [string, string[], { start: number; end: number } | null, number | null][] = [
    [
      "the seed: period on the second title line, issuing date ignored",
      [
        "ỦY BAN NHÂN DÂN",
        "TỈNH NINH THUẬN",
        "PHỤ LỤC",
        "Kế hoạch chi tiết triển khai thực hiện Chương trình Hỗ trợ phát triển giáo dục mầm non vùng khó khăn",
        "trên địa bàn tỉnh Ninh Thuận giai đoạn 2023 - 2030",
        "(Ban hành kèm theo Kế hoạch số: /KH-UBND ngày tháng 9 năm 2023 của Ủy ban nhân dân tỉnh Ninh Thuận)",
      ],
      { start: 2023, end: 2030 },
      null,
    ],
    ["Giai đoạn without spaces", ["KẾ HOẠCH", "Thực hiện Đề án Giai đoạn 2023-2030"], { start: 2023, end: 2030 }, null],
    ["bare range with en dash", ["Kế hoạch triển khai Chương trình 2023 – 2030"], { start: 2023, end: 2030 }, null],
    ["title broken before the years", ["Kế hoạch … giai đoạn", "2026 - 2030"], { start: 2026, end: 2030 }, null],
    ["plan year", ["KẾ HOẠCH", "Thực hiện nhiệm vụ giáo dục mầm non năm 2026"], null, 2026],
    ["plan year and period", ["Kế hoạch năm 2026 thực hiện Chương trình giai đoạn 2023 – 2030"], { start: 2023, end: 2030 }, 2026],
    ["NFD title", ["Kế hoạch thực hiện năm 2025".normalize("NFD")], null, 2025],
    ["a date line is not the plan year", ["Khánh Hòa, ngày 14 tháng 11 năm 2026", "KẾ HOẠCH công tác"], null, null],
    ["the issuing line gives no year", ["(Ban hành kèm theo Kế hoạch số 1376/KH-UBND ngày 10/4/2023 năm 2023)"], null, null],
    ["'năm học' is a school year, not a plan year", ["Kế hoạch năm học 2025 - 2026"], { start: 2025, end: 2026 }, null],
    ["'năm 2023 - 2030' is a range", ["Kế hoạch các năm 2023 - 2030"], { start: 2023, end: 2030 }, null],
    ["reversed range ignored", ["giai đoạn 2030 - 2023"], null, null],
    ["a date is no range", ["trước ngày 25-10-2021"], null, null],
    ["nothing", [], null, null],
  ];
  test.each(cases)("%s", (_name, lines, period, year) => {
    const info = readTitleInfo(lines);
    expect(info.programPeriod).toEqual(period);
    expect(info.planYear).toBe(year);
  });
});
