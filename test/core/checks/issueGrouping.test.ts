// One issue per (code, unit) with the further cells in `cells`, and the messages naming those cells.
import { checkUnitReorganised } from "../../../src/core/checks/checkUnitReorganised";
import { checkUnitUnknown } from "../../../src/core/checks/checkUnitUnknown";
import { checkUnitVariant } from "../../../src/core/checks/checkUnitVariant";
import { renderIssue } from "../../../src/core/i18n/renderIssue";
import type { Issue } from "../../../src/core/model/Issue";
import { makePlan, makeTask, unit } from "../taskFactory";
import { TEST_DIRECTORY } from "./testDirectory";

const CTX = { reportDate: "2026-11-30", directory: TEST_DIRECTORY };
const variant = (name: string) => unit(name, { unitId: "so-khdt", match: "variant" });
const canonical = unit("Sở Kế hoạch và Đầu tư", { unitId: "so-khdt", match: "canonical" });
const unknown = (name: string) => unit(name);

const places = (issues: Issue[]) => issues.map((i) => [i.cell, ...(i.cells ?? [])]);

describe("a problem repeated over many cells is one issue", () => {
  test("unit-variant: one issue per spelling, cells in sheet order, lead before coordinating", () => {
    const plan = makePlan([
      makeTask({ row: 10, coordinating: [variant("Sở Kế hoạch Đầu tư")] }),
      makeTask({ row: 14, lead: [variant("Sở Kế hoạch Đầu tư")], coordinating: [variant("Sở Kế hoạch Đầu tư")] }),
      makeTask({ row: 15, coordinating: [variant("Sở Kế hoạch đầu tư"), variant("Sở Kế hoạch Đầu tư")] }),
    ]);
    const issues = checkUnitVariant(plan, CTX);
    expect(issues.map((i) => (i.code === "unit-variant" ? i.unit : ""))).toEqual(["Sở Kế hoạch Đầu tư", "Sở Kế hoạch đầu tư"]);
    expect(places(issues)).toEqual([["D10", "C14", "D14", "D15"], ["D15"]]);
    expect(issues[0]!.row).toBe(10);
    expect(issues[1]!.cells).toBeUndefined();
  });

  test("unit-reorganised: one issue per unit as written; a unit twice in one cell counts once", () => {
    const plan = makePlan([
      makeTask({ row: 10, coordinating: [canonical, canonical] }),
      makeTask({ row: 11, coordinating: [variant("Sở Kế hoạch Đầu tư")] }),
      makeTask({ row: 12, coordinating: [canonical] }),
    ]);
    const issues = checkUnitReorganised(plan, CTX);
    expect(issues.map((i) => (i.code === "unit-reorganised" ? i.unit : ""))).toEqual([
      "Sở Kế hoạch và Đầu tư",
      "Sở Kế hoạch Đầu tư",
    ]);
    expect(places(issues)).toEqual([["D10", "D12"], ["D11"]]);
  });

  test("unit-unknown: names equal without case or diacritics are one problem, quoted as first written", () => {
    const plan = makePlan([
      makeTask({ row: 10, coordinating: [unknown("Sở Hư cấu")] }),
      makeTask({ row: 11, coordinating: [unknown("SỞ HƯ CẤU"), unknown("Sở Hư cấu")] }),
      makeTask({ row: 12, coordinating: [unknown("Sở Khác")] }),
    ]);
    const issues = checkUnitUnknown(plan, CTX);
    expect(issues.map((i) => (i.code === "unit-unknown" ? i.unit : ""))).toEqual(["Sở Hư cấu", "Sở Khác"]);
    expect(places(issues)).toEqual([["D10", "D11"], ["D12"]]);
  });

  test("a lead cell merged over consecutive tasks is named once", () => {
    const shared = { lead: "C20" };
    const plan = makePlan([
      makeTask({ row: 20, lead: [variant("Sở Kế hoạch Đầu tư")] }),
      makeTask({ row: 21, lead: [variant("Sở Kế hoạch Đầu tư")] }),
      makeTask({ row: 22, lead: [variant("Sở Kế hoạch Đầu tư")] }),
    ]);
    for (const task of plan.tasks) task.cells = { ...task.cells, ...shared };
    expect(places(checkUnitVariant(plan, CTX))).toEqual([["C20"]]);
  });

  test("4,000 cells make one issue, not 4,000", () => {
    const plan = makePlan(
      Array.from({ length: 4000 }, (_, i) => makeTask({ row: 10 + i, coordinating: [variant("Sở Kế hoạch Đầu tư")] })),
    );
    const issues = checkUnitVariant(plan, CTX);
    expect(issues).toHaveLength(1);
    expect(issues[0]!.cells).toHaveLength(3999);
    expect(issues[0]!.cells![3998]).toBe("D4009");
  });
});

describe("messages name the cells of a grouped issue", () => {
  const base: Issue = {
    code: "unit-variant",
    severity: "info",
    sheet: "Kế hoạch",
    row: 10,
    cell: "A10",
    unit: "Sở Kế hoạch Đầu tư",
    canonical: "Sở Kế hoạch và Đầu tư",
  };
  const cells = (n: number) => Array.from({ length: n }, (_, i) => `D${20 + i}`);

  test.each([
    ["vi", ["A14", "A15"], "Ô A10, A14, A15 (trang Kế hoạch): Tên đơn vị “Sở Kế hoạch Đầu tư”"],
    ["en", ["A14", "A15"], "Cells A10, A14, A15 (sheet Kế hoạch): Unit name “Sở Kế hoạch Đầu tư”"],
    ["vi", undefined, "Ô A10 (trang Kế hoạch): "],
    ["en", undefined, "Cell A10 (sheet Kế hoạch): "],
    ["en", cells(10), "Cells A10, D20, D21, D22, D23, D24, D25, D26, D27, D28 and 1 more cell (sheet Kế hoạch): "],
    ["en", cells(12), "Cells A10, D20, D21, D22, D23, D24, D25, D26, D27, D28 and 3 more cells (sheet Kế hoạch): "],
    ["vi", cells(12), "Ô A10, D20, D21, D22, D23, D24, D25, D26, D27, D28 và 3 ô khác (trang Kế hoạch): "],
    ["vi", cells(9), "Ô A10, D20, D21, D22, D23, D24, D25, D26, D27, D28 (trang Kế hoạch): "],
  ] as const)("%s %j", (lang, more, start) => {
    const issue: Issue = more === undefined ? base : { ...base, cells: [...more] };
    expect(renderIssue(issue, lang).startsWith(start)).toBe(true);
  });
});
