import { cellInput, needsTextGuard } from "../../src/excel/cellInput";

describe("needsTextGuard: text that Excel would convert when typed", () => {
  test.each([
    ["12", true],
    ["1.0", true],
    ["12,5", true],
    ["50%", true],
    ["30/11/2026", true],
    ["20.7.2020", true],
    ["2023-2030", true],
    ["03/2026", true],
    ["TRUE", true],
    ["false", true],
    ["=SUM(A1)", true],
    ["+84 123", true],
    ["- Bước 1", true],
    ["@here", true],
    ["Nov 2026", true],
    ["'quoted", true],
    ["Quý I/2026", false],
    ["Tháng 5/2026", false],
    ["2023 – 2030", false],
    ["Đang thực hiện trong hạn", false],
    ["Sở GD&ĐT", false],
    ["GĐ1: 2025; GĐ2: 2030", false],
    ["", false],
  ])("%s → %s", (text, expected) => {
    expect(needsTextGuard(text)).toBe(expected);
  });
});

describe("cellInput", () => {
  test.each([
    [null, ""],
    ["Hạn", "Hạn"],
    ["1.0", "'1.0"],
    [42, 42],
    [false, false],
    [{ date: "2026-11-30" }, 46356],
    [{ date: "1900-01-01" }, 1],
    [{ formula: "SUM(A1:A3)" }, "=SUM(A1:A3)"],
    [{ formula: "=A1" }, "=A1"],
    [{ link: { sheet: "Kế hoạch", cell: "B9" }, text: "Nhiệm vụ" }, "Nhiệm vụ"],
    [{ link: { sheet: "Kế hoạch", cell: "B9" }, text: "12" }, "'12"],
  ] as const)("%j → %j", (value, expected) => {
    expect(cellInput(value)).toEqual(expected);
  });
});

describe("cellInput keeps to the 32,767 characters a cell holds", () => {
  const LIMIT = 32_767;
  test("a longer text is cut and ends in “…”; a text at the limit is kept whole", () => {
    const long = cellInput("Nhiệm vụ ".repeat(5_000));
    expect(typeof long === "string" && long.length).toBe(LIMIT);
    expect(String(long).endsWith("…")).toBe(true);
    const exact = "a".repeat(LIMIT);
    expect(cellInput(exact)).toBe(exact);
  });

  test("the apostrophe that keeps text as text is not counted: Excel stores the text without it", () => {
    const guarded = cellInput(`-${"1".repeat(40_000)}`);
    expect(String(guarded).startsWith("'-")).toBe(true);
    expect(String(guarded).length).toBe(LIMIT + 1);
    expect(cellInput({ link: { sheet: "Kế hoạch", cell: "B9" }, text: "x".repeat(40_000) })).toHaveLength(LIMIT);
  });
});
