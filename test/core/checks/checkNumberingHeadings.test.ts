// The numbering check on plans read with headings numbered like tasks (readPlan's `group` and numbered
// sections) and with unit-grouped tables, where several tasks share one merged TT cell.
import type { CellValue } from "../../../src/core/grid/Grid";
import { checkNumberingSequence } from "../../../src/core/checks/checkNumberingSequence";
import { readPlan } from "../../../src/core/plan/readPlan";
import { defaultDirectory } from "../../../src/core/units/directory";
import { GridBuilder, SEED_HEADER, workbook } from "../plan/gridBuilder";

const directory = defaultDirectory();

function issues(rows: CellValue[][], merges: string[] = [], header: string[] = SEED_HEADER): string[] {
  const b = new GridBuilder("Kế hoạch");
  b.row(1, header);
  rows.forEach((cells, i) => b.row(i + 2, cells));
  merges.forEach((m) => b.merge(m));
  const plan = readPlan(workbook(b.build()), { directory }).plan;
  if (!plan) throw new Error("no plan");
  return checkNumberingSequence(plan).map((i) => `${i.row} ${i.code}`);
}

const task = (number: CellValue, title = "Nhiệm vụ"): CellValue[] => [number, title, "Sở GDĐT", "", "2026", ""];
const heading = (number: CellValue, title: string): CellValue[] => [number, title];

describe("headings hold their place in the numbering", () => {
  const cases: [string, CellValue[][], string[]][] = [
    ["a numbered heading as the section, then a sibling task", [heading("1.", "Tuyên truyền"), task("1.1"), task("1.2"), task("2.")], []],
    ["two numbered headings, then a task", [heading("1.", "Tuyên truyền"), task("1.1"), heading("2.", "Kiểm tra"), task("2.1"), task("3.")], []],
    ["a group under a Roman section", [heading("I", "NHIỆM VỤ CHUNG"), heading(1, "Thể chế"), task("1.1"), task("a)"), task(2), task(3)], []],
    // Negative cases: a real gap and a real repeat among tasks are still found.
    ["a gap after a heading", [heading("1.", "Tuyên truyền"), task("1.1"), task("3.")], ["4 numbering-gap"]],
    ["a sub-number gap under a heading", [heading("1.", "Tuyên truyền"), task("1.1"), task("1.3")], ["4 numbering-gap"]],
    ["a repeated task number", [heading("1.", "Tuyên truyền"), task("1.1"), task("1.1")], ["4 numbering-duplicate"]],
  ];
  test.each(cases)("%s", (_label, rows, expected) => {
    expect(issues(rows)).toEqual(expected);
  });
});

describe("tasks sharing one merged TT cell count once", () => {
  const header = ["STT", "Bộ, ngành, địa phương", "Nhiệm vụ chủ trì", "Thời gian hoàn thành"];
  const rows: CellValue[][] = [
    [1, "Bộ Tài chính", "Nhiệm vụ A", "2026"],
    [null, null, "Nhiệm vụ B", "2026"],
    [2, "Bộ Tư pháp", "Nhiệm vụ C", "2026"],
    [null, null, "Nhiệm vụ D", "2026"],
  ];
  test("no duplicate for the rows under one number", () => {
    expect(issues(rows, ["A2:A3", "B2:B3", "A4:A5", "B4:B5"], header)).toEqual([]);
  });
  test("the same number typed again in its own cell is a duplicate", () => {
    const typed = rows.map((r, i) => [[1, 1, 2, 2][i] ?? null, ...r.slice(1)]);
    expect(issues(typed, ["B2:B3", "B4:B5"], header)).toEqual(["3 numbering-duplicate", "5 numbering-duplicate"]);
  });
});
