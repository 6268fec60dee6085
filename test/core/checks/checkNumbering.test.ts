import { checkNumberingMissing } from "../../../src/core/checks/checkNumberingMissing";
import { checkNumberingSequence } from "../../../src/core/checks/checkNumberingSequence";
import { parseTaskNumber } from "../../../src/core/checks/parseTaskNumber";
import type { Section } from "../../../src/core/model/Plan";
import { ALL_COLUMNS, makePlan, makeTask, numberedTasks, SHEET } from "../taskFactory";

/** Compact view of the numbering issues: "row code detail". */
function numberingIssues(numbers: string[]): string[] {
  const plan = makePlan(numberedTasks(numbers));
  return [...checkNumberingMissing(plan), ...checkNumberingSequence(plan)]
    .sort((a, b) => a.row - b.row)
    .map((i) => {
      switch (i.code) {
        case "numbering-missing":
          return `${i.row} missing`;
        case "numbering-duplicate":
          return `${i.row} duplicate ${i.number} of ${i.firstRow}`;
        case "numbering-gap":
          return `${i.row} gap expected ${i.expected} found ${i.found}`;
        default:
          return `${i.row} ${i.code}`;
      }
    });
}

// Rows start at 10: the n-th TT (0-based) is on row 10 + n.
const CASES: [string, string[], string[]][] = [
  [
    "the seed: four blanks and one repeated 3, the blank after 1 standing for the 2",
    ["1", "", "3", "3", "4", "", "", ""],
    ["11 missing", "13 duplicate 3 of 12", "15 missing", "16 missing", "17 missing"],
  ],
  ["a clean sequence", ["1", "2", "3", "4"], []],
  ["1 then 3", ["1", "3"], ["11 gap expected 2 found 3"]],
  ["a jump the blank cannot explain", ["1", "", "4"], ["11 missing", "12 gap expected 2 found 4"]],
  ["two blanks explain a jump of two", ["1", "", "", "4"], ["11 missing", "12 missing"]],
  ["a blank before the first number", ["", "2", "3"], ["10 missing"]],
  ["a sequence not starting at 1", ["2", "3"], ["10 gap expected 1 found 2"]],
  ["Excel and typed variants of the same numbers", ["1.0", "2.", "3)", "04"], []],
  ["a repeat further back", ["1", "2", "1"], ["12 duplicate 1 of 10"]],
  ["the same number written two ways", ["1", "1."], ["11 duplicate 1. of 10"]],
  ["a gap then carrying on from the number written", ["1", "3", "4"], ["11 gap expected 2 found 3"]],
  [
    "numbers going backwards",
    ["1", "2", "5", "3"],
    ["12 gap expected 3 found 5", "13 gap expected 6 found 3"],
  ],
  ["sub-numbers under their parents", ["1", "1.1", "1.2", "2", "2.1", "2.2"], []],
  ["a skipped sub-number", ["1", "1.1", "1.3"], ["12 gap expected 1.2 found 1.3"]],
  ["a repeated sub-number", ["1", "1.1", "1.1"], ["12 duplicate 1.1 of 11"]],
  ["letters restart under each number", ["1", "a)", "b)", "2", "a)", "b)"], []],
  ["a skipped letter", ["1", "a)", "c)"], ["12 gap expected b) found c)"]],
  ["Vietnamese letter order a … d, đ, e, g", ["1", "a)", "b)", "c)", "d)", "đ)", "e)", "g)"], []],
  ["Latin letter order", ["a.", "b.", "c.", "d.", "e.", "f."], []],
  ["letters under a repeated number are its own", ["1", "a)", "1", "a)"], ["12 duplicate 1 of 10"]],
  ["a blank among letters", ["1", "a)", "", "c)", "2"], ["12 missing"]],
  ["text that is not a number is left alone", ["1", "x", "-", "2"], []],
];

describe("numbering checks", () => {
  it.each(CASES)("%s", (_name, numbers, expected) => {
    expect(numberingIssues(numbers)).toEqual(expected);
  });

  it("reports the TT cell, the task's first row and the sheet", () => {
    const plan = makePlan(numberedTasks(["1", "3", "3", ""]));
    const issues = [...checkNumberingMissing(plan), ...checkNumberingSequence(plan)];
    expect(issues).toEqual([
      { code: "numbering-missing", severity: "warning", sheet: SHEET, row: 13, cell: "A13" },
      {
        code: "numbering-gap",
        severity: "warning",
        sheet: SHEET,
        row: 11,
        cell: "A11",
        expected: "2",
        found: "3",
      },
      {
        code: "numbering-duplicate",
        severity: "warning",
        sheet: SHEET,
        row: 12,
        cell: "A12",
        number: "3",
        firstRow: 11,
      },
    ]);
  });

  it("checks nothing when the plan has no TT column", () => {
    const plan = makePlan(numberedTasks(["", "3", "3"]), {
      columns: ALL_COLUMNS.filter((c) => c.role !== "number"),
    });
    expect([...checkNumberingMissing(plan), ...checkNumberingSequence(plan)]).toEqual([]);
  });

  describe("sections", () => {
    const sectionI: Section = { number: "I", title: "CÔNG TÁC CHỈ ĐẠO, ĐIỀU HÀNH", row: 10 };
    const sectionII: Section = { number: "II", title: "NHIỆM VỤ, GIẢI PHÁP", row: 13 };
    const inSections = (first: string[], second: string[]) =>
      makePlan([
        ...first.map((number, i) => makeTask({ row: 11 + i, number, section: sectionI })),
        ...second.map((number, i) => makeTask({ row: 14 + i, number, section: sectionII })),
      ]);
    const gaps = (first: string[], second: string[]) =>
      checkNumberingSequence(inSections(first, second)).map((i) => `${i.row} ${i.code}`);

    it.each([
      ["numbering restarts in each section", ["1", "2"], ["1", "2"], []],
      ["numbering goes straight on across sections", ["1", "2"], ["3", "4"], []],
      [
        "a section starting neither at 1 nor where the last ended",
        ["1", "2"],
        ["5", "6"],
        ["14 numbering-gap"],
      ],
      [
        "a number repeated in another section is no duplicate",
        ["1", "2"],
        ["1", "1"],
        ["15 numbering-duplicate"],
      ],
    ])("%s", (_name, first, second, expected) => {
      expect(gaps(first, second)).toEqual(expected);
    });
  });
});

describe("parseTaskNumber", () => {
  it.each([
    ["1", { kind: "integer", value: 1, suffix: "" }],
    ["1.0", { kind: "integer", value: 1, suffix: "" }],
    ["12.", { kind: "integer", value: 12, suffix: "." }],
    ["1.10", { kind: "dotted", parent: "1", value: 10, suffix: "" }],
    ["2.3.1.", { kind: "dotted", parent: "2.3", value: 1, suffix: "." }],
    ["đ)", { kind: "letter", letter: "đ", open: "", suffix: ")" }],
    ["(B)", { kind: "letter", letter: "b", open: "(", suffix: ")" }],
    ["x", null],
    ["", null],
    ["I", null],
    ["1a", null],
  ])("%s", (text, expected) => {
    expect(parseTaskNumber(text)).toEqual(expected);
  });
});
