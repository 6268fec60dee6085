import type { CellValue } from "../../../src/core/grid/Grid";
import { cellError, cellText, isDateFormat } from "../../../src/core/plan/cellText";

describe("cellText", () => {
  const cases: [CellValue, string | null, string][] = [
    [null, null, ""],
    ["", null, ""],
    ["  Sở GDĐT  ", null, "Sở GDĐT"],
    ["TT", null, "TT"],
    ["a  b", null, "a b"],
    ["Dòng 1\r\n Dòng 2 ", null, "Dòng 1\nDòng 2"],
    ["Nhiệm vụ".normalize("NFD"), null, "Nhiệm vụ"],
    [1, null, "1"],
    [1.0, "General", "1"],
    [0.1 + 0.2, null, "0.3"],
    [2026, null, "2026"],
    [46022, "dd/mm/yyyy", "31/12/2025"],
    [46022, "[$-42A]d/m/yyyy", "31/12/2025"],
    [0.8, "0%", "80%"],
    [true, null, "TRUE"],
    [Number.NaN, null, ""],
    ["#REF!", null, ""],
    ["#N/A", null, ""],
  ];
  test.each(cases)("%j (%s) → %j", (value, format, expected) => {
    expect(cellText(value, format)).toBe(expected);
  });
});

describe("cellError", () => {
  test.each(["#REF!", "#N/A", "#VALUE!", "#DIV/0!", "#NAME?", "#NUM!", "#NULL!", " #REF! "])("%j is an error", (v) => {
    expect(cellError(v)).toBe(v.trim());
  });
  test.each<CellValue>(["#1", "REF!", "# REF!", "Ghi chú #REF! ở đây", 5, null, true])("%j is not", (v) => {
    expect(cellError(v)).toBeNull();
  });
});

describe("isDateFormat", () => {
  test.each<[string | null, boolean]>([
    ["dd/mm/yyyy", true],
    ["d-mmm-yy", true],
    ["mm/yyyy", true],
    ["[$-42A]dd/mm/yyyy", true],
    ["General", false],
    ["0%", false],
    ["0.00", false],
    ['"ngày"0', false],
    ["[Red]0", false],
    ["h:mm", false],
    [null, false],
  ])("%j → %s", (format, expected) => {
    expect(isDateFormat(format)).toBe(expected);
  });
});
