import { checkPlan } from "../../../src/core/checks/checkPlan";
import { makePlan, makeTask, unit } from "../taskFactory";
import { TEST_DIRECTORY } from "./testDirectory";

const CTX = { reportDate: "2026-11-30", directory: TEST_DIRECTORY };

describe("checkPlan", () => {
  it("gives the seed's numbering four missing numbers and one duplicate, nothing more", () => {
    const plan = makePlan(
      ["1", "", "3", "3", "4", "", "", ""].map((number, i) => makeTask({ row: 10 + i, number })),
    );
    expect(checkPlan(plan, CTX).map((i) => `${i.cell} ${i.code}`)).toEqual([
      "A11 numbering-missing",
      "A13 numbering-duplicate",
      "A15 numbering-missing",
      "A16 numbering-missing",
      "A17 numbering-missing",
    ]);
  });

  it("orders issues by row, then in the checks' order", () => {
    const plan = makePlan([
      makeTask({
        row: 12,
        number: "2",
        title: "",
        coordinating: [unit("Sở Kế hoạch đầu tư", { unitId: "so-khdt", match: "variant" })],
        progress: { state: "done", stateText: "Đã hoàn thành", percent: 40 },
      }),
      makeTask({
        row: 10,
        number: "1",
        lead: [],
        leadText: "",
        timeframe: { kind: "unparsed", text: "Theo tiến độ của Bộ", reason: "free-text" },
        products: ["KÕ ho¹ch"],
      }),
    ]);
    expect(checkPlan(plan, CTX).map((i) => `${i.cell} ${i.code} ${i.severity}`)).toEqual([
      "F10 legacy-encoding warning",
      "C10 lead-missing error",
      "E10 timeframe-unparsed error",
      "B12 title-missing warning",
      "D12 unit-variant info",
      "D12 unit-reorganised info",
      "G12 progress-inconsistent warning",
    ]);
  });

  it("finds nothing in a clean plan or an empty one", () => {
    expect(checkPlan(makePlan([makeTask({ row: 10 })]), CTX)).toEqual([]);
    expect(checkPlan(makePlan([]), CTX)).toEqual([]);
  });
});
