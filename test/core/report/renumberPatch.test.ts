import { renumberPatch } from "../../../src/core/report/renumberPatch";
import type { Section } from "../../../src/core/model/Plan";
import { makePlan, makeTask, numberedTasks, ALL_COLUMNS } from "../taskFactory";

describe("renumberPatch", () => {
  it("renumbers the seed's TT column 1, (blank), 3, 3, 4, (blank)×3, writing only the cells that change", () => {
    const plan = makePlan(numberedTasks(["1", "", "3", "3", "4", "", "", ""]));
    const { changes, patch } = renumberPatch(plan);
    expect(changes.map((c) => [c.cell, c.from, c.to])).toEqual([
      ["A11", "", "2"],
      ["A13", "3", "4"],
      ["A14", "4", "5"],
      ["A15", "", "6"],
      ["A16", "", "7"],
      ["A17", "", "8"],
    ]);
    expect(patch.sheets).toEqual([
      {
        name: "Kế hoạch",
        mode: "update",
        cells: [
          { row: 10, col: 0, value: 2 },
          { row: 12, col: 0, value: 4 },
          { row: 13, col: 0, value: 5 },
          { row: 14, col: 0, value: 6 },
          { row: 15, col: 0, value: 7 },
          { row: 16, col: 0, value: 8 },
        ],
      },
    ]);
  });

  it.each([
    ["already in sequence", ["1", "2", "3"]],
    ["in sequence with a dot suffix", ["1.", "2.", "3."]],
  ])("returns no change and an empty patch when %s", (_name, numbers) => {
    const result = renumberPatch(makePlan(numberedTasks(numbers)));
    expect(result.changes).toEqual([]);
    expect(result.patch.sheets).toEqual([]);
  });

  it("keeps the usual suffix and writes such numbers as text", () => {
    const { changes, patch } = renumberPatch(makePlan(numberedTasks(["1.", "", "2.", "5."])));
    expect(changes.map((c) => c.to)).toEqual(["2.", "3.", "4."]);
    expect(patch.sheets[0]?.cells.map((c) => c.value)).toEqual(["2.", "3.", "4."]);
  });

  it("leaves sub-numbers and non-numbers alone and does not count them", () => {
    const { changes } = renumberPatch(makePlan(numberedTasks(["1", "1.1", "a)", "x", "3"])));
    expect(changes.map((c) => [c.row, c.from, c.to])).toEqual([[14, "3", "2"]]);
  });

  it("restarts in each section, or numbers straight on when the plan does", () => {
    const sectionI: Section = { number: "I", title: "CHỈ ĐẠO", row: 9 };
    const sectionII: Section = { number: "II", title: "TRIỂN KHAI", row: 12 };
    const restart = [
      makeTask({ row: 10, number: "1", section: sectionI }),
      makeTask({ row: 11, number: "", section: sectionI }),
      makeTask({ row: 13, number: "1", section: sectionII }),
      makeTask({ row: 14, number: "3", section: sectionII }),
    ];
    expect(renumberPatch(makePlan(restart)).changes.map((c) => [c.row, c.to])).toEqual([
      [11, "2"],
      [14, "2"],
    ]);
    const straight = [
      makeTask({ row: 10, number: "1", section: sectionI }),
      makeTask({ row: 11, number: "", section: sectionI }),
      makeTask({ row: 13, number: "3", section: sectionII }),
      makeTask({ row: 14, number: "5", section: sectionII }),
    ];
    expect(renumberPatch(makePlan(straight)).changes.map((c) => [c.row, c.to])).toEqual([
      [11, "2"],
      [14, "4"],
    ]);
  });

  it("writes to the TT cell of a task spanning several rows (the merge's top-left cell)", () => {
    const task = makeTask({ row: 20, lastRow: 23, number: "" });
    const { changes, patch } = renumberPatch(makePlan([task]));
    expect(changes).toEqual([{ taskId: task.id, row: 20, cell: "A20", from: "", to: "1" }]);
    expect(patch.sheets[0]?.cells).toEqual([{ row: 19, col: 0, value: 1 }]);
  });

  it("does nothing for a plan without a TT column", () => {
    const plan = makePlan(numberedTasks(["", ""]), {
      columns: ALL_COLUMNS.filter((c) => c.role !== "number"),
    });
    expect(renumberPatch(plan).changes).toEqual([]);
  });
});
